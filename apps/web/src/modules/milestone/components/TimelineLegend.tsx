import { useI18n } from '../../../i18n/useI18n';

/**
 * What the marks of a milestone timeline mean, shown with the same shapes; with `bars`, also the
 * roadmap's bars of a project's duration.
 */
export function TimelineLegend({ bars = false }: { bars?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="legend timeline-legend" aria-label={t('milestone.legend')}>
      {bars && (
        <>
          <li>
            <span className="legend-bar roadmap-bar-planned" aria-hidden="true" />
            {t('roadmap.legend.planned')}
          </li>
          <li>
            <span className="legend-bar roadmap-bar-expected" aria-hidden="true" />
            {t('roadmap.legend.expected')}
          </li>
          <li>
            <span className="legend-bar roadmap-bar-expected roadmap-bar-late" aria-hidden="true" />
            {t('roadmap.legend.late')}
          </li>
        </>
      )}
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend-mark baseline-marker">
          <path d="M7 1 L13 7 L7 13 L1 7 Z" />
        </svg>
        {t('milestone.legend.planned')}
      </li>
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend-mark milestone-open">
          <rect className="due-marker" x="2" y="2" width="10" height="10" />
        </svg>
        {t('milestone.legend.open')}
      </li>
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend-mark milestone-late">
          <path className="due-marker" d="M7 1 L13 12 L1 12 Z" />
        </svg>
        {t('milestone.legend.late')}
      </li>
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend-mark milestone-done">
          <circle className="due-marker" cx="7" cy="7" r="5" />
        </svg>
        {t('milestone.legend.done')}
      </li>
      <li>
        <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" className="legend-mark milestone-late">
          <line className="slip" x1="1" x2="21" y1="7" y2="7" />
        </svg>
        {t('milestone.legend.slip')}
      </li>
    </ul>
  );
}
