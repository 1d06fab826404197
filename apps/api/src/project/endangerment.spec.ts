import { ProjectPhase } from '@leitstand/shared-domain';
import { DatedMilestone, DatedProject, endangerments } from './endangerment';

const TODAY = '2027-01-15';

function project(values: Partial<DatedProject> & { code?: string } = {}): DatedProject & { code: string } {
  return {
    code: 'DIG-001',
    phase: ProjectPhase.IN_PROGRESS,
    startDate: null,
    plannedEndDate: null,
    forecastEndDate: null,
    ...values,
  };
}

function milestone(plannedDate: string, values: Partial<DatedMilestone> = {}): DatedMilestone & { title: string } {
  return { title: `due ${plannedDate}`, plannedDate, forecastDate: null, completedDate: null, ...values };
}

describe('endangerments (a prerequisite whose slip reaches a dependent)', () => {
  const dependent = project({ code: 'DIG-010', phase: ProjectPhase.PLANNED, startDate: '2027-06-01' });

  it('names a prerequisite whose forecast end has moved past the start that its planned end kept', () => {
    const by = project({ code: 'DIG-002', plannedEndDate: '2027-05-31', forecastEndDate: '2027-07-15' });
    const [found, ...more] = endangerments(dependent, [by], [], TODAY);
    expect(more).toEqual([]);
    expect(found).toEqual({ by, expectedEnd: '2027-07-15', milestone: null, date: '2027-06-01', days: 44 });
  });

  it('names nothing while the forecast still ends before the start, or where nothing slipped', () => {
    const inTime = project({ plannedEndDate: '2027-04-30', forecastEndDate: '2027-05-31' });
    const asPlanned = project({ plannedEndDate: '2027-09-30' });
    expect(endangerments(dependent, [inTime, asPlanned], [], TODAY)).toEqual([]);
  });

  it('names the earliest open milestone passed where the plan already overlapped the start', () => {
    // Planned to deliver by the go-live in August, while the dependent starts in June: the plan allowed that.
    const by = project({ code: 'DIG-003', plannedEndDate: '2027-07-31', forecastEndDate: '2027-10-31' });
    const done = milestone('2027-08-10', { completedDate: '2027-08-09' });
    const goLive = milestone('2027-08-15', { forecastDate: '2027-09-01' });
    const later = milestone('2027-08-20');
    const found = endangerments(dependent, [by], [later, done, goLive], TODAY);
    expect(found).toEqual([{ by, expectedEnd: '2027-10-31', milestone: later, date: '2027-08-20', days: 72 }]);
  });

  it('counts a planned end that passed without completion as slipping to today', () => {
    const started = project({ code: 'DIG-011', startDate: '2027-01-10' });
    const overdue = project({ code: 'DIG-004', plannedEndDate: '2026-12-31' });
    expect(endangerments(started, [overdue], [], TODAY)).toEqual([
      { by: overdue, expectedEnd: TODAY, milestone: null, date: '2027-01-10', days: 5 },
    ]);
  });

  it('leaves out prerequisites that are completed or cancelled, and prerequisites without dates', () => {
    const late = { plannedEndDate: '2027-05-31', forecastEndDate: '2027-07-15' };
    const completed = project({ ...late, phase: ProjectPhase.COMPLETED });
    const cancelled = project({ ...late, phase: ProjectPhase.CANCELLED });
    const undated = project();
    expect(endangerments(dependent, [completed, cancelled, undated], [], TODAY)).toEqual([]);
  });

  it('endangers no project that is itself completed or cancelled, and lists each prerequisite once in its order', () => {
    const a = project({ code: 'DIG-005', plannedEndDate: '2027-05-01', forecastEndDate: '2027-12-31' });
    const b = project({ code: 'DIG-006', plannedEndDate: '2027-05-01', forecastEndDate: '2027-06-02' });
    const open = [milestone('2027-07-01'), milestone('2027-09-01')];
    expect(endangerments({ ...dependent, phase: ProjectPhase.COMPLETED }, [a], open, TODAY)).toEqual([]);
    expect(
      endangerments(dependent, [b, a], open, TODAY).map((found) => [found.by.code, found.date, found.days]),
    ).toEqual([
      ['DIG-006', '2027-06-01', 1],
      ['DIG-005', '2027-06-01', 213],
    ]);
  });
});
