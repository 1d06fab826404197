import { isOverspent, subtractAmounts } from '@leitstand/shared-domain';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';

/** The share of a budget spent, in percent; null where nothing is planned. */
export function spentShare(planned: string | null | undefined, spent: string | null | undefined): number | null {
  const plannedValue = Number(planned ?? 0);
  return plannedValue > 0 ? Math.round((Number(spent ?? 0) / plannedValue) * 100) : null;
}

/**
 * The cells of a budget row: planned, spent, the share spent, and where more was spent than
 * planned, by how much, in words and with a warning sign (never by colour alone).
 */
export function BudgetCells({
  planned,
  spent,
  currency,
}: {
  planned: string | null | undefined;
  spent: string | null | undefined;
  currency?: string;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const share = spentShare(planned, spent);
  const over = isOverspent(planned, spent);
  return (
    <>
      <td className="numeric nowrap">{format.money(planned, currency)}</td>
      <td className="numeric nowrap">{format.money(spent, currency)}</td>
      <td className="numeric nowrap">{share === null ? t('format.none') : format.percent(share)}</td>
      <td className={over ? 'budget-over' : undefined}>
        {over && planned != null && spent != null ? (
          <>
            <span className="budget-over-sign" aria-hidden="true">
              ▲
            </span>{' '}
            {t('budget.overBy', { amount: format.money(subtractAmounts(spent, planned), currency) })}
          </>
        ) : (
          t('budget.within')
        )}
      </td>
    </>
  );
}

/** The header cells that go with BudgetCells. */
export function BudgetHeaderCells() {
  const { t } = useI18n();
  return (
    <>
      <th scope="col" className="numeric">
        {t('budget.planned')}
      </th>
      <th scope="col" className="numeric">
        {t('budget.spent')}
      </th>
      <th scope="col" className="numeric">
        {t('budget.share')}
      </th>
      <th scope="col">{t('budget.standing')}</th>
    </>
  );
}
