/** What users do most, as the web client asks for it. */

export const DASHBOARD = `query Dashboard {
  portfolioSummary {
    projectCount budgetPlanned budgetSpent milestonesOverdue milestonesDueSoon staleProjects notReported
    byHealth { health count }
    byPhase { phase count }
    byField { projectCount field { id name } byHealth { health count } }
  }
}`;

export const PROJECT_LIST = `query ProjectList($first: Int!) {
  projects(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id code title phase health progress plannedEndDate forecastEndDate version
      lead { id name }
      department { id name }
      field { id name }
      milestones { id title plannedDate forecastDate completedDate state }
      latestStatus { id health summary createdAt }
      kpis { id name unit target latest { date value } }
    }
  }
}`;

/** The dashboard as it stood at a past instant (the Sachstandsbericht's summary). */
export const DASHBOARD_AS_OF = DASHBOARD.replace('query Dashboard {', 'query DashboardAsOf($asOf: DateTime) {').replace(
  'portfolioSummary {',
  'portfolioSummary(asOf: $asOf) {',
);

/** The project list as it stood at a past instant. */
export const PROJECT_LIST_AS_OF = PROJECT_LIST.replace(
  'query ProjectList($first: Int!) {',
  'query ProjectListAsOf($first: Int!, $asOf: DateTime) {',
).replace('projects(first: $first) {', 'projects(first: $first, asOf: $asOf) {');

/** What changed since an instant (the board's "since the last meeting"). */
export const CHANGES = `query Changes($from: DateTime!) {
  portfolioChanges(from: $from) {
    from to statusUpdatesPosted
    projectsCreated { id code title }
    projectsCompleted { id code title }
    projectsCancelled { id code title }
    healthChanges { from to at project { id code title } }
    milestonesCompleted { id title completedDate project { id code } }
    milestonesSlipped { dueBefore dueAfter days milestone { id title project { id code } } }
    risksOpened { id title project { id code } }
  }
}`;

export const PROJECT_PAGE = `query ProjectPage($id: ID!) {
  project(id: $id) {
    id code title summary phase health progress tags startDate plannedEndDate forecastEndDate actualEndDate version
    budget { planned spent currency }
    lead { id name email }
    department { id name }
    field { id name }
    members { role person { id name } }
    milestones { id title description plannedDate forecastDate completedDate state slipDays version owner { id name } }
    latestStatus { id health phase progress summary achievements nextSteps blockers createdAt author { id name } }
    statusUpdates(first: 10) { totalCount nodes { id health phase progress summary createdAt author { id name } } }
    kpis { id name unit baseline target measurements { date value } }
    risks { id title probability impact status }
    history(first: 20) { totalCount nodes { id at action entityType actor { id name } changes { field from to } } }
  }
}`;

export const MILESTONES_DUE = `query MilestonesDue($from: Date!, $to: Date!) {
  milestones(filter: { dueFrom: $from, dueTo: $to, state: [OVERDUE, DUE_SOON, UPCOMING] }, first: 50) {
    totalCount
    nodes { id title plannedDate forecastDate state slipDays project { id code title health } owner { id name } }
  }
}`;

export const POST_STATUS = `mutation PostStatus($input: PostStatusUpdateInput!) {
  postStatusUpdate(input: $input) { id health progress createdAt project { id health progress version } }
}`;

/** The list page's data, in one hand-written statement that PostgreSQL turns into JSON: the database's ceiling. */
export const LIST_PAGE_SQL = `
SELECT json_build_object('totalCount', (SELECT count(*) FROM project), 'nodes', COALESCE(json_agg(x ORDER BY x.code), '[]'))::text AS page
  FROM (
    SELECT p.id, p.code, p.title, p.phase, p.health, p.progress, p.planned_end_date AS "plannedEndDate",
           p.forecast_end_date AS "forecastEndDate", p.version,
           (SELECT json_build_object('id', l.id, 'name', l.name) FROM person l WHERE l.id = p.lead_id) AS lead,
           (SELECT json_build_object('id', d.id, 'name', d.name) FROM department d WHERE d.id = p.department_id) AS department,
           (SELECT json_build_object('id', f.id, 'name', f.name) FROM field_of_action f WHERE f.id = p.field_id) AS field,
           (SELECT COALESCE(json_agg(json_build_object('id', m.id, 'title', m.title, 'plannedDate', m.planned_date,
                     'forecastDate', m.forecast_date, 'completedDate', m.completed_date,
                     'state', milestone_state(m.planned_date, m.forecast_date, m.completed_date, current_date))
                     ORDER BY m.planned_date, m.id), '[]')
              FROM milestone m WHERE m.project_id = p.id) AS milestones,
           (SELECT json_build_object('id', s.id, 'health', s.health, 'summary', s.summary, 'createdAt', s.created_at)
              FROM status_update s WHERE s.project_id = p.id ORDER BY s.created_at DESC, s.id DESC LIMIT 1) AS "latestStatus",
           (SELECT COALESCE(json_agg(json_build_object('id', k.id, 'name', k.name, 'unit', k.unit, 'target', k.target,
                     'latest', (SELECT json_build_object('date', km.date, 'value', km.value) FROM kpi_measurement km
                                 WHERE km.kpi_id = k.id ORDER BY km.date DESC LIMIT 1))
                     ORDER BY k.created_at, k.name), '[]')
              FROM kpi k WHERE k.project_id = p.id) AS kpis
      FROM project p ORDER BY p.code LIMIT 50
  ) x`;
