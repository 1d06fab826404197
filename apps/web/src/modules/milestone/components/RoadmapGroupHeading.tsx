import { useI18n } from '../../../i18n/useI18n';

/**
 * The heading of a field of action on the roadmap: a button that shows or hides its projects
 * (aria-expanded says which), with how many projects it holds.
 */
export function RoadmapGroupHeading({
  name,
  count,
  expanded,
  controls,
  onToggle,
}: {
  name: string;
  count: number;
  expanded: boolean;
  controls: string;
  onToggle: () => void;
}) {
  const { n } = useI18n();
  return (
    <h3 className="roadmap-group-heading">
      <button type="button" aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
        <span className="roadmap-group-chevron" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        {name} <span className="roadmap-group-count">({n('roadmap.projects', count)})</span>
      </button>
    </h3>
  );
}
