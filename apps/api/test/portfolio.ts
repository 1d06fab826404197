/**
 * Helpers for the portfolio suites: the demo accounts, "today" as the API sees it, what the demo
 * portfolio must look like through the API, factories that build test data through the API
 * (so that each test states only what matters to it) and a snapshot of everything the portfolio
 * keeps, to show that a refused write changed nothing.
 */
import { Health, MilestoneState, ProjectPhase } from '@leitstand/shared-domain';
import { DEMO_PORTFOLIO, DemoMilestone, DemoProject, DemoStatusUpdate } from '../src/demo/demo-portfolio';
import { GraphQLBody } from './graphql-client';
import { TestApp } from './test-app';

export const EMAIL = {
  admin: 'admin@leitstand.example',
  portfolio: 'portfolio@leitstand.example',
  lead: 'lead@leitstand.example',
  viewer: 'viewer@leitstand.example',
} as const;

/** A well-formed UUID that names nothing. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

// ---------------------------------------------------------------- dates

/** Today in Europe/Berlin as 'YYYY-MM-DD': the day the API calls today, and the day the demo was seeded. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / 86_400_000);
}

/** A demo offset in days from the day of seeding, as a date. */
export function demoDate(offsetDays: number | undefined): string | null {
  return offsetDays === undefined ? null : addDays(today(), offsetDays);
}

// ---------------------------------------------------------------- responses

/** The data of a successful operation; fails the test, showing the errors, otherwise. */
export function dataOf<T>(body: GraphQLBody<T>): T {
  if (body.errors?.length || !body.data) {
    throw new Error(`Expected the operation to succeed, got: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** The answer of a page of `projects`, with the nodes that the query asks for. */
export interface ProjectPage<N> {
  projects: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: N[] };
}

/** Every node of a connection, page by page: `page` asks for the page after a cursor (null: the first). */
export async function everyNode<N>(
  page: (after: string | null) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: N[] }>,
): Promise<N[]> {
  const nodes: N[] = [];
  for (let after: string | null = null; ;) {
    const { pageInfo, nodes: more } = await page(after);
    nodes.push(...more);
    if (!pageInfo.hasNextPage) return nodes;
    after = pageInfo.endCursor;
  }
}

export interface FieldProblem {
  path: string;
  code: string;
  params?: Record<string, string | number>;
  message: string;
}

/** The `extensions.fields` of the first error. */
export function problemsOf(body: GraphQLBody<unknown>): FieldProblem[] {
  return (body.errors?.[0]?.extensions?.fields as FieldProblem[] | undefined) ?? [];
}

/** The faulty input paths of the first error, each once (a path may have several messages), sorted. */
export function faultyPaths(body: GraphQLBody<unknown>): string[] {
  return [...new Set(problemsOf(body).map((problem) => problem.path))].sort();
}

/** The message given for one input path, or a text saying there is none. */
export function messageFor(body: GraphQLBody<unknown>, path: string): string {
  return problemsOf(body).find((problem) => problem.path === path)?.message ?? `(no problem reported at ${path})`;
}

// ---------------------------------------------------------------- the demo as the API must show it

export const DEMO_PROJECTS: readonly DemoProject[] = DEMO_PORTFOLIO.projects;

export function demoProject(code: string): DemoProject {
  const project = DEMO_PROJECTS.find((candidate) => candidate.code === code);
  if (!project) throw new Error(`No demo project ${code}`);
  return project;
}

export function demoLatest(project: DemoProject): DemoStatusUpdate {
  return project.statusUpdates[project.statusUpdates.length - 1];
}

export function demoEmail(personKey: string): string {
  const person = DEMO_PORTFOLIO.people.find((candidate) => candidate.key === personKey);
  if (!person) throw new Error(`No demo person ${personKey}`);
  return person.email;
}

export function demoFieldName(fieldKey: string): string {
  const field = DEMO_PORTFOLIO.fields.find((candidate) => candidate.key === fieldKey);
  if (!field) throw new Error(`No demo field ${fieldKey}`);
  return field.name;
}

export function demoDepartmentCode(departmentKey: string): string {
  const department = DEMO_PORTFOLIO.departments.find((candidate) => candidate.key === departmentKey);
  if (!department) throw new Error(`No demo department ${departmentKey}`);
  return department.code;
}

/** The state of a demo milestone today (the day of seeding), by the rules of the contract. */
export function demoMilestoneState(milestone: DemoMilestone): MilestoneState {
  if (milestone.completedOffsetDays !== undefined) return MilestoneState.DONE;
  const due = milestone.forecastOffsetDays ?? milestone.plannedOffsetDays;
  if (due < 0) return MilestoneState.OVERDUE;
  if (due <= 14) return MilestoneState.DUE_SOON;
  return MilestoneState.UPCOMING;
}

export function demoSlipDays(milestone: DemoMilestone): number {
  return (
    (milestone.completedOffsetDays ?? milestone.forecastOffsetDays ?? milestone.plannedOffsetDays) -
    milestone.plannedOffsetDays
  );
}

/** Whether a demo project counts as stale for `days`: active, with its newest report older than that. */
export function demoIsStale(project: DemoProject, days: number): boolean {
  const latest = demoLatest(project);
  return (latest.phase === ProjectPhase.PLANNED || latest.phase === ProjectPhase.IN_PROGRESS) && latest.daysAgo > days;
}

export const HEALTH_RANK: Record<Health, number> = {
  [Health.ON_TRACK]: 0,
  [Health.AT_RISK]: 1,
  [Health.OFF_TRACK]: 2,
};

/** Sums decimal strings exactly, as cents. */
export function sumDecimals(amounts: (string | undefined | null)[]): string {
  const cents = amounts
    .filter((amount): amount is string => typeof amount === 'string')
    .reduce((total, amount) => {
      const [whole, fraction = ''] = amount.split('.');
      return total + BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
    }, 0n);
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

// ---------------------------------------------------------------- what the database holds

/** Tables that change on every sign-in or request; everything else belongs to the portfolio or its people. */
const VOLATILE_TABLES = new Set(['session', 'security_event', 'api_token', 'sign_in_attempt']);

/**
 * A fingerprint of every table that a write of the portfolio could touch (all but sessions, the
 * security log, API tokens and the migrations): equal fingerprints mean that nothing was written.
 */
export async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const tables: { name: string }[] = await t.database.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    if (VOLATILE_TABLES.has(name) || name.includes('migration')) continue;
    const [row] = (await t.database.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${name}" x`,
    )) as { n: number; h: string }[];
    result[name] = `${row.n} rows, ${row.h}`;
  }
  return result;
}

