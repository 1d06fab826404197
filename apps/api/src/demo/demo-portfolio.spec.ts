import {
  ACTIVE_PHASES,
  DUE_SOON_DAYS,
  Health,
  MilestoneState,
  ProjectPhase,
  Role,
  STALE_AFTER_DAYS,
} from '@leitstand/shared-domain';
import { DEMO_PORTFOLIO, DemoKpi, DemoMilestone, DemoProject, DemoStatusUpdate } from './demo-portfolio';

const { strategy, fields, departments, people, projects } = DEMO_PORTFOLIO;

/**
 * Every figure that the press release of 23 July 2020 gives, and the project and key figure (by unit)
 * it belongs to. The year 2021 (start of the third training track) is a date, not a count: it is the
 * step from two to three new training tracks.
 */
const RELEASE_FIGURES: { value: number; unit: string; meaning: string; project: string }[] = [
  {
    value: 1500,
    unit: 'Geräte',
    meaning: 'bis zu 1.500 Nutzer mit mobilen Endgeräten ausgestattet',
    project: 'DIG-005',
  },
  { value: 2000, unit: 'Nutzer', meaning: 'mehr als 2.000 User mit Homeoffice-Zugang zum Netz', project: 'DIG-004' },
  { value: 1200, unit: 'Zugänge', meaning: 'mehr als 1.200 zusätzliche Zugänge in wenigen Tagen', project: 'DIG-004' },
  { value: 2, unit: 'Scan-Straßen', meaning: 'zwei moderne Scan-Straßen für die Eingangspost', project: 'DIG-001' },
  { value: 5000, unit: 'Downloads', meaning: 'App MIA über 5.000 Mal heruntergeladen', project: 'DIG-003' },
  { value: 3000, unit: 'Nutzer', meaning: 'mehr als 3.000 Mitarbeiter nutzen MIA regelmäßig', project: 'DIG-003' },
  { value: 160, unit: 'Konferenzen/Tag', meaning: 'rund 160 Videokonferenzen täglich', project: 'DIG-006' },
  {
    value: 2,
    unit: 'Ausbildungsgänge',
    meaning: 'erstmals duales Studium Verwaltungsinformatik und Ausbildung IT-Elektroniker',
    project: 'DIG-013',
  },
  {
    value: 3,
    unit: 'Ausbildungsgänge',
    meaning: 'ab 2021 zusätzlich Fachinformatiker für Daten- und Prozessanalyse',
    project: 'DIG-013',
  },
];

/** Real people named in the press release; the demo invents its people. */
const REAL_NAMES = ['Daniel Heymann', 'Heymann', 'Johannes Slawig', 'Slawig'];

const DEMO_ACCOUNTS = [
  { key: 'admin', email: 'admin@leitstand.example', role: Role.ADMIN },
  { key: 'portfolio', email: 'portfolio@leitstand.example', role: Role.PORTFOLIO_MANAGER },
  { key: 'lead', email: 'lead@leitstand.example', role: Role.PROJECT_LEAD },
  { key: 'viewer', email: 'viewer@leitstand.example', role: Role.VIEWER },
];

const personByKey = new Map(people.map((p) => [p.key, p]));
const projectByCode = new Map(projects.map((p) => [p.code, p]));

/** The state of a milestone on the day of seeding (day 0), as the API derives it. */
function stateOf(m: DemoMilestone): MilestoneState {
  if (m.completedOffsetDays !== undefined) return MilestoneState.DONE;
  const due = m.forecastOffsetDays ?? m.plannedOffsetDays;
  if (due < 0) return MilestoneState.OVERDUE;
  if (due <= DUE_SOON_DAYS) return MilestoneState.DUE_SOON;
  return MilestoneState.UPCOMING;
}

function latest(p: DemoProject): DemoStatusUpdate {
  return p.statusUpdates[p.statusUpdates.length - 1];
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

function cents(amount: string): bigint {
  const [whole, fraction] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction);
}

const allMilestones = projects.flatMap((p) => p.milestones.map((m) => ({ project: p.code, m })));
const allUpdates = projects.flatMap((p) => p.statusUpdates.map((u) => ({ project: p.code, u })));
const allKpis = projects.flatMap((p) => p.kpis.map((k) => ({ project: p.code, k })));
const allRisks = projects.flatMap((p) => p.risks.map((r) => ({ project: p.code, r })));

