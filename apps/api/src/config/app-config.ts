import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MinLength,
  Min,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const RUN_MODES = ['development', 'production', 'test'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** Where the data lives: an embedded PostgreSQL (PGlite) in a directory, or a PostgreSQL server. */
export type DatabaseTarget =
  | {
      kind: 'embedded';
      /** A directory, or `memory://` for a database that lives only as long as the process. */
      dataDir: string;
      /** A snapshot (from PGlite's dumpDataDir) to start from; tests use it, the environment cannot set it. */
      snapshot?: Blob;
    }
  | {
      kind: 'server';
      url: string;
      /** The longest a statement may run; a server that does not answer at all is given up on after as long. */
      queryTimeoutMs?: number;
      /** The longest a new connection (or a free one from the pool) may take. */
      connectTimeoutMs?: number;
    };

export interface OidcConfig {
  issuer: string;
  audience: string;
  /** A claim (dotted path, e.g. 'realm_access.roles') that carries the role; else the stored person's role. */
  roleClaim?: string;
  emailClaim: string;
}

export interface AppConfig {
  mode: RunMode;
  port: number;
  host: string;
  database: DatabaseTarget;
  demo: { enabled: boolean; password: string };
  logLevel: LogLevel;
  /** The built web client served at `/`; absent in development, where Vite serves it. */
  webDir: string;
  auth: {
    sessionHours: number;
    /** Signs session tokens; when unset, one is generated and kept in the database. */
    sessionSecret?: string;
    /** The first administrator, created on an empty database without the demo. */
    admin: { email?: string; password?: string };
    oidc?: OidcConfig;
  };
  graphql: { introspection: boolean; ide: boolean };
  /** Behind a reverse proxy: take the client's address and https from X-Forwarded-* headers. */
  trustProxy: boolean;
  /** Who may read `/metrics`: with a token, whoever sends it as a bearer token; without, only this machine (loopback). */
  metrics: { token?: string };
  /** Count the SQL statements of each request into an `X-Sql-Statements` response header (for the benchmark). */
  countStatements: boolean;
  /** Where "today" is decided: milestone states and staleness follow this zone's calendar. */
  timeZone: string;
  /** The currency of all amounts. */
  currency: string;
}

/** A configuration error whose message names the variable and what it expects; printed as one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const booleanWords: Record<string, boolean> = {
  true: true,
  '1': true,
  yes: true,
  on: true,
  false: false,
  '0': false,
  no: false,
  off: false,
};

function toBoolean({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const word = booleanWords[value.trim().toLowerCase()];
  return word ?? value;
}

function toInteger({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string' || !/^\s*-?\d+\s*$/.test(value)) return value;
  return Number(value);
}

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZoneName implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    try {
      new Intl.DateTimeFormat('en', { timeZone: String(value) });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return "LEITSTAND_TIMEZONE must be an IANA time zone, e.g. 'Europe/Berlin'";
  }
}

/** The variables of the environment that Leitstand reads, with what each may hold. */
class EnvironmentVariables {
  @IsOptional()
  @IsIn(RUN_MODES, { message: `NODE_ENV must be one of ${RUN_MODES.join(', ')}` })
  NODE_ENV?: RunMode;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9.:[\]-]+$/, { message: 'HOST must be a host name or an IP address, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a PostgreSQL connection URL, e.g. postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'DATABASE_QUERY_TIMEOUT_MS must be a whole number of milliseconds between 100 and 600000' })
  @Min(100, { message: 'DATABASE_QUERY_TIMEOUT_MS must be a whole number of milliseconds between 100 and 600000' })
  @Max(600000, { message: 'DATABASE_QUERY_TIMEOUT_MS must be a whole number of milliseconds between 100 and 600000' })
  DATABASE_QUERY_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'DATABASE_CONNECT_TIMEOUT_MS must be a whole number of milliseconds between 100 and 600000' })
  @Min(100, { message: 'DATABASE_CONNECT_TIMEOUT_MS must be a whole number of milliseconds between 100 and 600000' })
  @Max(600000, {
    message: 'DATABASE_CONNECT_TIMEOUT_MS must be a whole number of milliseconds between 100 and 600000',
  })
  DATABASE_CONNECT_TIMEOUT_MS?: number;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'LEITSTAND_DATA_DIR must be a directory path or memory://' })
  LEITSTAND_DATA_DIR?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'LEITSTAND_DEMO must be true or false' })
  LEITSTAND_DEMO?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(4, { message: 'LEITSTAND_DEMO_PASSWORD must be at least 4 characters long' })
  LEITSTAND_DEMO_PASSWORD?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'LEITSTAND_WEB_DIR must be a directory path' })
  LEITSTAND_WEB_DIR?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'LEITSTAND_SESSION_HOURS must be a whole number of hours between 1 and 720' })
  @Min(1, { message: 'LEITSTAND_SESSION_HOURS must be a whole number of hours between 1 and 720' })
  @Max(720, { message: 'LEITSTAND_SESSION_HOURS must be a whole number of hours between 1 and 720' })
  LEITSTAND_SESSION_HOURS?: number;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'LEITSTAND_SESSION_SECRET must be at least 32 characters long' })
  LEITSTAND_SESSION_SECRET?: string;

  @IsOptional()
  @IsEmail({}, { message: 'LEITSTAND_ADMIN_EMAIL must be an email address' })
  LEITSTAND_ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'LEITSTAND_ADMIN_PASSWORD must be at least 10 characters long' })
  LEITSTAND_ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'OIDC_ISSUER_URL must be an http(s) URL' })
  OIDC_ISSUER_URL?: string;

  @ValidateIf((vars: EnvironmentVariables) => vars.OIDC_ISSUER_URL !== undefined)
  @IsString({
    message: 'OIDC_AUDIENCE must be set when OIDC_ISSUER_URL is set: the client id that tokens are issued for',
  })
  @MinLength(1, {
    message: 'OIDC_AUDIENCE must be set when OIDC_ISSUER_URL is set: the client id that tokens are issued for',
  })
  OIDC_AUDIENCE?: string;

  @IsOptional()
  @Matches(/^[\w-]+(\.[\w-]+)*$/, {
    message: "OIDC_ROLE_CLAIM must be a claim name or a dotted path, e.g. 'realm_access.roles'",
  })
  OIDC_ROLE_CLAIM?: string;

  @IsOptional()
  @Matches(/^[\w-]+$/, { message: 'OIDC_EMAIL_CLAIM must be a claim name' })
  OIDC_EMAIL_CLAIM?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'GRAPHQL_INTROSPECTION must be true or false' })
  GRAPHQL_INTROSPECTION?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'GRAPHQL_IDE must be true or false' })
  GRAPHQL_IDE?: boolean;

  @IsOptional()
  @IsString()
  @Validate(IsTimeZoneName)
  LEITSTAND_TIMEZONE?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'LEITSTAND_TRUST_PROXY must be true or false' })
  LEITSTAND_TRUST_PROXY?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'LEITSTAND_COUNT_STATEMENTS must be true or false' })
  LEITSTAND_COUNT_STATEMENTS?: boolean;

  @IsOptional()
  @Matches(/^[\x21-\x7e]{16,}$/, {
    message: 'LEITSTAND_METRICS_TOKEN must be at least 16 printable characters without spaces',
  })
  LEITSTAND_METRICS_TOKEN?: string;
}