/** Sends a write that must be refused: it answers with errors, and no table changed. */
export async function refused<T>(t: TestApp, send: () => Promise<GraphQLBody<T>>): Promise<GraphQLBody<T>> {
  const before = await snapshot(t);
  const body = await send();
  expect(body.errors).toBeDefined();
  expect(await snapshot(t)).toEqual(before);
  return body;
}

/** The table of the audit history, found by its columns, so that tests need not know its name. */
export async function auditTable(t: TestApp): Promise<string> {
  const rows: { name: string }[] = await t.database.dataSource.query(
    `SELECT table_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name IN ('action', 'entity_type', 'entity_id')
      GROUP BY table_name HAVING count(*) = 3`,
  );
  if (rows.length !== 1)
    throw new Error(`Expected one audit table (action, entity_type, entity_id), found ${rows.length}`);
  return rows[0].name;
}

// ---------------------------------------------------------------- GraphQL documents

export const PROJECT_FIELDS = `
  id code title summary phase health progress tags version createdAt updatedAt
  startDate plannedEndDate forecastEndDate actualEndDate
  budget { planned spent currency }
  field { id name }
  department { id code }
  lead { id email }
  members { person { email } role }
  dependsOn { id code }
`;

export const MILESTONE_FIELDS = `
  id title description plannedDate forecastDate completedDate state slipDays version
  owner { id email }
  project { id code }
`;

export const KPI_FIELDS = `
  id name unit baseline target
  latest { date value note }
  measurements { date value note }
  project { id code }
`;

export const RISK_FIELDS = `
  id title description probability impact status mitigation version
  owner { id email }
  project { id code }
`;

export const STATUS_FIELDS = `
  id health phase progress summary achievements nextSteps blockers createdAt
  author { id email }
  project { id code health phase progress }
`;

export const AUDIT_FIELDS = `id at action entityType entityId actor { email } changes { field from to }`;

