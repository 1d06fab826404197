import { describe, expect, it } from 'vitest';
import { budgetTotals, countMilestones, groupByField, kpiAttainment, ReportMilestone, ReportProject } from './report';

function project(code: string, field: { id: string; name: string } | null, budget = { planned: null, spent: null }) {
  return {
    __typename: 'Project',
    id: `id-${code}`,
    code,
    title: `Projekt ${code}`,
    phase: 'IN_PROGRESS',
    health: 'ON_TRACK',
    progress: 10,
    field: field && { __typename: 'FieldOfAction', ...field, strategy: { __typename: 'Strategy', id: 's', name: 'S' } },
    budget: { __typename: 'Budget', currency: 'EUR', ...budget },
    latestStatus: null,
    milestones: [],
    kpis: [],
    endangeredBy: [],
  } as ReportProject;
}

function milestone(state: ReportMilestone['state'], slipDays: number): ReportMilestone {
  return {
    __typename: 'Milestone',
    id: `${state}-${slipDays}`,
    title: 'M',
    plannedDate: '2026-06-30',
    forecastDate: null,
    completedDate: null,
    state,
    slipDays,
  };
}

const citizen = { id: 'f1', name: 'Bürgerservice' };
const school = { id: 'f2', name: 'Bildung' };

describe('the report’s chapters', () => {
  it('groups projects by field of action, fields by name, projects by code, those without a field last', () => {
    const groups = groupByField(
      [project('DIG-010', citizen), project('DIG-002', null), project('DIG-009', school), project('DIG-002a', citizen)],
      'de',
    );
    expect(groups.map((group) => [group.name, group.projects.map((entry) => entry.code)])).toEqual([
      ['Bildung', ['DIG-009']],
      ['Bürgerservice', ['DIG-002a', 'DIG-010']],
      [null, ['DIG-002']],
    ]);
  });

  it('orders codes by their number, so that DIG-9 comes before DIG-10', () => {
    const groups = groupByField([project('DIG-10', citizen), project('DIG-9', citizen)], 'de');
    expect(groups[0].projects.map((entry) => entry.code)).toEqual(['DIG-9', 'DIG-10']);
  });

  it('has no chapter where there are no projects', () => {
    expect(groupByField([], 'de')).toEqual([]);
  });

  it('adds up a field’s budget to the cent', () => {
    expect(
      budgetTotals([
        project('A', citizen, { planned: '1000000.10', spent: '0.20' } as never),
        project('B', citizen, { planned: '0.20', spent: null } as never),
        project('C', citizen),
      ]),
    ).toEqual({ planned: '1000000.30', spent: '0.20' });
  });
});

describe('a project’s milestones and key figures in the report', () => {
  it('counts milestones done, overdue, open and slipped', () => {
    expect(
      countMilestones([
        milestone('DONE', 0),
        milestone('DONE', 5),
        milestone('OVERDUE', 0),
        milestone('UPCOMING', 12),
        milestone('DUE_SOON', -3),
      ]),
    ).toEqual({ done: 2, overdue: 1, upcoming: 2, slipped: 2 });
  });

  it('tells how far a key figure came from its baseline to its target', () => {
    expect(
      kpiAttainment({
        baseline: 100,
        target: 300,
        latest: { __typename: 'KpiMeasurement', date: '2026-09-01', value: 200 },
      }),
    ).toBe(50);
    expect(
      kpiAttainment({
        baseline: null,
        target: 40,
        latest: { __typename: 'KpiMeasurement', date: '2026-09-01', value: 10 },
      }),
    ).toBe(25);
    expect(
      kpiAttainment({
        baseline: 10,
        target: 10,
        latest: { __typename: 'KpiMeasurement', date: '2026-09-01', value: 10 },
      }),
    ).toBeNull();
    expect(kpiAttainment({ baseline: 0, target: 10, latest: null })).toBeNull();
  });
});
