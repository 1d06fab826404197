import {
  EXPORT_LABELS,
  IMPORT_LIMITS,
  ImportChange,
  ImportErrorCode,
  ImportProblem,
  ImportReport,
  ImportRowResult,
  ImportSheet,
  InputProblemCode,
  Locale,
  PROJECT_LIMITS,
  ProjectPhase,
} from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Caller } from '../access/caller';
import { BadUserInputError, FieldProblem, LeitstandError } from '../common/errors';
import { toFieldProblems } from '../common/input-validation.pipe';
import { UnitOfWork } from '../database/unit-of-work';
import { Kpi, KpiMeasurement } from '../kpi/kpi.entity';
import { KpiService } from '../kpi/kpi.service';
import { Milestone } from '../milestone/milestone.entity';
import { MilestoneService } from '../milestone/milestone.service';
import { Department } from '../people/department.entity';
import { DepartmentsService } from '../people/departments.service';
import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.entity';
import { CreateProjectInput, UpdateProjectInput } from '../project/dto/project.input';
import { Project } from '../project/project.entity';
import { ProjectService } from '../project/project.service';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import { StrategyService } from '../strategy/strategy.service';
import { belongsTo, ColumnKey, readHeader, REQUIRED_COLUMNS, SHEET_COLUMNS, SHEET_ORDER } from './import.columns';
import { FileProblem, Table } from './import.reader';
import {
  CellValue,
  cellName,
  display,
  Read,
  readAmount,
  readDate,
  readNumber,
  readTags,
  readText,
} from './import.values';

/** A table of the file whose header has been read. */
interface KnownTable {
  sheet: ImportSheet;
  locale: Locale;
  table: Table;
  /** The position of each column the import reads. */
  position: Map<ColumnKey, number>;
}

/** One row of a table, with the means to read its cells and to note what is wrong with them. */
class Row {
  failed = false;

  constructor(
    private readonly known: KnownTable,
    readonly number: number,
    private readonly cells: CellValue[],
    private readonly problems: ImportProblem[],
  ) {}

  get sheet(): ImportSheet {
    return this.known.sheet;
  }

  has(key: ColumnKey): boolean {
    return this.known.position.has(key);
  }

  header(key: ColumnKey): string {
    const position = this.known.position.get(key);
    return position === undefined ? EXPORT_LABELS[this.known.locale].column[key] : this.known.table.header[position];
  }

  raw(key: ColumnKey): CellValue {
    const position = this.known.position.get(key);
    return position === undefined ? null : (this.cells[position] ?? null);
  }

  problem(key: ColumnKey | null, code: ImportErrorCode, message: string): void {
    this.failed = true;
    const position = key === null ? undefined : this.known.position.get(key);
    this.problems.push({
      sheet: this.known.sheet,
      row: this.number,
      column: key === null ? null : this.header(key),
      cell: position === undefined ? null : cellName(position, this.number),
      code,
      message: key === null ? message : `${this.header(key)}: ${message}`,
    });
  }

  /** The cell read as `read` reads it; a fault is noted, and reads as undefined. */
  read<T>(key: ColumnKey, read: (value: CellValue) => Read<T>): T | undefined {
    const result = read(this.raw(key));
    if (result.ok) return result.value;
    this.problem(key, result.code, result.message);
    return undefined;
  }

  text(key: ColumnKey): string | null | undefined {
    return this.read(key, readText);
  }
}

/** The people, departments and fields of action that cells name, found by what a sheet writes. */
class Directory {
  private readonly personByEmail = new Map<string, Person>();
  private readonly peopleByName = new Map<string, Person[]>();
  private readonly departmentByKey = new Map<string, Department>();
  private readonly fieldsByName = new Map<string, FieldOfAction[]>();
  readonly personById = new Map<string, Person>();
  readonly departmentById = new Map<string, Department>();
  readonly fieldById = new Map<string, FieldOfAction>();

  constructor(people: Person[], departments: Department[], fields: FieldOfAction[]) {
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
    for (const person of people) {
      this.personById.set(person.id, person);
      this.personByEmail.set(person.email.toLowerCase(), person);
      push(this.peopleByName, person.name.trim().toLowerCase(), person);
    }
    for (const department of departments) {
      this.departmentById.set(department.id, department);
      for (const key of [department.code, department.name, `${department.code} ${department.name}`])
        if (!this.departmentByKey.has(key.toLowerCase())) this.departmentByKey.set(key.toLowerCase(), department);
    }
    for (const field of fields) {
      this.fieldById.set(field.id, field);
      push(this.fieldsByName, field.name.trim().toLowerCase(), field);
    }
  }

  /** A person by email; by name too (as the export writes them) where exactly one person has it. */
  person(text: string): Read<Person> {
    const key = text.toLowerCase();
    if (key.includes('@')) {
      const person = this.personByEmail.get(key);
      return person
        ? { ok: true, value: person }
        : { ok: false, code: 'UNKNOWN_EMAIL', message: `nobody has the email address ${text}` };
    }
    const named = this.peopleByName.get(key) ?? [];
    if (named.length === 1) return { ok: true, value: named[0] };
    return named.length === 0
      ? { ok: false, code: 'UNKNOWN_PERSON', message: `nobody is called ${text}; name people by their email address` }
      : {
          ok: false,
          code: 'AMBIGUOUS_PERSON',
          message: `${named.length} people are called ${text}; give the email address`,
        };
  }