describe('demo portfolio: identity', () => {
  it('is the strategy digiTal2023 with 5 to 6 fields of action', () => {
    expect(strategy.name).toBe('digiTal2023');
    expect(strategy.startYear).toBeLessThan(strategy.endYear);
    expect(fields.length).toBeGreaterThanOrEqual(5);
    expect(fields.length).toBeLessThanOrEqual(6);
  });

  it('has unique keys for fields, departments and people', () => {
    expect(duplicates(fields.map((f) => f.key))).toEqual([]);
    expect(duplicates(departments.map((d) => d.key))).toEqual([]);
    expect(duplicates(people.map((p) => p.key))).toEqual([]);
  });

  it('has unique department codes and field names', () => {
    expect(duplicates(departments.map((d) => d.code))).toEqual([]);
    expect(duplicates(fields.map((f) => f.name))).toEqual([]);
  });

  it('has unique emails, compared case-insensitively', () => {
    expect(duplicates(people.map((p) => p.email.toLowerCase()))).toEqual([]);
  });

  it('has unique project codes of the form DIG-nnn', () => {
    expect(duplicates(projects.map((p) => p.code))).toEqual([]);
    expect(projects.map((p) => p.code).filter((c) => !/^DIG-\d{3}$/.test(c))).toEqual([]);
  });

  it('has at least 16 projects', () => {
    expect(projects.length).toBeGreaterThanOrEqual(16);
  });
});

describe('demo portfolio: people', () => {
  it.each(DEMO_ACCOUNTS)('has the demo account $key ($email, $role)', ({ key, email, role }) => {
    expect(personByKey.get(key)).toMatchObject({ email, role });
  });

  it('has 6 to 10 invented people besides the demo accounts', () => {
    const others = people.filter((p) => !DEMO_ACCOUNTS.some((a) => a.key === p.key));
    expect(others.length).toBeGreaterThanOrEqual(6);
    expect(others.length).toBeLessThanOrEqual(10);
  });

  it('gives the other people work emails of the form vorname.nachname@wuppertal.example', () => {
    const others = people.filter((p) => !DEMO_ACCOUNTS.some((a) => a.key === p.key));
    expect(others.map((p) => p.email).filter((e) => !/^[a-z]+\.[a-z]+@wuppertal\.example$/.test(e))).toEqual([]);
  });

  it('has the demo lead lead at least 4 projects', () => {
    expect(projects.filter((p) => p.lead === 'lead').length).toBeGreaterThanOrEqual(4);
  });

  it('names no real person from the press release anywhere', () => {
    const text = JSON.stringify(DEMO_PORTFOLIO).toLowerCase();
    expect(REAL_NAMES.filter((name) => text.includes(name.toLowerCase()))).toEqual([]);
  });
});

