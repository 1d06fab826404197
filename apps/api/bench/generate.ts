import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { DatabaseTarget } from '../src/config/app-config';
import { Database } from '../src/database/database';

/** The shape of a synthetic portfolio: how many projects, and how much of each thing per project. */
export interface PortfolioSize {
  projects: number;
  milestones: number;
  reports: number;
  kpis: number;
  measurements: number;
}

export interface GenerateOptions extends PortfolioSize {
  seed: string;
  /** Empty the portfolio and the accounts first; without it, a database that holds projects or people is refused. */
  replace: boolean;
  admin: { email: string; password: string };
  progress?: (line: string) => void;
}

const PHASES = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
const HEALTHS = ['ON_TRACK', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK'];
const TABLES = [
  'project_history',
  'milestone_history',
  'risk_history',
  'kpi_history',
  'kpi_measurement_history',
  'project_member_history',
  'project_dependency_history',
  'audit_event',
  'kpi_measurement',
  'kpi',
  'milestone',
  'status_update',
  'risk',
  'project_member',
  'project_dependency',
  'project',
  'field_of_action',
  'strategy',
  'session',
  'api_token',
  'security_event',
  'person',
  'department',
];
const BATCH = 500;

/**
 * Writes a synthetic portfolio straight into the schema with set-based INSERT … SELECT over
 * generate_series, so that 10,000 projects take seconds, not the hours the API would need.
 * Every value is a function of the seed and the row's number (md5), so a seed gives the same
 * portfolio on the server and embedded; dates are relative to the day of generation. The
 * columns that the API maintains are written as the API would leave them: a project's health,
 * phase, progress and last_status_at come from its newest status update, its version counts
 * the updates, and each update has its history row.
 */
export async function generatePortfolio(database: Database, options: GenerateOptions): Promise<void> {
  const db = database.dataSource;
  const say = options.progress ?? (() => undefined);
  const [{ n }] = await db.query('SELECT (SELECT count(*) FROM project) + (SELECT count(*) FROM person) AS n');
  if (Number(n) > 0) {
    if (!options.replace) throw new Error('The database already holds projects or people; pass --replace to empty it');
    await db.query(`TRUNCATE ${TABLES.join(', ')} CASCADE`);
  }
  const seed = options.seed.replace(/[^\w-]/g, '');
  // A number in [0, 1) and a uuid, each a function of the seed, a tag and the row's number.
  const rnd = (tag: string, i: string) =>
    `(('x' || substr(md5('${seed}:${tag}:' || ${i}), 1, 8))::bit(32)::bigint / 4294967296.0)`;
  const pick = (values: string[], tag: string, i: string) =>
    `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])[1 + floor(${rnd(tag, i)} * ${values.length})::int]`;
  // A version-4 shaped uuid (version and variant digits set), so that the API's input validation accepts it.
  const uuid = (tag: string, i: string) =>
    `overlay(overlay(md5('${seed}:${tag}:' || ${i}) placing '4' from 13) placing '8' from 17)::uuid`;

  const { projects, milestones, reports, kpis, measurements } = options;
  const departments = Math.max(5, Math.ceil(projects / 50));
  const leads = Math.max(10, Math.ceil(projects / 5));
  const fields = 8;

  await db.query(
    `INSERT INTO department (id, code, name)
     SELECT ${uuid('d', 'i')}, 'D' || lpad(i::text, 4, '0'), 'Department ' || i FROM generate_series(1, ${departments}) i`,
  );
  await db.query(
    `INSERT INTO person (id, name, email, role, department_id, password_hash)
     SELECT ${uuid('l', 'i')}, 'Lead ' || i, 'lead' || i || '@bench.example', 'PROJECT_LEAD',
            ${uuid('d', `1 + floor(${rnd('ld', 'i')} * ${departments})::int`)}, NULL
       FROM generate_series(1, ${leads}) i`,
  );
  await db.query(
    `INSERT INTO person (id, name, email, role, password_hash) VALUES ($1, 'Administrator', $2, 'ADMIN', $3)`,
    [uuidOf(seed, 'admin'), options.admin.email.toLowerCase(), await hash(options.admin.password)],
  );
  await db.query(
    `INSERT INTO strategy (id, name, description, start_year, end_year) VALUES (${uuid('s', '1')}, 'Digital strategy (synthetic)', NULL, 2024, 2030)`,
  );
  await db.query(
    `INSERT INTO field_of_action (id, strategy_id, name, description)
     SELECT ${uuid('f', 'i')}, ${uuid('s', '1')}, 'Field ' || i, 'Synthetic field of action ' || i FROM generate_series(1, ${fields}) i`,
  );

  const started = performance.now();
  for (let from = 1; from <= projects; from += BATCH) {
    const to = Math.min(projects, from + BATCH - 1);
    const range = `generate_series(${from}, ${to})`;
    await db.query(
      `INSERT INTO project (id, code, title, summary, phase, tags, field_id, department_id, lead_id, start_date,
                            planned_end_date, budget_planned, budget_spent, created_at, updated_at)
       SELECT ${uuid('p', 'i')}, 'B-' || lpad(i::text, 6, '0'), 'Synthetic project ' || i,
              'A synthetic project for the benchmark, number ' || i || '.', ${pick(PHASES, 'pp', 'i')},
              ARRAY['tag' || (i % 7), 'tag' || (i % 11)],
              ${uuid('f', `1 + floor(${rnd('pf', 'i')} * ${fields})::int`)},
              ${uuid('d', `1 + floor(${rnd('pd', 'i')} * ${departments})::int`)},
              ${uuid('l', `1 + floor(${rnd('pl', 'i')} * ${leads})::int`)},
              current_date - (200 + floor(${rnd('ps', 'i')} * 500))::int,
              current_date + (30 + floor(${rnd('pe', 'i')} * 700))::int,
              round((50000 + ${rnd('pb', 'i')} * 5000000)::numeric, 2),
              round((${rnd('pbs', 'i')} * 50000)::numeric, 2),
              now() - interval '2 years', now() - interval '2 years'
         FROM ${range} i`,
    );
    if (milestones > 0)
      await db.query(
        `INSERT INTO milestone (id, project_id, title, description, planned_date, forecast_date, completed_date, owner_id)
         SELECT ${uuid('m', "i || ':' || k")}, ${uuid('p', 'i')}, 'Milestone ' || k, NULL, d.planned,
                CASE WHEN ${rnd('mf', "i || ':' || k")} < 0.3 THEN d.planned + (floor(${rnd('mfd', "i || ':' || k")} * 60))::int END,
                CASE WHEN d.planned < current_date AND ${rnd('mc', "i || ':' || k")} < 0.85 THEN d.planned END,
                ${uuid('l', `1 + floor(${rnd('mo', "i || ':' || k")} * ${leads})::int`)}
           FROM ${range} i, generate_series(1, ${milestones}) k,
                LATERAL (SELECT current_date - 365 + (floor(${rnd('mp', "i || ':' || k")} * 730))::int AS planned) d`,
      );
    if (reports > 0) {
      // Report k of R is k*14 days older than the newest, which is 0 to 40 days old.
      await db.query(
        `INSERT INTO status_update (id, project_id, author_id, health, phase, progress, summary, achievements, next_steps, blockers, created_at)
         SELECT ${uuid('r', "i || ':' || k")}, ${uuid('p', 'i')}, ${uuid('l', `1 + floor(${rnd('pl', 'i')} * ${leads})::int`)},
                ${pick(HEALTHS, 'rh', "i || ':' || k")}, ${pick(PHASES, 'pp', 'i')}, least(100, (${reports} - k) * 100 / ${reports} + 5),
                'Status report ' || (${reports} - k + 1) || ' of project ' || i || ': work continues as planned.',
                'Delivered the planned increment.', 'Prepare the next increment.', NULL,
                now() - make_interval(days => (floor(${rnd('ra', 'i')} * 40))::int + (k - 1) * 14, secs => i % 3600)
           FROM ${range} i, generate_series(1, ${reports}) k`,
      );
      await db.query(
        `INSERT INTO audit_event (at, actor_id, action, entity_type, entity_id, project_id, changes)
         SELECT s.created_at, s.author_id, 'status.posted', 'StatusUpdate', s.id, s.project_id,
                jsonb_build_array(jsonb_build_object('field', 'summary', 'from', NULL, 'to', s.summary))
           FROM status_update s WHERE s.project_id IN (SELECT ${uuid('p', 'i')} FROM ${range} i)`,
      );
      await db.query(
        `UPDATE project p SET health = s.health, phase = s.phase, progress = s.progress, last_status_at = s.created_at,
                version = 1 + ${reports}, updated_at = s.created_at
           FROM (SELECT DISTINCT ON (project_id) * FROM status_update
                  WHERE project_id IN (SELECT ${uuid('p', 'i')} FROM ${range} i) ORDER BY project_id, created_at DESC, id DESC) s
          WHERE p.id = s.project_id`,
      );
    }
    if (kpis > 0) {
      await db.query(
        `INSERT INTO kpi (id, project_id, name, unit, baseline, target, created_at)
         SELECT ${uuid('k', "i || ':' || k")}, ${uuid('p', 'i')}, 'Key figure ' || k, '%', 0, 100, now() - interval '2 years' + k * interval '1 second'
           FROM ${range} i, generate_series(1, ${kpis}) k`,
      );
      if (measurements > 0)
        await db.query(
          `INSERT INTO kpi_measurement (kpi_id, date, value, note)
           SELECT ${uuid('k', "i || ':' || k")}, current_date - (q - 1) * 30, round((${rnd('kv', "i || ':' || k || ':' || q")} * 100)::numeric, 1), NULL
             FROM ${range} i, generate_series(1, ${kpis}) k, generate_series(1, ${measurements}) q`,
        );
    }
    const seconds = (performance.now() - started) / 1000;
    say(`projects ${to}/${projects} (${Math.round(to / seconds)} per s)`);
  }
  await writePast(db);
  // The API's updates above leave dead rows behind; a fresh portfolio starts vacuumed, with statistics.
  await db.query('VACUUM ANALYZE');
}

/**
 * The portfolio's past in its history (see the migration KeepHistory), as the API would have written
 * it: every project made two years ago (as its created_at says), then a version per status report
 * with the report's health, phase and progress from the report's time; milestones, key figures and
 * risks there since the project was made, each measurement since its day. The triggers dated what
 * the statements above wrote at the moment of generating; this dates it as it happened.
 */
async function writePast(db: Database['dataSource']): Promise<void> {
  const columns = (
    (await db.query(
      `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'project' ORDER BY ordinal_position`,
    )) as { name: string }[]
  ).map((column) => column.name);
  const fromReport: Record<string, string> = {
    health: 'v.health',
    phase: 'v.phase',
    progress: 'v.progress',
    last_status_at: 'v.last_status_at',
    updated_at: 'v.valid_from',
    version: 'v.version',
  };
  const list = columns.map((name) => `"${name}"`).join(', ');
  const values = columns.map((name) => fromReport[name] ?? `p."${name}"`).join(', ');
  await db.query('DELETE FROM project_history');
  await db.query(
    `INSERT INTO project_history (valid_from, valid_to, ${list})
     SELECT v.valid_from, COALESCE(lead(v.valid_from) OVER (PARTITION BY p.id ORDER BY v.valid_from), 'infinity'), ${values}
       FROM project p
       JOIN LATERAL (
         SELECT p.created_at AS valid_from, 'ON_TRACK' AS health, p.phase, 0 AS progress,
                NULL::timestamptz AS last_status_at, 1 AS version
         UNION ALL
         SELECT s.created_at, s.health, s.phase, s.progress, s.created_at,
                1 + row_number() OVER (ORDER BY s.created_at, s.id)::int
           FROM status_update s WHERE s.project_id = p.id
       ) v ON TRUE`,
  );
  for (const table of ['milestone', 'kpi', 'risk'])
    await db.query(`UPDATE ${table}_history h SET valid_from = p.created_at FROM project p WHERE p.id = h.project_id`);
  await db.query(
    `UPDATE kpi_measurement_history h SET valid_from = greatest(h.date::timestamptz, k.created_at)
       FROM kpi k WHERE k.id = h.kpi_id`,
  );
}

function uuidOf(seed: string, tag: string): string {
  // The same uuid as the SQL above would make: md5 of seed and tag, as a uuid.
  const hex = createHash('md5').update(`${seed}:${tag}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The database that the API would use: DATABASE_URL, else the embedded one in LEITSTAND_DATA_DIR. */
export function targetFromEnvironment(env = process.env): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: 'server', url: env.DATABASE_URL }
    : { kind: 'embedded', dataDir: env.LEITSTAND_DATA_DIR || './.leitstand-data' };
}

export function parseSize(args: Map<string, string>, defaults: PortfolioSize): PortfolioSize {
  const int = (name: keyof PortfolioSize) => {
    const value = args.get(name);
    if (value === undefined) return defaults[name];
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number (got ${value})`);
    return number;
  };
  return {
    projects: int('projects'),
    milestones: int('milestones'),
    reports: int('reports'),
    kpis: int('kpis'),
    measurements: int('measurements'),
  };
}