  /** A department by its code, its name, or both as the export writes them ('Amt 103 Name'). */
  department(text: string): Read<Department> {
    const department = this.departmentByKey.get(text.toLowerCase());
    return department
      ? { ok: true, value: department }
      : { ok: false, code: 'UNKNOWN_DEPARTMENT', message: `no department has the code or name ${text}` };
  }

  field(text: string): Read<FieldOfAction> {
    const fields = this.fieldsByName.get(text.toLowerCase()) ?? [];
    if (fields.length === 1) return { ok: true, value: fields[0] };
    return fields.length === 0
      ? { ok: false, code: 'UNKNOWN_FIELD', message: `no field of action is called ${text}` }
      : {
          ok: false,
          code: 'AMBIGUOUS_FIELD',
          message: `${fields.length} strategies have a field of action called ${text}`,
        };
  }
}

// ---------------------------------------------------------------- plans

/** The fields of a project that the import sets, as the services take them. */
interface ProjectValues {
  title: string;
  phase: ProjectPhase;
  fieldId: string | null;
  departmentId: string | null;
  leadId: string | null;
  sponsorId: string | null;
  startDate: string | null;
  plannedEndDate: string | null;
  forecastEndDate: string | null;
  actualEndDate: string | null;
  budgetPlanned: string | null;
  budgetSpent: string | null;
  tags: string[];
}

type ProjectField = keyof ProjectValues;

/** Each project field with its column. */
const PROJECT_FIELDS: readonly [ProjectField, ColumnKey][] = [
  ['title', 'title'],
  ['phase', 'phase'],
  ['fieldId', 'field'],
  ['departmentId', 'department'],
  ['leadId', 'lead'],
  ['sponsorId', 'sponsor'],
  ['startDate', 'startDate'],
  ['plannedEndDate', 'plannedEndDate'],
  ['forecastEndDate', 'forecastEndDate'],
  ['actualEndDate', 'actualEndDate'],
  ['budgetPlanned', 'budgetPlanned'],
  ['budgetSpent', 'budgetSpent'],
  ['tags', 'tags'],
];

const COLUMN_OF_FIELD = new Map<string, ColumnKey>([...PROJECT_FIELDS, ['code', 'code']]);

interface ProjectPlan {
  row: Row;
  code: string;
  existing: Project | null;
  /** The fields to set: all that the row gives for a new project, the changed ones for an existing one. */
  values: Partial<ProjectValues>;
  changes: ImportChange[];
}

interface MilestonePlan {
  row: Row;
  code: string;
  title: string;
  existing: Milestone | null;
  plannedDate: string;
  forecastDate: string | null | undefined;
  completedDate: string | null | undefined;
  /** What changes on an existing milestone. */
  setForecast: boolean;
  complete: boolean;
  changes: ImportChange[];
}

interface KpiPlan {
  row: Row;
  code: string;
  name: string;
  /** The key figure this row makes (the first row of a new one), or refers to. */
  existing: Kpi | null;
  creates: { unit: string; baseline: number | null; target: number | null } | null;
  /** The measurement to record; null where the row only defines the key figure or repeats what is stored. */
  measurement: { date: string; value: number; note: string | null } | null;
  changes: ImportChange[];
  action: ImportRowResult['action'];
}

interface Plan {
  projects: ProjectPlan[];
  milestones: MilestonePlan[];
  kpis: KpiPlan[];
}

/** A service refused a row of the commit (noted at the row): thrown to roll the whole transaction back. */
class Refused extends Error {}

/** The import's code for a problem that the domain's own checks (the inputs' validation, the services) found. */
const IMPORT_CODE: Partial<Record<InputProblemCode, ImportErrorCode>> = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  // The only list of a project's input is its tags.
  TOO_MANY: 'TOO_MANY_TAGS',
  BAD_FORMAT: 'INVALID_CODE',
  NEGATIVE: 'INVALID_AMOUNT',
  NOT_AMOUNT: 'INVALID_AMOUNT',
  NOT_DATE: 'INVALID_DATE',
  NOT_NUMBER: 'INVALID_NUMBER',
  BEFORE: 'DATE_ORDER',
  AFTER: 'DATE_ORDER',
  IN_FUTURE: 'DATE_IN_FUTURE',
  LIST_FULL: 'TOO_MANY_ITEMS',
  ALREADY_DONE: 'COMPLETION_FIXED',
};

