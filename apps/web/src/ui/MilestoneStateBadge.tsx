import type { MilestoneState } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/useI18n';

export function MilestoneStateBadge({ state }: { state: MilestoneState }) {
  const { t } = useI18n();
  return <span className={`state-badge state-${state}`}>{t(`milestoneState.${state}`)}</span>;
}