export const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const UPDATE_PROJECT = `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const SET_MEMBERS = `mutation ($projectId: ID!, $expectedVersion: Int!, $members: [ProjectMemberInput!]!) {
  setProjectMembers(projectId: $projectId, expectedVersion: $expectedVersion, members: $members) { ${PROJECT_FIELDS} } }`;
export const SET_DEPENDENCIES = `mutation ($projectId: ID!, $expectedVersion: Int!, $dependsOn: [ID!]!) {
  setProjectDependencies(projectId: $projectId, expectedVersion: $expectedVersion, dependsOn: $dependsOn) { ${PROJECT_FIELDS} } }`;
export const POST_STATUS = `mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { ${STATUS_FIELDS} } }`;
export const CREATE_MILESTONE = `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { ${MILESTONE_FIELDS} } }`;
export const UPDATE_MILESTONE = `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ${MILESTONE_FIELDS} } }`;
export const COMPLETE_MILESTONE = `mutation ($id: ID!, $expectedVersion: Int!, $completedDate: Date) {
  completeMilestone(id: $id, expectedVersion: $expectedVersion, completedDate: $completedDate) { ${MILESTONE_FIELDS} } }`;
export const DELETE_MILESTONE = `mutation ($id: ID!, $expectedVersion: Int!) { deleteMilestone(id: $id, expectedVersion: $expectedVersion) }`;
export const CREATE_KPI = `mutation ($input: CreateKpiInput!) { createKpi(input: $input) { ${KPI_FIELDS} } }`;
export const RECORD_MEASUREMENT = `mutation ($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { ${KPI_FIELDS} } }`;
export const CREATE_RISK = `mutation ($input: CreateRiskInput!) { createRisk(input: $input) { ${RISK_FIELDS} } }`;
export const UPDATE_RISK = `mutation ($input: UpdateRiskInput!) { updateRisk(input: $input) { ${RISK_FIELDS} } }`;
export const PROJECT_HISTORY = `query ($id: ID!, $first: Int, $after: String) { project(id: $id) { version
  history(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { ${AUDIT_FIELDS} } } } }`;

// ---------------------------------------------------------------- shapes of what the documents return

export interface ProjectView {
  id: string;
  code: string;
  title: string;
  summary: string | null;
  phase: ProjectPhase;
  health: Health;
  progress: number;
  tags: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  startDate: string | null;
  plannedEndDate: string | null;
  forecastEndDate: string | null;
  actualEndDate: string | null;
  budget: { planned: string | null; spent: string | null; currency: string };
  field: { id: string; name: string } | null;
  department: { id: string; code: string } | null;
  lead: { id: string; email: string } | null;
  members: { person: { email: string }; role: string }[];
  dependsOn: { id: string; code: string }[];
}

export interface MilestoneView {
  id: string;
  title: string;
  description: string | null;
  plannedDate: string;
  forecastDate: string | null;
  completedDate: string | null;
  state: MilestoneState;
  slipDays: number;
  version: number;
  owner: { id: string; email: string } | null;
  project: { id: string; code: string };
}

export interface KpiView {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  latest: { date: string; value: number; note: string | null } | null;
  measurements: { date: string; value: number; note: string | null }[];
  project: { id: string; code: string };
}

export interface RiskView {
  id: string;
  title: string;
  description: string | null;
  probability: string;
  impact: string;
  status: string;
  mitigation: string | null;
  version: number;
  owner: { id: string; email: string } | null;
  project: { id: string; code: string };
}

export interface StatusView {
  id: string;
  health: Health;
  phase: ProjectPhase;
  progress: number;
  summary: string;
  achievements: string | null;
  nextSteps: string | null;
  blockers: string | null;
  createdAt: string;
  author: { id: string; email: string };
  project: { id: string; code: string; health: Health; phase: ProjectPhase; progress: number };
}

export interface AuditView {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { email: string } | null;
  changes: { field: string; from: string | null; to: string | null }[];
}

export interface HistoryView {
  version: number;
  history: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    nodes: AuditView[];
  };
}

/** Ids of what the demo seeded, looked up through the API. */
export interface DemoRefs {
  strategyId: string;
  /** By field name. */
  fields: Record<string, string>;
  /** By department code. */
  departments: Record<string, string>;
  /** By email. */
  people: Record<string, string>;
}

// ---------------------------------------------------------------- the client with its factories

let codeCounter = 0;

/** Signs in as the demo accounts (once each) and builds test data through the API. */
export class Portfolio {
  private readonly tokens = new Map<string, string>();
  private refsCache?: DemoRefs;

  constructor(readonly t: TestApp) {}

  async token(email: string): Promise<string> {
    let token = this.tokens.get(email);
    if (!token) {
      token = await this.t.login(email);
      this.tokens.set(email, token);
    }
    return token;
  }

  /** Sends an operation as the given demo account and returns the whole body. */
  async as<T = Record<string, unknown>>(
    email: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLBody<T>> {
    return this.t.graphql<T>(query, variables, { token: await this.token(email) });
  }

  /** Sends an operation that must succeed and returns its data. */
  async ok<T = Record<string, unknown>>(email: string, query: string, variables?: Record<string, unknown>): Promise<T> {
    return dataOf(await this.as<T>(email, query, variables));
  }

  async refs(): Promise<DemoRefs> {
    if (this.refsCache) return this.refsCache;
    const data = await this.ok<{
      strategies: { id: string; name: string; fields: { id: string; name: string }[] }[];
      departments: { id: string; code: string }[];
      people: { id: string; email: string }[];
    }>(EMAIL.viewer, '{ strategies { id name fields { id name } } departments { id code } people { id email } }');
    const strategy = data.strategies.find((candidate) => candidate.name === DEMO_PORTFOLIO.strategy.name);
    if (!strategy) throw new Error(`The demo strategy is missing: ${JSON.stringify(data.strategies)}`);
    this.refsCache = {
      strategyId: strategy.id,
      fields: Object.fromEntries(strategy.fields.map((field) => [field.name, field.id])),
      departments: Object.fromEntries(data.departments.map((department) => [department.code, department.id])),
      people: Object.fromEntries(data.people.map((person) => [person.email, person.id])),
    };
    return this.refsCache;
  }

  async personId(email: string): Promise<string> {
    const id = (await this.refs()).people[email];
    if (!id) throw new Error(`No person ${email}`);
    return id;
  }

  async project(code: string): Promise<ProjectView> {
    const data = await this.ok<{ project: ProjectView | null }>(
      EMAIL.viewer,
      `query ($code: String) { project(code: $code) { ${PROJECT_FIELDS} } }`,
      { code },
    );
    if (!data.project) throw new Error(`No project ${code}`);
    return data.project;
  }

  async projectById(id: string): Promise<ProjectView> {
    const data = await this.ok<{ project: ProjectView | null }>(
      EMAIL.viewer,
      `query ($id: ID) { project(id: $id) { ${PROJECT_FIELDS} } }`,
      { id },
    );
    if (!data.project) throw new Error(`No project ${id}`);
    return data.project;
  }

  async history(projectId: string, first = 200): Promise<AuditView[]> {
    const data = await this.ok<{ project: HistoryView }>(EMAIL.viewer, PROJECT_HISTORY, { id: projectId, first });
    return data.project.history.nodes;
  }

  /** A project code that no other test uses. */
  nextCode(): string {
    codeCounter += 1;
    return `TST-${String(100 + codeCounter)}`;
  }

  /** Creates a project as the portfolio manager; `input` overrides the defaults. */
  async makeProject(input: Record<string, unknown> = {}, email: string = EMAIL.portfolio): Promise<ProjectView> {
    const code = this.nextCode();
    const data = await this.ok<{ createProject: ProjectView }>(email, CREATE_PROJECT, {
      input: {
        code,
        title: `Testprojekt ${code}`,
        phase: 'IN_PROGRESS',
        startDate: addDays(today(), -10),
        plannedEndDate: addDays(today(), 100),
        budgetPlanned: '1000.00',
        ...input,
      },
    });
    return data.createProject;
  }

  /** A project led by the demo lead. */
  async makeLeadProject(input: Record<string, unknown> = {}): Promise<ProjectView> {
    return this.makeProject({ leadId: await this.personId(EMAIL.lead), ...input });
  }

  async makeMilestone(
    projectId: string,
    input: Record<string, unknown> = {},
    email: string = EMAIL.portfolio,
  ): Promise<MilestoneView> {
    const data = await this.ok<{ createMilestone: MilestoneView }>(email, CREATE_MILESTONE, {
      input: { projectId, title: 'Meilenstein', plannedDate: addDays(today(), 30), ...input },
    });
    return data.createMilestone;
  }

  async makeKpi(
    projectId: string,
    input: Record<string, unknown> = {},
    email: string = EMAIL.portfolio,
  ): Promise<KpiView> {
    const data = await this.ok<{ createKpi: KpiView }>(email, CREATE_KPI, {
      input: { projectId, name: 'Nutzerinnen und Nutzer', unit: 'Nutzer', baseline: 0, target: 100, ...input },
    });
    return data.createKpi;
  }

  async makeRisk(
    projectId: string,
    input: Record<string, unknown> = {},
    email: string = EMAIL.portfolio,
  ): Promise<RiskView> {
    const data = await this.ok<{ createRisk: RiskView }>(email, CREATE_RISK, {
      input: { projectId, title: 'Lieferverzug', probability: 'MEDIUM', impact: 'HIGH', ...input },
    });
    return data.createRisk;
  }

  async postStatus(
    projectId: string,
    input: Record<string, unknown> = {},
    email: string = EMAIL.portfolio,
  ): Promise<StatusView> {
    const data = await this.ok<{ postStatusUpdate: StatusView }>(email, POST_STATUS, {
      input: { projectId, health: 'ON_TRACK', summary: 'Alles nach Plan.', ...input },
    });
    return data.postStatusUpdate;
  }
}