const importCodeOf = (problem: FieldProblem): ImportErrorCode => IMPORT_CODE[problem.code] ?? 'REFUSED';

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * The import of a portfolio from a spreadsheet: reads the file's tables (projects, milestones, key
 * figures), matches projects by code, milestones by project code and title, key figures by project
 * code and name, and says per row what would be created or changed. A commit applies it all in one
 * unit of work through the domains' own services (their rights, their checks, their history, which
 * names the importing person), or nothing where any row is at fault.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly projects: ProjectService,
    private readonly milestones: MilestoneService,
    private readonly kpis: KpiService,
    private readonly people: PeopleService,
    private readonly departments: DepartmentsService,
    private readonly strategies: StrategyService,
  ) {}

  get currency(): string {
    return this.projects.currency;
  }

  /** A report for a file that cannot be read at all. */
  static refusedFile(problem: FileProblem, dryRun: boolean): ImportReport {
    return {
      dryRun,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [{ sheet: null, row: null, column: null, cell: null, code: problem.code, message: problem.message }],
      rows: [],
    };
  }

  async import(tables: Table[], dryRun: boolean, caller: Caller): Promise<ImportReport> {
    const problems: ImportProblem[] = [];
    const known = this.knownTables(tables, problems);
    const plan = await this.plan(known, problems);
    const report = this.report(plan, problems, dryRun);
    if (dryRun || problems.length > 0) return report;
    try {
      await this.uow.transaction(() => this.apply(plan, caller));
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      return this.report(plan, problems, dryRun);
    }
    return report;
  }

  // ---------------------------------------------------------------- tables

  private knownTables(tables: Table[], problems: ImportProblem[]): KnownTable[] {
    const fileProblem = (code: ImportErrorCode, message: string, sheet: ImportSheet | null = null) =>
      problems.push({ sheet, row: sheet ? 1 : null, column: null, cell: null, code, message });
    const known = new Map<ImportSheet, KnownTable>();
    for (const table of tables) {
      const header = readHeader(table.header);
      if (header.sheet === null) {
        // A CSV file is one table: one that is none of the export's is a mistake; a workbook's notes are not.
        if (table.name === null)
          fileProblem('NO_TABLE', 'The header row names no table of the export (projects, milestones, key figures)');
        continue;
      }
      const sheet = header.sheet;
      const named = table.name ? `the sheet '${table.name}'` : 'the file';
      const other = known.get(sheet);
      if (other) {
        fileProblem(
          'DUPLICATE_TABLE',
          `Both '${other.table.name ?? ''}' and '${table.name ?? ''}' hold ${sheet}; put them into one sheet`,
          sheet,
        );
        continue;
      }
      const limit = sheet === 'projects' ? IMPORT_LIMITS.projectRows : IMPORT_LIMITS.otherRows;
      if (table.rows.length > limit) {
        fileProblem(
          'TOO_MANY_ROWS',
          `${named} has ${table.rows.length} rows of ${sheet}; at most ${limit} are taken`,
          sheet,
        );
        continue;
      }
      const position = new Map<ColumnKey, number>();
      let fine = true;
      header.keys.forEach((key, index) => {
        const text = table.header[index];
        const cell = cellName(index, 1);
        if (key === null || !belongsTo(sheet, key)) {
          if (text === '' && table.rows.every((row) => row.cells[index] === null || row.cells[index] === undefined))
            return;
          fine = false;
          problems.push({
            sheet,
            row: 1,
            column: text,
            cell,
            code: 'UNKNOWN_COLUMN',
            message: `'${text}' is no column of the export's ${sheet}; the import takes ${SHEET_COLUMNS[sheet].read
              .map((k) => EXPORT_LABELS[header.locale].column[k])
              .join(', ')}`,
          });
        } else if (position.has(key)) {
          fine = false;
          problems.push({
            sheet,
            row: 1,
            column: text,
            cell,
            code: 'DUPLICATE_COLUMN',
            message: `'${text}' appears twice`,
          });
        } else if (SHEET_COLUMNS[sheet].read.includes(key)) position.set(key, index);
      });
      for (const key of REQUIRED_COLUMNS[sheet])
        if (!position.has(key)) {
          fine = false;
          const text = EXPORT_LABELS[header.locale].column[key];
          problems.push({
            sheet,
            row: 1,
            column: text,
            cell: null,
            code: 'MISSING_COLUMN',
            message: `the column '${text}' is missing`,
          });
        }
      if (fine) known.set(sheet, { sheet, locale: header.locale, table, position });
    }
    if (known.size === 0 && problems.length === 0)
      fileProblem(
        'NO_TABLE',
        'The file has no sheet with the headers of the export (projects, milestones, key figures)',
      );
    return SHEET_ORDER.flatMap((sheet) => known.get(sheet) ?? []);
  }

  // ---------------------------------------------------------------- planning

  private async plan(tables: KnownTable[], problems: ImportProblem[]): Promise<Plan> {
    const rows = (sheet: ImportSheet) => {
      const known = tables.find((table) => table.sheet === sheet);
      return known ? known.table.rows.map((row) => new Row(known, row.number, row.cells, problems)) : [];
    };
    const localeOf = (sheet: ImportSheet) => tables.find((table) => table.sheet === sheet)?.locale ?? 'de';
    const projectRows = rows('projects');
    const milestoneRows = rows('milestones');
    const kpiRows = rows('kpis');
    const codes = [...projectRows, ...milestoneRows, ...kpiRows].flatMap((row) => {
      const code = row.raw('code');
      return typeof code === 'string' || typeof code === 'number' ? [String(code).trim()] : [];
    });
    const stored = new Map(
      (await this.projects.byCodes(codes)).map((project) => [project.code.toLowerCase(), project]),
    );
    const directory = projectRows.length ? await this.directory() : new Directory([], [], []);
    const projects = this.planProjects(projectRows, localeOf('projects'), stored, directory);
    const known = new Set([...stored.keys(), ...projects.map((plan) => plan.code.toLowerCase())]);
    const storedIds = [...stored.values()].map((project) => project.id);
    const milestones = milestoneRows.length
      ? this.planMilestones(
          milestoneRows,
          localeOf('milestones'),
          stored,
          known,
          await this.milestones.byProjects(storedIds),
        )
      : [];
    let kpis: KpiPlan[] = [];
    if (kpiRows.length) {
      const storedKpis = await this.kpis.byProjects(storedIds);
      const measurements = await this.kpis.measurementsOf(storedKpis.map((kpi) => kpi.id));
      kpis = this.planKpis(kpiRows, localeOf('kpis'), stored, known, storedKpis, measurements);
    }
    return { projects, milestones, kpis };
  }

  private async directory(): Promise<Directory> {
    const strategies = await this.strategies.all();
    const fields = strategies.length ? await this.strategies.fieldsOf(strategies.map((strategy) => strategy.id)) : [];
    return new Directory(await this.people.all(), await this.departments.all(), fields);
  }

  /** The row's project code, which every row needs. */
  private codeOf(row: Row): string | undefined {
    const code = row.text('code');
    if (code === undefined) return undefined;
    if (code === null) {
      row.problem('code', 'REQUIRED', 'every row needs the project code');
      return undefined;
    }
    return code;
  }

  private planProjects(rows: Row[], locale: Locale, stored: Map<string, Project>, directory: Directory): ProjectPlan[] {
    const labels = EXPORT_LABELS[locale];
    const phaseByText = new Map<string, ProjectPhase>();
    for (const phase of Object.values(ProjectPhase))
      for (const text of [phase, EXPORT_LABELS.de.phase[phase], EXPORT_LABELS.en.phase[phase]])
        phaseByText.set(text.toLowerCase(), phase);
    const firstRow = new Map<string, number>();
    const plans: ProjectPlan[] = [];
    for (const row of rows) {
      const code = this.codeOf(row);
      if (code === undefined) continue;
      const first = firstRow.get(code.toLowerCase());
      if (first !== undefined) {
        row.problem('code', 'DUPLICATE_CODE', `${code} is in row ${first} already`);
        continue;
      }
      firstRow.set(code.toLowerCase(), row.number);
      const existing = stored.get(code.toLowerCase()) ?? null;
      const given: Partial<ProjectValues> = {};
      const reference = <T extends { id: string }>(key: ColumnKey, find: (text: string) => Read<T>) => {
        const text = row.text(key);
        if (text === undefined) return undefined;
        if (text === null) return null;
        const found = find(text);
        if (found.ok) return found.value.id;
        row.problem(key, found.code, found.message);
        return undefined;
      };
      if (row.has('title')) {
        // A project always has a title and a phase: an empty cell keeps them as they are.
        const title = row.text('title');
        if (title) given.title = title;
      }
      if (row.has('phase')) {
        const text = row.text('phase');
        if (text) {
          const phase = phaseByText.get(text.toLowerCase());
          if (phase) given.phase = phase;
          else row.problem('phase', 'UNKNOWN_PHASE', `'${text}' is none of ${Object.values(labels.phase).join(', ')}`);
        }
      }
      const refs: [ProjectField, ColumnKey, (text: string) => Read<{ id: string }>][] = [
        ['fieldId', 'field', (text) => directory.field(text)],
        ['departmentId', 'department', (text) => directory.department(text)],
        ['leadId', 'lead', (text) => directory.person(text)],
        ['sponsorId', 'sponsor', (text) => directory.person(text)],
      ];
      for (const [field, key, find] of refs) {
        if (!row.has(key)) continue;
        const id = reference(key, find);
        if (id !== undefined) (given as Record<string, unknown>)[field] = id;
      }
      for (const [field, key] of [
        ['startDate', 'startDate'],
        ['plannedEndDate', 'plannedEndDate'],
        ['forecastEndDate', 'forecastEndDate'],
        ['actualEndDate', 'actualEndDate'],
      ] as const) {
        if (!row.has(key)) continue;
        const date = row.read(key, (value) => readDate(value, locale));
        if (date !== undefined) given[field] = date;
      }
      for (const [field, key] of [
        ['budgetPlanned', 'budgetPlanned'],
        ['budgetSpent', 'budgetSpent'],
      ] as const) {
        if (!row.has(key)) continue;
        const amount = row.read(key, (value) => readAmount(value, locale));
        if (amount !== undefined) given[field] = amount;
      }
      if (row.has('currency')) {
        const currency = row.text('currency');
        if (currency && currency.toUpperCase() !== this.currency)
          row.problem('currency', 'WRONG_CURRENCY', `amounts are kept in ${this.currency}, not ${currency}`);
      }
      if (row.has('tags')) {
        const tags = row.read('tags', readTags);
        if (tags !== undefined) given.tags = tags;
      }
      if (!existing && given.title === undefined && !row.failed)
        row.problem('title', 'REQUIRED', 'a new project needs a title');

      // The fields that change: for a new project all that are given, for one that exists those that differ.
      const values: Partial<ProjectValues> = {};
      for (const [field] of PROJECT_FIELDS) {
        if (!(field in given)) continue;
        const value = given[field];
        const before = existing ? existing[field] : null;
        const same =
          field === 'tags'
            ? sameTags((value as string[]) ?? [], (before as string[] | null) ?? [])
            : (value ?? null) === (before ?? null);
        if (!same || (!existing && value !== null && !(field === 'tags' && (value as string[]).length === 0)))
          (values as Record<string, unknown>)[field] = value;
      }
      if (!row.failed) this.checkProject(row, code, existing, values);
      const describe = (field: ProjectField, value: unknown): string | null =>
        this.describeProjectValue(field, value, locale, directory);
      const changes = (Object.keys(values) as ProjectField[]).map((field) => ({
        column: row.header(COLUMN_OF_FIELD.get(field)!),
        from: existing ? describe(field, existing[field]) : null,
        to: describe(field, values[field]),
      }));
      plans.push({ row, code: existing?.code ?? code, existing, values, changes });
    }
    return plans;
  }

  /** The same rules as the GraphQL inputs (their class-validator checks) and the dates' order. */
  private checkProject(row: Row, code: string, existing: Project | null, values: Partial<ProjectValues>): void {
    // A new project's end dates beyond the plan and its spending are no fields of CreateProjectInput: the service takes them besides.
    const input = existing
      ? plainToInstance(UpdateProjectInput, { id: existing.id, expectedVersion: existing.version, ...values })
      : plainToInstance(CreateProjectInput, { code, ...values });
    for (const problem of toFieldProblems(validateSync(input, { whitelist: true, forbidNonWhitelisted: false }), ''))
      row.problem(COLUMN_OF_FIELD.get(problem.path) ?? null, importCodeOf(problem), problem.message);
    const merged = { ...(existing ?? {}), ...values } as Partial<ProjectValues>;
    if (merged.startDate)
      for (const field of ['plannedEndDate', 'forecastEndDate', 'actualEndDate'] as const) {
        const end = merged[field];
        if (end && end < merged.startDate && (field in values || 'startDate' in values))
          row.problem(COLUMN_OF_FIELD.get(field)!, 'DATE_ORDER', `must not be before the start (${merged.startDate})`);
      }
  }

  private describeProjectValue(
    field: ProjectField,
    value: unknown,
    locale: Locale,
    directory: Directory,
  ): string | null {
    if (value === null || value === undefined) return null;
    switch (field) {
      case 'phase':
        return EXPORT_LABELS[locale].phase[value as ProjectPhase];
      case 'fieldId':
        return directory.fieldById.get(value as string)?.name ?? String(value);
      case 'departmentId': {
        const department = directory.departmentById.get(value as string);
        return department ? `${department.code} ${department.name}` : String(value);
      }
      case 'leadId':
      case 'sponsorId': {
        const person = directory.personById.get(value as string);
        return person ? `${person.name} <${person.email}>` : String(value);
      }
      case 'startDate':
      case 'plannedEndDate':
      case 'forecastEndDate':
      case 'actualEndDate':
        return display.date(value as string, locale);
      case 'budgetPlanned':
      case 'budgetSpent':
        return display.amount(value as string, locale, this.currency);
      case 'tags':
        return (value as string[]).length ? (value as string[]).join(', ') : null;
      default:
        return String(value);
    }
  }

  /** Whether the row's project exists or comes with the file; notes it where neither. */
  private projectKnown(row: Row, code: string, known: Set<string>): boolean {
    if (known.has(code.toLowerCase())) return true;
    row.problem(
      'code',
      'UNKNOWN_PROJECT',
      `no project has the code ${code}, neither stored nor in the file's projects`,
    );
    return false;
  }

  private planMilestones(
    rows: Row[],
    locale: Locale,
    stored: Map<string, Project>,
    known: Set<string>,
    storedMilestones: Milestone[],
  ): MilestonePlan[] {
    const byProject = new Map<string, Milestone[]>();
    for (const milestone of storedMilestones)
      byProject.set(milestone.projectId, [...(byProject.get(milestone.projectId) ?? []), milestone]);
    const firstRow = new Map<string, number>();
    const added = new Map<string, number>();
    const plans: MilestonePlan[] = [];
    const date = (value: CellValue) => readDate(value, locale);
    for (const row of rows) {
      const code = this.codeOf(row);
      const title = row.text('milestone');
      if (title === null) row.problem('milestone', 'REQUIRED', 'every milestone needs a title');
      else if (title !== undefined && title.length > 200)
        row.problem('milestone', 'TOO_LONG', 'must be at most 200 characters');
      if (code === undefined || !title || row.failed || !this.projectKnown(row, code, known)) continue;
      const key = `${code.toLowerCase()}\u0000${title}`;
      const first = firstRow.get(key);
      if (first !== undefined) {
        row.problem('milestone', 'DUPLICATE_ROW', `the milestone '${title}' of ${code} is in row ${first} already`);
        continue;
      }
      firstRow.set(key, row.number);
      const project = stored.get(code.toLowerCase());
      const existing = (project && byProject.get(project.id)?.find((milestone) => milestone.title === title)) ?? null;
      const plannedDate = row.read('milestonePlanned', date);
      const forecastDate = row.has('milestoneForecast') ? row.read('milestoneForecast', date) : undefined;
      const completedDate = row.has('milestoneCompleted') ? row.read('milestoneCompleted', date) : undefined;
      if (plannedDate === null) row.problem('milestonePlanned', 'REQUIRED', 'every milestone needs its planned date');
      if (row.failed || !plannedDate) continue;
      const show = (iso: string | null | undefined) => display.date(iso ?? null, locale);
      const changes: ImportChange[] = [];
      const plan: MilestonePlan = {
        row,
        code: project?.code ?? code,
        title,
        existing,
        plannedDate,
        forecastDate,
        completedDate,
        setForecast: false,
        complete: false,
        changes,
      };
      if (!existing) {
        const count = (added.get(code.toLowerCase()) ?? (project ? (byProject.get(project.id)?.length ?? 0) : 0)) + 1;
        added.set(code.toLowerCase(), count);
        if (count > PROJECT_LIMITS.milestones) {
          row.problem('milestone', 'TOO_MANY_ITEMS', `a project has at most ${PROJECT_LIMITS.milestones} milestones`);
          continue;
        }
        changes.push({ column: row.header('milestonePlanned'), from: null, to: show(plannedDate) });
        if (forecastDate) changes.push({ column: row.header('milestoneForecast'), from: null, to: show(forecastDate) });
        if (completedDate)
          changes.push({ column: row.header('milestoneCompleted'), from: null, to: show(completedDate) });
      } else {
        if (plannedDate !== existing.plannedDate)
          row.problem(
            'milestonePlanned',
            'BASELINE_FIXED',
            `the baseline ${show(existing.plannedDate)} moves only by a re-baseline with its reason (rebaselineMilestone), not by an import; change the forecast instead`,
          );
        if (forecastDate !== undefined && forecastDate !== existing.forecastDate) {
          plan.setForecast = true;
          changes.push({
            column: row.header('milestoneForecast'),
            from: show(existing.forecastDate),
            to: show(forecastDate),
          });
        }
        if (completedDate !== undefined && completedDate !== existing.completedDate) {
          if (existing.completedDate !== null)
            row.problem(
              'milestoneCompleted',
              'COMPLETION_FIXED',
              `the milestone was completed on ${show(existing.completedDate)}; that stays`,
            );
          else {
            plan.complete = true;
            changes.push({ column: row.header('milestoneCompleted'), from: null, to: show(completedDate) });
          }
        }
      }
      if (!row.failed) plans.push(plan);
    }
    return plans;
  }

  private planKpis(
    rows: Row[],
    locale: Locale,
    stored: Map<string, Project>,
    known: Set<string>,
    storedKpis: Kpi[],
    storedMeasurements: KpiMeasurement[],
  ): KpiPlan[] {
    const kpiByKey = new Map<string, Kpi>();
    const projectCodeById = new Map([...stored.values()].map((project) => [project.id, project.code.toLowerCase()]));
    const kpisPerProject = new Map<string, number>();
    for (const kpi of storedKpis) {
      const code = projectCodeById.get(kpi.projectId)!;
      kpiByKey.set(`${code}\u0000${kpi.name}`, kpi);
      kpisPerProject.set(code, (kpisPerProject.get(code) ?? 0) + 1);
    }
    const measurementOf = new Map(storedMeasurements.map((m) => [`${m.kpiId}\u0000${m.date}`, m]));
    const measurementCount = new Map<string, number>();
    for (const m of storedMeasurements) measurementCount.set(m.kpiId, (measurementCount.get(m.kpiId) ?? 0) + 1);
    /** The definition each key figure has in the file (its first row), by key. */
    const defined = new Map<
      string,
      { row: number; unit: string | null; baseline: number | null; target: number | null }
    >();
    const seenDates = new Map<string, number>();
    const today = this.milestones.today();
    const number = (value: CellValue) => readNumber(value, locale);
    const plans: KpiPlan[] = [];
    for (const row of rows) {
      const code = this.codeOf(row);
      const name = row.text('kpi');
      if (name === null) row.problem('kpi', 'REQUIRED', 'every row needs the name of the key figure');
      else if (name !== undefined && name.length > 200)
        row.problem('kpi', 'TOO_LONG', 'must be at most 200 characters');
      const unit = row.has('kpiUnit') ? row.text('kpiUnit') : null;
      if (unit && unit.length > 50) row.problem('kpiUnit', 'TOO_LONG', 'must be at most 50 characters');
      const baseline = row.has('kpiBaseline') ? row.read('kpiBaseline', number) : null;
      const target = row.has('kpiTarget') ? row.read('kpiTarget', number) : null;
      const date = row.has('kpiDate') ? row.read('kpiDate', (value) => readDate(value, locale)) : null;
      const value = row.has('kpiValue') ? row.read('kpiValue', number) : null;
      const note = row.has('kpiNote') ? row.text('kpiNote') : null;
      if (note && note.length > 1000) row.problem('kpiNote', 'TOO_LONG', 'must be at most 1000 characters');
      if (code === undefined || !name || row.failed || !this.projectKnown(row, code, known)) continue;
      if ((date === null) !== (value === null)) {
        row.problem(
          date === null ? 'kpiDate' : 'kpiValue',
          'REQUIRED',
          'a measurement needs both its date and its value',
        );
        continue;
      }
      if (date && date > today) {
        row.problem('kpiDate', 'DATE_IN_FUTURE', 'a measurement cannot be dated after today');
        continue;
      }
      const key = `${code.toLowerCase()}\u0000${name}`;
      const existing = kpiByKey.get(key) ?? null;
      const definition = { row: row.number, unit: unit ?? null, baseline: baseline ?? null, target: target ?? null };
      const first = defined.get(key);
      const changes: ImportChange[] = [];
      let creates: KpiPlan['creates'] = null;
      const against = existing ?? first;
      if (against) {
        // A key figure's unit, baseline and target are set when it is made; every row must agree with them.
        const where = existing ? 'stored' : `in row ${first!.row}`;
        if (unit !== undefined && unit !== null && unit !== against.unit)
          row.problem('kpiUnit', 'KPI_FIXED', `the key figure's unit is ${against.unit ?? '–'} (${where})`);
        for (const [column, given, held] of [
          ['kpiBaseline', baseline, against.baseline],
          ['kpiTarget', target, against.target],
        ] as const)
          if (given !== undefined && given !== null && given !== held)
            row.problem(
              column,
              'KPI_FIXED',
              `the key figure's value here is ${display.number(held, locale) ?? '–'} (${where})`,
            );
      } else {
        if (!unit) {
          row.problem('kpiUnit', 'REQUIRED', 'a new key figure needs its unit');
          continue;
        }
        const count = (kpisPerProject.get(code.toLowerCase()) ?? 0) + 1;
        kpisPerProject.set(code.toLowerCase(), count);
        if (count > PROJECT_LIMITS.kpis) {
          row.problem('kpi', 'TOO_MANY_ITEMS', `a project has at most ${PROJECT_LIMITS.kpis} key figures`);
          continue;
        }
        defined.set(key, definition);
        creates = { unit, baseline: baseline ?? null, target: target ?? null };
        changes.push({ column: row.header('kpiUnit'), from: null, to: unit });
        if (creates.baseline !== null)
          changes.push({ column: row.header('kpiBaseline'), from: null, to: display.number(creates.baseline, locale) });
        if (creates.target !== null)
          changes.push({ column: row.header('kpiTarget'), from: null, to: display.number(creates.target, locale) });
      }
      if (row.failed) continue;
      let measurement: KpiPlan['measurement'] = null;
      let action: ImportRowResult['action'] = creates ? 'create' : 'unchanged';
      if (date && value !== null && value !== undefined) {
        const dateKey = `${key}\u0000${date}`;
        const firstDate = seenDates.get(dateKey);
        if (firstDate !== undefined) {
          row.problem(
            'kpiDate',
            'DUPLICATE_ROW',
            `the measurement of ${display.date(date, locale)} is in row ${firstDate} already`,
          );
          continue;
        }
        seenDates.set(dateKey, row.number);
        const before = existing ? measurementOf.get(`${existing.id}\u0000${date}`) : undefined;
        const column = `${row.header('kpiValue')} ${display.date(date, locale)}`;
        if (!before) {
          const id = existing?.id ?? key;
          const count = (measurementCount.get(id) ?? 0) + 1;
          measurementCount.set(id, count);
          if (count > PROJECT_LIMITS.measurements) {
            row.problem(
              'kpiDate',
              'TOO_MANY_ITEMS',
              `a key figure has at most ${PROJECT_LIMITS.measurements} measurements`,
            );
            continue;
          }
          measurement = { date, value, note: note ?? null };
          changes.push({ column, from: null, to: display.number(value, locale) });
          action = 'create';
        } else if (before.value !== value || (before.note ?? null) !== (note ?? null)) {
          measurement = { date, value, note: note ?? null };
          if (before.value !== value)
            changes.push({ column, from: display.number(before.value, locale), to: display.number(value, locale) });
          if ((before.note ?? null) !== (note ?? null))
            changes.push({ column: row.header('kpiNote'), from: before.note ?? null, to: note ?? null });
          if (action !== 'create') action = 'update';
        }
      }
      plans.push({
        row,
        code: stored.get(code.toLowerCase())?.code ?? code,
        name,
        existing,
        creates,
        measurement,
        changes,
        action,
      });
    }
    return plans;
  }

  // ---------------------------------------------------------------- the answer

  private report(plan: Plan, problems: ImportProblem[], dryRun: boolean): ImportReport {
    const rows: ImportRowResult[] = [];
    const failedRows = new Set(problems.map((problem) => `${problem.sheet}\u0000${problem.row}`));
    const failed = (sheet: ImportSheet, row: number) => failedRows.has(`${sheet}\u0000${row}`);
    for (const p of plan.projects)
      rows.push({
        sheet: 'projects',
        row: p.row.number,
        key: p.code,
        action: failed('projects', p.row.number)
          ? 'error'
          : !p.existing
            ? 'create'
            : p.changes.length
              ? 'update'
              : 'unchanged',
        changes: p.changes,
      });
    for (const m of plan.milestones)
      rows.push({
        sheet: 'milestones',
        row: m.row.number,
        key: `${m.code} · ${m.title}`,
        action: failed('milestones', m.row.number)
          ? 'error'
          : !m.existing
            ? 'create'
            : m.changes.length
              ? 'update'
              : 'unchanged',
        changes: m.changes,
      });
    for (const k of plan.kpis)
      rows.push({
        sheet: 'kpis',
        row: k.row.number,
        key: `${k.code} · ${k.name}`,
        action: failed('kpis', k.row.number) ? 'error' : k.action,
        changes: k.changes,
      });
    // Rows refused before a plan was made appear with their problems too.
    const planned = new Set(rows.map((row) => `${row.sheet}\u0000${row.row}`));
    for (const problem of problems)
      if (problem.sheet && problem.row && problem.row > 1 && !planned.has(`${problem.sheet}\u0000${problem.row}`)) {
        planned.add(`${problem.sheet}\u0000${problem.row}`);
        rows.push({ sheet: problem.sheet, row: problem.row, key: '', action: 'error', changes: [] });
      }
    const order = (sheet: ImportSheet) => SHEET_ORDER.indexOf(sheet);
    rows.sort((a, b) => order(a.sheet) - order(b.sheet) || a.row - b.row);
    const count = (action: ImportRowResult['action']) => rows.filter((row) => row.action === action).length;
    return {
      dryRun,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      errors: [...problems].sort(
        (a, b) => order(a.sheet ?? 'projects') - order(b.sheet ?? 'projects') || (a.row ?? 0) - (b.row ?? 0),
      ),
      rows,
    };
  }

  // ---------------------------------------------------------------- applying

  /** Applies the plan through the services, row by row; the first refusal rolls everything back. */
  private async apply(plan: Plan, caller: Caller): Promise<void> {
    const idByCode = new Map<string, string>();
    const attempt = async (row: Row, fieldColumn: (path: string) => ColumnKey | null, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        if (!(error instanceof LeitstandError)) throw error;
        if (error instanceof BadUserInputError)
          for (const field of error.fields) row.problem(fieldColumn(field.path), importCodeOf(field), field.message);
        else row.problem(null, 'REFUSED', error.message);
        throw new Refused();
      }
    };
    const projectColumn = (path: string) => COLUMN_OF_FIELD.get(path.replace(/^input\./, '')) ?? null;
    for (const p of plan.projects) {
      if (p.existing) idByCode.set(p.code.toLowerCase(), p.existing.id);
      if (p.existing && p.changes.length === 0) continue;
      await attempt(p.row, projectColumn, async () => {
        if (p.existing) {
          await this.projects.update(
            { id: p.existing.id, expectedVersion: p.existing.version, ...p.values } as UpdateProjectInput,
            caller,
          );
        } else {
          const created = await this.projects.create(
            { code: p.code, ...p.values } as CreateProjectInput & Partial<Project>,
            caller,
          );
          idByCode.set(p.code.toLowerCase(), created.id);
        }
      });
    }
    const projectId = async (code: string) => {
      const known = idByCode.get(code.toLowerCase());
      if (known) return known;
      const [project] = await this.projects.byCodes([code]);
      idByCode.set(code.toLowerCase(), project.id);
      return project.id;
    };
    const milestoneColumn = (path: string): ColumnKey | null =>
      path.endsWith('forecastDate')
        ? 'milestoneForecast'
        : path.endsWith('plannedDate')
          ? 'milestonePlanned'
          : path === 'id' || path.endsWith('completedDate')
            ? 'milestoneCompleted'
            : path.endsWith('title')
              ? 'milestone'
              : null;
    for (const m of plan.milestones) {
      if (m.existing && m.changes.length === 0) continue;
      await attempt(m.row, milestoneColumn, async () => {
        if (!m.existing) {
          await this.milestones.create(
            {
              projectId: await projectId(m.code),
              title: m.title,
              plannedDate: m.plannedDate,
              forecastDate: m.forecastDate ?? null,
              completedDate: m.completedDate ?? null,
            },
            caller,
          );
          return;
        }
        let version = m.existing.version;
        if (m.setForecast)
          version = (
            await this.milestones.update(
              { id: m.existing.id, expectedVersion: version, forecastDate: m.forecastDate ?? null },
              caller,
            )
          ).version;
        if (m.complete) await this.milestones.complete(m.existing.id, version, m.completedDate, caller);
      });
    }
    const kpiColumn = (path: string): ColumnKey | null =>
      path.endsWith('date')
        ? 'kpiDate'
        : path.endsWith('value')
          ? 'kpiValue'
          : path.endsWith('note')
            ? 'kpiNote'
            : path.endsWith('unit')
              ? 'kpiUnit'
              : path.endsWith('name')
                ? 'kpi'
                : null;
    const kpiIdByKey = new Map<string, string>();
    for (const k of plan.kpis) {
      const key = `${k.code.toLowerCase()}\u0000${k.name}`;
      if (k.existing) kpiIdByKey.set(key, k.existing.id);
      if (!k.creates && !k.measurement) continue;
      await attempt(k.row, kpiColumn, async () => {
        if (k.creates) {
          const kpi = await this.kpis.create(
            { projectId: await projectId(k.code), name: k.name, ...k.creates },
            caller,
          );
          kpiIdByKey.set(key, kpi.id);
        }
        if (k.measurement) await this.kpis.record({ kpiId: kpiIdByKey.get(key)!, ...k.measurement }, caller);
      });
    }
  }
}