const SECRET_VARIABLES = new Set([
  'DATABASE_URL',
  'LEITSTAND_DEMO_PASSWORD',
  'LEITSTAND_SESSION_SECRET',
  'LEITSTAND_ADMIN_PASSWORD',
  'LEITSTAND_METRICS_TOKEN',
]);

type Environment = Record<string, string | undefined>;

/**
 * Reads and checks the configuration once, at start-up. Empty variables count as unset.
 * Throws a ConfigError naming the first bad variable and what it expects.
 */
export function loadConfig(env: Environment = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, present, { excludeExtraneousValues: false });
  const errors = validateSync(vars, { stopAtFirstError: true });
  if (errors.length > 0) {
    const first = errors[0];
    const message = Object.values(first.constraints ?? {})[0] ?? `${first.property} is not valid`;
    // Values that can hold a password are never repeated back.
    const shown = SECRET_VARIABLES.has(first.property) ? '' : ` (got '${env[first.property]}')`;
    throw new ConfigError(`${message}${shown}`);
  }

  const database: DatabaseTarget = vars.DATABASE_URL
    ? {
        kind: 'server',
        url: vars.DATABASE_URL,
        queryTimeoutMs: vars.DATABASE_QUERY_TIMEOUT_MS ?? 15000,
        connectTimeoutMs: vars.DATABASE_CONNECT_TIMEOUT_MS ?? 5000,
      }
    : { kind: 'embedded', dataDir: vars.LEITSTAND_DATA_DIR ?? './.leitstand-data' };

  const mode = vars.NODE_ENV ?? 'production';
  return {
    mode,
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '127.0.0.1',
    database,
    // The demo portfolio is seeded by default on the embedded database only: a server is assumed to hold real data.
    demo: {
      enabled: vars.LEITSTAND_DEMO ?? database.kind === 'embedded',
      password: vars.LEITSTAND_DEMO_PASSWORD ?? 'demo',
    },
    logLevel: vars.LOG_LEVEL ?? 'info',
    webDir: vars.LEITSTAND_WEB_DIR ?? 'dist/apps/web',
    auth: {
      sessionHours: vars.LEITSTAND_SESSION_HOURS ?? 12,
      sessionSecret: vars.LEITSTAND_SESSION_SECRET,
      admin: { email: vars.LEITSTAND_ADMIN_EMAIL?.toLowerCase(), password: vars.LEITSTAND_ADMIN_PASSWORD },
      oidc: vars.OIDC_ISSUER_URL
        ? {
            issuer: vars.OIDC_ISSUER_URL,
            audience: vars.OIDC_AUDIENCE ?? '',
            roleClaim: vars.OIDC_ROLE_CLAIM,
            emailClaim: vars.OIDC_EMAIL_CLAIM ?? 'email',
          }
        : undefined,
    },
    graphql: {
      introspection: vars.GRAPHQL_INTROSPECTION ?? mode === 'development',
      ide: vars.GRAPHQL_IDE ?? mode === 'development',
    },
    trustProxy: vars.LEITSTAND_TRUST_PROXY ?? false,
    countStatements: vars.LEITSTAND_COUNT_STATEMENTS ?? false,
    metrics: { token: vars.LEITSTAND_METRICS_TOKEN },
    timeZone: vars.LEITSTAND_TIMEZONE ?? 'Europe/Berlin',
    currency: 'EUR',
  };
}

/** Where the database lives, for log lines: never the password. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === 'embedded') return `embedded PostgreSQL in ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL server ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