describe('demo portfolio: references', () => {
  const fieldKeys = new Set(fields.map((f) => f.key));
  const departmentKeys = new Set(departments.map((d) => d.key));

  it("resolves every person's department", () => {
    expect(people.filter((p) => !departmentKeys.has(p.department)).map((p) => p.key)).toEqual([]);
  });

  it("resolves every project's field of action", () => {
    expect(projects.filter((p) => !fieldKeys.has(p.field)).map((p) => p.code)).toEqual([]);
  });

  it("resolves every project's department", () => {
    expect(projects.filter((p) => !departmentKeys.has(p.department)).map((p) => p.code)).toEqual([]);
  });

  it("resolves every project's lead to someone who may lead (not a viewer)", () => {
    const bad = projects.filter((p) => !personByKey.has(p.lead) || personByKey.get(p.lead)?.role === Role.VIEWER);
    expect(bad.map((p) => `${p.code}: ${p.lead}`)).toEqual([]);
  });

  it('resolves every member, once per project and never the lead again', () => {
    const bad = projects.flatMap((p) => {
      const keys = p.members.map((m) => m.person);
      return [
        ...keys.filter((k) => !personByKey.has(k)).map((k) => `${p.code}: unknown ${k}`),
        ...duplicates(keys).map((k) => `${p.code}: twice ${k}`),
        ...keys.filter((k) => k === p.lead).map((k) => `${p.code}: lead ${k} also a member`),
        ...p.members.filter((m) => m.role.trim() === '').map((m) => `${p.code}: ${m.person} without a role`),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('resolves every milestone owner', () => {
    const bad = allMilestones.filter(({ m }) => m.owner !== undefined && !personByKey.has(m.owner));
    expect(bad.map(({ project, m }) => `${project}: ${m.title} → ${m.owner}`)).toEqual([]);
  });

  it('resolves every risk owner', () => {
    const bad = allRisks.filter(({ r }) => r.owner !== undefined && !personByKey.has(r.owner));
    expect(bad.map(({ project, r }) => `${project}: ${r.title} → ${r.owner}`)).toEqual([]);
  });

  it('has every status update written by the lead, a member or the portfolio office', () => {
    const bad = projects.flatMap((p) =>
      p.statusUpdates
        .filter((u) => {
          const author = personByKey.get(u.author);
          if (!author) return true;
          if (u.author === p.lead || p.members.some((m) => m.person === u.author)) return false;
          return author.role !== Role.PORTFOLIO_MANAGER && author.role !== Role.ADMIN;
        })
        .map((u) => `${p.code} (${u.daysAgo} days ago): ${u.author}`),
    );
    expect(bad).toEqual([]);
  });

  it('resolves every dependency to another project, without duplicates', () => {
    const bad = projects.flatMap((p) => [
      ...p.dependsOn.filter((c) => !projectByCode.has(c)).map((c) => `${p.code} → unknown ${c}`),
      ...p.dependsOn.filter((c) => c === p.code).map(() => `${p.code} → itself`),
      ...duplicates(p.dependsOn).map((c) => `${p.code} → ${c} twice`),
    ]);
    expect(bad).toEqual([]);
  });

  it('has acyclic dependencies', () => {
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (code: string, path: string[]): void => {
      if (path.includes(code)) {
        cycles.push([...path.slice(path.indexOf(code)), code].join(' → '));
        return;
      }
      if (done.has(code)) return;
      for (const next of projectByCode.get(code)?.dependsOn ?? []) visit(next, [...path, code]);
      done.add(code);
    };
    for (const p of projects) visit(p.code, []);
    expect(cycles).toEqual([]);
  });

  it('lets the E-Akte depend on the scan lines, and process automation on the E-Akte and the cloud', () => {
    expect(projectByCode.get('DIG-002')?.dependsOn).toContain('DIG-001');
    expect(projectByCode.get('DIG-008')?.dependsOn).toEqual(expect.arrayContaining(['DIG-002', 'DIG-010']));
  });
});

describe('demo portfolio: projects', () => {
  it('has a title, summary and tags for every project', () => {
    const bad = projects.filter((p) => !p.title.trim() || !p.summary.trim() || p.tags.length === 0);
    expect(bad.map((p) => p.code)).toEqual([]);
  });

  it('starts every project before its planned end, and before any forecast or actual end', () => {
    const bad = projects.filter(
      (p) =>
        p.startOffsetDays >= p.plannedEndOffsetDays ||
        (p.forecastEndOffsetDays !== undefined && p.startOffsetDays >= p.forecastEndOffsetDays) ||
        (p.actualEndOffsetDays !== undefined && p.startOffsetDays >= p.actualEndOffsetDays),
    );
    expect(bad.map((p) => p.code)).toEqual([]);
  });

  it('gives an actual end exactly to completed projects, and not in the future', () => {
    const bad = projects.filter((p) => {
      const completed = latest(p).phase === ProjectPhase.COMPLETED;
      if (!completed) return p.actualEndOffsetDays !== undefined;
      return p.actualEndOffsetDays === undefined || p.actualEndOffsetDays > 0;
    });
    expect(bad.map((p) => p.code)).toEqual([]);
  });

  it('has completed projects at 100 % with every milestone done', () => {
    const bad = projects
      .filter((p) => latest(p).phase === ProjectPhase.COMPLETED)
      .filter((p) => latest(p).progress !== 100 || p.milestones.some((m) => m.completedOffsetDays === undefined));
    expect(bad.map((p) => p.code)).toEqual([]);
  });

  it('writes budgets as exact decimal amounts in EUR with cents', () => {
    const bad = projects.flatMap((p) =>
      [p.budgetPlanned, p.budgetSpent]
        .filter((b): b is string => b !== undefined && !/^\d+\.\d{2}$/.test(b))
        .map((b) => `${p.code}: ${b}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps spending within plan for all projects but one or two', () => {
    const over = projects.filter(
      (p) => p.budgetPlanned && p.budgetSpent && cents(p.budgetSpent) > cents(p.budgetPlanned),
    );
    expect(over.length).toBeGreaterThanOrEqual(1);
    expect(over.length).toBeLessThanOrEqual(2);
  });

  it('has 3 to 7 milestones, 2 to 6 status updates, 1 to 3 key figures and 0 to 3 risks per project', () => {
    const bad = projects
      .filter(
        (p) =>
          p.milestones.length < 3 ||
          p.milestones.length > 7 ||
          p.statusUpdates.length < 2 ||
          p.statusUpdates.length > 6 ||
          p.kpis.length < 1 ||
          p.kpis.length > 3 ||
          p.risks.length > 3,
      )
      .map((p) => `${p.code}: ${p.milestones.length}/${p.statusUpdates.length}/${p.kpis.length}/${p.risks.length}`);
    expect(bad).toEqual([]);
  });

  it('has members on every project', () => {
    expect(projects.filter((p) => p.members.length === 0).map((p) => p.code)).toEqual([]);
  });
});

describe('demo portfolio: status updates', () => {
  it('keeps progress within 0..100 as whole numbers', () => {
    const bad = allUpdates.filter(({ u }) => !Number.isInteger(u.progress) || u.progress < 0 || u.progress > 100);
    expect(bad.map(({ project, u }) => `${project}: ${u.progress}`)).toEqual([]);
  });

  it('lists updates oldest first, one per day, none in the future', () => {
    const bad = projects.filter((p) =>
      p.statusUpdates.some((u, i) => u.daysAgo < 0 || (i > 0 && u.daysAgo >= p.statusUpdates[i - 1].daysAgo)),
    );
    expect(bad.map((p) => `${p.code}: ${p.statusUpdates.map((u) => u.daysAgo).join(', ')}`)).toEqual([]);
  });

  it('posts no update before the project started', () => {
    const bad = projects.filter((p) => p.statusUpdates.some((u) => -u.daysAgo < p.startOffsetDays));
    expect(bad.map((p) => p.code)).toEqual([]);
  });

  it('never lets progress go backwards', () => {
    const bad = projects.filter((p) =>
      p.statusUpdates.some((u, i) => i > 0 && u.progress < p.statusUpdates[i - 1].progress),
    );
    expect(bad.map((p) => p.code)).toEqual([]);
  });

  it('names the blockers in every update that is not on track', () => {
    const bad = allUpdates.filter(({ u }) => u.health !== Health.ON_TRACK && !u.blockers?.trim());
    expect(bad.map(({ project, u }) => `${project} (${u.daysAgo} days ago)`)).toEqual([]);
  });

  it('has a summary and next steps in every update', () => {
    const bad = allUpdates.filter(({ u }) => !u.summary.trim() || !u.nextSteps?.trim());
    expect(bad.map(({ project, u }) => `${project} (${u.daysAgo} days ago)`)).toEqual([]);
  });

  it.each(Object.values(Health))('has projects whose latest health is %s', (health) => {
    expect(projects.filter((p) => latest(p).health === health).length).toBeGreaterThanOrEqual(2);
  });

  it('has several phases, among them COMPLETED and ON_HOLD or IDEA', () => {
    const phases = new Set(projects.map((p) => latest(p).phase));
    expect(phases.size).toBeGreaterThanOrEqual(4);
    expect(phases).toContain(ProjectPhase.COMPLETED);
    expect(phases.has(ProjectPhase.ON_HOLD) || phases.has(ProjectPhase.IDEA)).toBe(true);
  });

  it('has some stale active projects, but most active projects report on time', () => {
    const active = projects.filter((p) => ACTIVE_PHASES.includes(latest(p).phase));
    const stale = active.filter((p) => latest(p).daysAgo > STALE_AFTER_DAYS);
    expect(stale.length).toBeGreaterThanOrEqual(1);
    expect(stale.length * 2).toBeLessThan(active.length);
  });

  it('keeps newest updates clear of the stale threshold, whatever the hour of seeding', () => {
    const bad = projects.filter((p) => Math.abs(latest(p).daysAgo - STALE_AFTER_DAYS) <= 1);
    expect(bad.map((p) => `${p.code}: ${latest(p).daysAgo}`)).toEqual([]);
  });
});

describe('demo portfolio: milestones', () => {
  it('lists every project’s milestones by planned date', () => {
    const bad = projects.filter((p) =>
      p.milestones.some((m, i) => i > 0 && m.plannedOffsetDays < p.milestones[i - 1].plannedOffsetDays),
    );
    expect(bad.map((p) => p.code)).toEqual([]);
  });

  it('completes milestones between the project start and today', () => {
    const bad = projects.flatMap((p) =>
      p.milestones
        .filter((m) => m.completedOffsetDays !== undefined)
        .filter((m) => (m.completedOffsetDays as number) > 0 || (m.completedOffsetDays as number) < p.startOffsetDays)
        .map((m) => `${p.code}: ${m.title}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives a forecast only where it differs from the plan', () => {
    const bad = allMilestones.filter(({ m }) => m.forecastOffsetDays === m.plannedOffsetDays);
    expect(bad.map(({ project, m }) => `${project}: ${m.title}`)).toEqual([]);
  });

  it.each(Object.values(MilestoneState))('has several milestones in state %s on the day of seeding', (state) => {
    expect(allMilestones.filter(({ m }) => stateOf(m) === state).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps open milestones clear of the state boundaries, whatever the hour of seeding', () => {
    const bad = allMilestones.filter(({ m }) => {
      if (m.completedOffsetDays !== undefined) return false;
      const due = m.forecastOffsetDays ?? m.plannedOffsetDays;
      return Math.abs(due) <= 1 || Math.abs(due - DUE_SOON_DAYS) <= 1;
    });
    expect(bad.map(({ project, m }) => `${project}: ${m.title}`)).toEqual([]);
  });

  it('has slips: forecasts later than planned, and a milestone completed later than planned', () => {
    const forecastLate = allMilestones.filter(
      ({ m }) => m.completedOffsetDays === undefined && (m.forecastOffsetDays ?? -Infinity) > m.plannedOffsetDays,
    );
    const completedLate = allMilestones.filter(({ m }) => (m.completedOffsetDays ?? -Infinity) > m.plannedOffsetDays);
    expect(forecastLate.length).toBeGreaterThanOrEqual(3);
    expect(completedLate.length).toBeGreaterThanOrEqual(1);
  });
});

describe('demo portfolio: key figures and risks', () => {
  it('gives every key figure a unit, a baseline and a target', () => {
    const bad = allKpis.filter(({ k }) => !k.unit.trim() || k.baseline === undefined || k.target === undefined);
    expect(bad.map(({ project, k }) => `${project}: ${k.name}`)).toEqual([]);
  });

  it('has 2 to 8 measurements per key figure, in date order and none in the future', () => {
    const bad = allKpis.filter(
      ({ k }) =>
        k.measurements.length < 2 ||
        k.measurements.length > 8 ||
        k.measurements.some((m, i) => m.daysAgo < 0 || (i > 0 && m.daysAgo >= k.measurements[i - 1].daysAgo)),
    );
    expect(bad.map(({ project, k }) => `${project}: ${k.name}`)).toEqual([]);
  });

  it('has unique key-figure names within a project', () => {
    const bad = projects.filter((p) => duplicates(p.kpis.map((k) => k.name)).length > 0);
    expect(bad.map((p) => p.code)).toEqual([]);
  });

  it.each(RELEASE_FIGURES)(
    'records the press release figure $value $unit ($meaning) on $project',
    ({ value, unit, project }) => {
      const kpis: DemoKpi[] = projectByCode.get(project)?.kpis.filter((k) => k.unit === unit) ?? [];
      expect(kpis).toHaveLength(1);
      const values = kpis[0].measurements.map((m) => m.value);
      expect(values).toContain(value);
      const reachedAt = values.indexOf(value);
      // A plausible build-up: a short series of 3 to 8 points, lower before the figure, never falling back below it.
      expect(values.length).toBeGreaterThanOrEqual(3);
      expect(values.length).toBeLessThanOrEqual(8);
      expect(values.slice(0, reachedAt).every((v, i, before) => v <= value && (i === 0 || v >= before[i - 1]))).toBe(
        true,
      );
      expect(values.slice(reachedAt).every((v) => v >= value)).toBe(true);
    },
  );

  it('gives every risk a title and its mitigation where it is not closed', () => {
    const bad = allRisks.filter(({ r }) => !r.title.trim() || (r.status !== 'CLOSED' && !r.mitigation?.trim()));
    expect(bad.map(({ project, r }) => `${project}: ${r.title}`)).toEqual([]);
  });
});
