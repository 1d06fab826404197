import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MilestoneTimeline, TimelineRow } from './MilestoneTimeline';

const months = new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' });

function draw(rows: TimelineRow[], today: string) {
  const { container } = render(
    <MilestoneTimeline
      rows={rows}
      today={today}
      label="Zeitachse"
      todayLabel="heute"
      formatMonth={(iso) => months.format(new Date(`${iso}T00:00:00Z`))}
    />,
  );
  return container.querySelector('svg') as SVGSVGElement;
}

/** The x coordinates a marker's outline reaches, from its path, circle or rect. */
function reach(mark: Element): [number, number] {
  if (mark.tagName === 'circle') {
    const cx = Number(mark.getAttribute('cx'));
    const r = Number(mark.getAttribute('r'));
    return [cx - r, cx + r];
  }
  if (mark.tagName === 'rect') {
    const x = Number(mark.getAttribute('x'));
    return [x, x + Number(mark.getAttribute('width'))];
  }
  const xs = [...(mark.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+),/g)].map((match) => Number(match[1]));
  return [Math.min(...xs), Math.max(...xs)];
}

describe('MilestoneTimeline', () => {
  // Late in a month, long before today: the case in which the first month line came after the marker.
  const rows: TimelineRow[] = [
    { id: 'p', label: 'DIG-002 E-Akte', heading: true },
    { id: 'm1', label: 'Pilotbetrieb', plannedDate: '2026-03-26', dueDate: '2026-04-09', late: true },
    { id: 'm2', label: 'Rollout', plannedDate: '2026-10-22', dueDate: '2026-10-22' },
  ];

  it('draws every marker on the axis, right of where it starts, never left of it', () => {
    const svg = draw(rows, '2026-12-01');
    const axis = svg.querySelector('.axis-line') as SVGLineElement;
    expect(axis).not.toBeNull();
    const axisStart = Number(axis.getAttribute('x1'));
    const axisEnd = Number(axis.getAttribute('x2'));
    const marks = [...svg.querySelectorAll('.baseline-marker, .due-marker')];
    expect(marks.length).toBe(4);
    for (const mark of marks) {
      const [left, right] = reach(mark);
      expect(left, mark.outerHTML).toBeGreaterThanOrEqual(axisStart);
      expect(right, mark.outerHTML).toBeLessThanOrEqual(axisEnd);
    }
  });

  it('starts the axis with the month of the earliest date, so that a month label stands left of every marker', () => {
    const svg = draw(rows, '2026-12-01');
    const monthLines = [...svg.querySelectorAll('.grid line')].map((line) => Number(line.getAttribute('x1')));
    const firstMonth = Math.min(...monthLines);
    const firstLabel = svg.querySelector('.grid text');
    expect(firstLabel?.textContent).toBe(months.format(new Date('2026-03-01T00:00:00Z')));
    for (const mark of svg.querySelectorAll('.baseline-marker')) {
      const [left, right] = reach(mark);
      expect((left + right) / 2, mark.outerHTML).toBeGreaterThanOrEqual(firstMonth);
    }
  });
});