/**
 * `--name value` and `--flag` pairs, of the options in `usage` (`--name` at the start of a line).
 * `--help` prints the usage and ends the process; an option not in it is refused by name.
 */
export function parseArgs(argv: string[], usage: string): Map<string, string> {
  const known = new Set([...usage.matchAll(/^\s*--([a-z-]+)/gm)].map((match) => match[1]));
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'help') {
      process.stdout.write(usage);
      process.exit(0);
    }
    if (!argv[i].startsWith('--') || !known.has(name))
      throw new Error(`unknown option ${argv[i]}; the options are --${[...known].join(', --')} (--help explains them)`);
    if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) args.set(name, argv[++i]);
    else args.set(name, 'true');
  }
  return args;
}

export const DEFAULT_SIZE: PortfolioSize = { projects: 1000, milestones: 12, reports: 24, kpis: 3, measurements: 12 };

const USAGE = `Writes a synthetic portfolio into the database that DATABASE_URL names (else the embedded
one in LEITSTAND_DATA_DIR). Sizes are per project; measurements per key figure.

  --projects N      projects (${DEFAULT_SIZE.projects})
  --milestones N    milestones (${DEFAULT_SIZE.milestones})
  --reports N       status reports (${DEFAULT_SIZE.reports})
  --kpis N          key figures (${DEFAULT_SIZE.kpis})
  --measurements N  measurements (${DEFAULT_SIZE.measurements})
  --seed TEXT       the same seed gives the same portfolio (leitstand)
  --replace         empty a database that holds a portfolio or accounts first
`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), USAGE);
  const size = parseSize(args, DEFAULT_SIZE);
  const target = targetFromEnvironment();
  const database = await Database.open(target);
  const started = performance.now();
  try {
    await generatePortfolio(database, {
      ...size,
      seed: args.get('seed') ?? 'leitstand',
      replace: args.has('replace'),
      admin: {
        email: process.env.LEITSTAND_ADMIN_EMAIL ?? 'admin@bench.example',
        password: process.env.LEITSTAND_ADMIN_PASSWORD ?? 'bench-password',
      },
      progress: (line) => process.stderr.write(`\r${line}   `),
    });
  } finally {
    await database.close();
  }
  process.stderr.write(
    `\ngenerated ${JSON.stringify(size)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`\ngenerate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
