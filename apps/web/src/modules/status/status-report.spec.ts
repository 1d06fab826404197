import { describe, expect, it } from 'vitest';
import type { StatusReportProjectFragment } from '../../graphql/generated/graphql';
import {
  fieldOrder,
  formFieldOfApiPath,
  initialValues,
  isIsoDate,
  openMilestones,
  parseDateInput,
  parseLocaleNumber,
  StatusReportValues,
  validateStatusReport,
} from './status-report';

const project: StatusReportProjectFragment = {
  __typename: 'Project',
  id: 'p1',
  code: 'DIG-001',
  title: 'E-Akte',
  phase: 'IN_PROGRESS',
  health: 'AT_RISK',
  progress: 40,
  version: 7,
  lead: { __typename: 'Person', id: 'lead' },
  members: [],
  milestones: [
    {
      __typename: 'Milestone',
      id: 'm1',
      title: 'Pilot',
      plannedDate: '2026-01-31',
      forecastDate: null,
      completedDate: '2026-02-03',
      state: 'DONE',
      version: 2,
    },
    {
      __typename: 'Milestone',
      id: 'm2',
      title: 'Rollout',
      plannedDate: '2026-06-30',
      forecastDate: '2026-08-31',
      completedDate: null,
      state: 'UPCOMING',
      version: 4,
    },
  ],
  kpis: [{ __typename: 'Kpi', id: 'k1', name: 'Arbeitsplätze', unit: 'Plätze', target: 1500, latest: null }],
};

function valid(): StatusReportValues {
  return { ...initialValues(project), summary: 'Rollout läuft in zwei Ämtern.' };
}

describe('initialValues', () => {
  it('starts from the project as it stands, with the forecast of each open milestone as a date field takes it', () => {
    expect(initialValues(project)).toEqual({
      health: 'AT_RISK',
      progress: '40',
      phase: 'IN_PROGRESS',
      summary: '',
      achievements: '',
      nextSteps: '',
      blockers: '',
      forecasts: { m2: '2026-08-31' },
      kpiValues: { k1: '' },
    });
  });
  it('offers only milestones that are not done', () => {
    expect(openMilestones(project).map((milestone) => milestone.id)).toEqual(['m2']);
  });
});

describe('validateStatusReport', () => {
  it('accepts a complete report', () => {
    expect(validateStatusReport(valid(), 'de')).toEqual({});
  });
  it('asks for a summary that is more than blanks', () => {
    expect(validateStatusReport({ ...valid(), summary: '   ' }, 'de')).toEqual({ summary: 'status.error.summary' });
  });
  it('asks for a health', () => {
    expect(validateStatusReport({ ...valid(), health: '' }, 'de')).toEqual({ health: 'status.error.health' });
  });
  it.each(['-1', '101', '12.5', '', 'viel'])('refuses progress %j', (progress) => {
    expect(validateStatusReport({ ...valid(), progress }, 'de')).toEqual({ progress: 'status.error.progress' });
  });
  it.each(['0', '100', ' 55 '])('accepts progress %j', (progress) => {
    expect(validateStatusReport({ ...valid(), progress }, 'de')).toEqual({});
  });
  it('refuses a forecast that is no calendar date, and accepts an empty one (as planned)', () => {
    for (const wrong of ['30.02.2026', '2026-02-30', '12/31/2026', 'morgen']) {
      expect(validateStatusReport({ ...valid(), forecasts: { m2: wrong } }, 'de'), wrong).toEqual({
        'forecast.m2': 'status.error.date',
      });
    }
    expect(validateStatusReport({ ...valid(), forecasts: { m2: '' } }, 'de')).toEqual({});
    expect(validateStatusReport({ ...valid(), forecasts: { m2: '1.9.2026' } }, 'de')).toEqual({});
  });
  it('refuses a key figure value that is no number in the language of the form', () => {
    expect(validateStatusReport({ ...valid(), kpiValues: { k1: '12 Stück' } }, 'de')).toEqual({
      'kpi.k1': 'status.error.number',
    });
    expect(validateStatusReport({ ...valid(), kpiValues: { k1: '1.250,5' } }, 'de')).toEqual({});
    expect(validateStatusReport({ ...valid(), kpiValues: { k1: '1.250,5' } }, 'en')).toEqual({
      'kpi.k1': 'status.error.number',
    });
  });
  it('refuses texts beyond 4,000 characters', () => {
    expect(validateStatusReport({ ...valid(), blockers: 'x'.repeat(4001) }, 'de')).toEqual({
      blockers: 'status.error.tooLong',
    });
  });
  it('reports every field at fault at once', () => {
    const errors = validateStatusReport({ ...valid(), health: '', summary: '', progress: '150' }, 'de');
    expect(Object.keys(errors).sort()).toEqual(['health', 'progress', 'summary']);
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['1.250', 'de', 1250],
    ['1.250.000,75', 'de', 1250000.75],
    ['12,5', 'de', 12.5],
    ['1250', 'de', 1250],
    ['-3', 'de', -3],
    ['1,250', 'en', 1250],
    ['12.5', 'en', 12.5],
    ['12.5', 'de', 12.5],
    ['1 250', 'de', 1250],
  ] as const)('reads %j in %s as %d', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });
  it.each(['', 'abc', '1,2,3', '12,5.3', '1e5'])('finds no number in %j', (text) => {
    expect(parseLocaleNumber(text, 'de')).toBeNull();
  });
});

describe('parseDateInput', () => {
  it.each([
    ['31.03.2026', '2026-03-31'],
    ['1.4.2026', '2026-04-01'],
    ['31/03/2026', '2026-03-31'],
    [' 2026-03-31 ', '2026-03-31'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });
  it.each(['', '03/31/2026', '31.03.26', '2026-3-31'])('finds no date in %j', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('31.03.2026')).toBe(false);
  });
});

describe('formFieldOfApiPath', () => {
  it('puts the API errors of the report at the form fields', () => {
    expect(formFieldOfApiPath('input.summary', { kind: 'status' })).toBe('summary');
    expect(formFieldOfApiPath('input.progress', { kind: 'status' })).toBe('progress');
    expect(formFieldOfApiPath('input.projectId', { kind: 'status' })).toBeNull();
  });
  it('puts the errors of a milestone or key figure at its own field', () => {
    expect(formFieldOfApiPath('input.forecastDate', { kind: 'milestone', id: 'm2' })).toBe('forecast.m2');
    expect(formFieldOfApiPath('input.value', { kind: 'kpi', id: 'k1' })).toBe('kpi.k1');
  });
  it('lists fields in the order of the form', () => {
    expect(fieldOrder(project)).toEqual([
      'health',
      'progress',
      'phase',
      'summary',
      'achievements',
      'nextSteps',
      'blockers',
      'forecast.m2',
      'kpi.k1',
    ]);
  });
});
