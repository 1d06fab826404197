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
  ValidationArguments,
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

/** The browser's single sign-on: the authorization code flow with PKCE, as a registered client of the issuer. */
export interface OidcClientConfig {
  id: string;
  /** A confidential client's secret; a public client has none (PKCE alone protects its codes). */
  secret?: string;
  /** Where the issuer sends the browser back: this installation's /auth/oidc/callback. */
  redirectUrl: string;
  /** The sign-in button's label in German and in English; else the web client's own words. */
  label?: string;
  labelEn?: string;
}

export interface OidcConfig {
  issuer: string;
  /** The audience that bearer tokens must name; the client id where none is set. */
  audience: string;
  /** A claim (dotted path, e.g. 'realm_access.roles') that carries the role of a bearer token; else the stored person's role. */
  roleClaim?: string;
  emailClaim: string;
  /** Set where people sign in through the issuer in the browser. */
  client?: OidcClientConfig;
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
    /** Whether people may sign in with email and password; false where single sign-on is the only way. */
    localLogin: boolean;
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
  webhooks: {
    /** Whether webhook URLs may name loopback, private and link-local addresses (on-premises receivers, tests); metadata addresses never. */
    allowPrivate: boolean;
  };
  /** Seals stored secrets (webhooks' signing secrets); when unset, a key is generated and kept in the database. */
  secretsKey?: string;
  reminders: {
    /** The SMTP server, e.g. smtp://user:password@mail.stadt.example:587; without it no mail is sent and the schedule is off. */
    smtpUrl?: string;
    /** The mails' From. */
    from: string;
    /** A project in an active phase without a status report for this many days is reminded of. */
    staleAfterDays: number;
    /** The daily time (hour and minute in `timeZone`) at which due reminders go out; null for off. */
    schedule: { hour: number; minute: number } | null;
    /** This installation's address as people reach it, for the links in the mails. */
    publicUrl: string;
  };
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

const CALLBACK_PATH = '/auth/oidc/callback';
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** Whether a URL is https, or http on this machine (a provider or a client for development and tests). */
function isSecureOrLocal(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.test(url.hostname));
}

@ValidatorConstraint({ name: 'oidcRedirectUrl' })
class IsCallbackUrl implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const vars = args.object as EnvironmentVariables;
    if (vars.OIDC_CLIENT_ID === undefined) return false;
    try {
      const url = new URL(String(value));
      return isSecureOrLocal(url) && url.pathname.endsWith(CALLBACK_PATH) && !url.search && !url.hash;
    } catch {
      return false;
    }
  }
  defaultMessage(args: ValidationArguments): string {
    const vars = args.object as EnvironmentVariables;
    if (vars.OIDC_CLIENT_ID === undefined) return 'OIDC_REDIRECT_URL is set but OIDC_CLIENT_ID is not: set both';
    return `OIDC_REDIRECT_URL must be set with OIDC_CLIENT_ID: this installation's address ending in ${CALLBACK_PATH}, https (http only on localhost), e.g. https://leitstand.stadt.example${CALLBACK_PATH}`;
  }
}

@ValidatorConstraint({ name: 'oidcClientNeedsIssuer' })
class NeedsIssuer implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    const issuer = (args.object as EnvironmentVariables).OIDC_ISSUER_URL;
    if (issuer === undefined) return false;
    try {
      return isSecureOrLocal(new URL(issuer));
    } catch {
      return false;
    }
  }
  defaultMessage(args: ValidationArguments): string {
    return (args.object as EnvironmentVariables).OIDC_ISSUER_URL === undefined
      ? 'OIDC_CLIENT_ID needs OIDC_ISSUER_URL: the identity provider that people sign in with'
      : 'OIDC_ISSUER_URL must be https for sign-in in the browser (http only on localhost)';
  }
}

@ValidatorConstraint({ name: 'localLoginOff' })
class LocalLoginOffNeedsSingleSignOn implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return value !== false || (args.object as EnvironmentVariables).OIDC_CLIENT_ID !== undefined;
  }
  defaultMessage(): string {
    return 'LEITSTAND_LOCAL_LOGIN=false needs single sign-on in the browser (OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_REDIRECT_URL): else nobody could sign in';
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

  @ValidateIf((vars: EnvironmentVariables) => vars.OIDC_ISSUER_URL !== undefined && vars.OIDC_CLIENT_ID === undefined)
  @IsString({
    message:
      'OIDC_AUDIENCE (or OIDC_CLIENT_ID) must be set when OIDC_ISSUER_URL is set: the client id that tokens are issued for',
  })
  @MinLength(1, {
    message:
      'OIDC_AUDIENCE (or OIDC_CLIENT_ID) must be set when OIDC_ISSUER_URL is set: the client id that tokens are issued for',
  })
  OIDC_AUDIENCE?: string;

  @IsOptional()
  @Validate(NeedsIssuer)
  @Matches(/^[\x21-\x7e]{1,255}$/, {
    message: 'OIDC_CLIENT_ID must be the client id registered at the issuer, without spaces',
  })
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'OIDC_CLIENT_SECRET must not be empty' })
  OIDC_CLIENT_SECRET?: string;

  @ValidateIf((vars: EnvironmentVariables) => vars.OIDC_CLIENT_ID !== undefined || vars.OIDC_REDIRECT_URL !== undefined)
  @Validate(IsCallbackUrl)
  OIDC_REDIRECT_URL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^[^\n\r]{1,80}$/, { message: 'OIDC_LOGIN_LABEL must be a text of 1 to 80 characters on one line' })
  OIDC_LOGIN_LABEL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^[^\n\r]{1,80}$/, { message: 'OIDC_LOGIN_LABEL_EN must be a text of 1 to 80 characters on one line' })
  OIDC_LOGIN_LABEL_EN?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'LEITSTAND_LOCAL_LOGIN must be true or false' })
  @Validate(LocalLoginOffNeedsSingleSignOn)
  LEITSTAND_LOCAL_LOGIN?: boolean;

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
  @Transform(toBoolean)
  @IsBoolean({ message: 'LEITSTAND_WEBHOOKS_ALLOW_PRIVATE must be true or false' })
  LEITSTAND_WEBHOOKS_ALLOW_PRIVATE?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'LEITSTAND_SECRETS_KEY must be at least 32 characters long' })
  LEITSTAND_SECRETS_KEY?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, {
    message: 'LEITSTAND_SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.stadt.example:587',
  })
  LEITSTAND_SMTP_URL?: string;

  @IsOptional()
  @Matches(/^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message:
      "LEITSTAND_MAIL_FROM must be an email address, or a name with one, e.g. 'Leitstand <leitstand@stadt.example>'",
  })
  LEITSTAND_MAIL_FROM?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'LEITSTAND_REMINDER_DAYS must be a whole number of days between 1 and 365' })
  @Min(1, { message: 'LEITSTAND_REMINDER_DAYS must be a whole number of days between 1 and 365' })
  @Max(365, { message: 'LEITSTAND_REMINDER_DAYS must be a whole number of days between 1 and 365' })
  LEITSTAND_REMINDER_DAYS?: number;

  @IsOptional()
  @Matches(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, {
    message: "LEITSTAND_REMINDERS must be 'off' or a daily time as HH:MM, e.g. 08:00",
  })
  LEITSTAND_REMINDERS?: string;

  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    {
      message:
        'LEITSTAND_PUBLIC_URL must be the http(s) address that people open Leitstand at, e.g. https://leitstand.stadt.example',
    },
  )
  LEITSTAND_PUBLIC_URL?: string;

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
  'OIDC_CLIENT_SECRET',
  'LEITSTAND_SECRETS_KEY',
  'LEITSTAND_SMTP_URL',
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
            audience: vars.OIDC_AUDIENCE ?? vars.OIDC_CLIENT_ID ?? '',
            roleClaim: vars.OIDC_ROLE_CLAIM,
            emailClaim: vars.OIDC_EMAIL_CLAIM ?? 'email',
            client:
              vars.OIDC_CLIENT_ID && vars.OIDC_REDIRECT_URL
                ? {
                    id: vars.OIDC_CLIENT_ID,
                    secret: vars.OIDC_CLIENT_SECRET,
                    redirectUrl: vars.OIDC_REDIRECT_URL,
                    label: vars.OIDC_LOGIN_LABEL?.trim(),
                    labelEn: vars.OIDC_LOGIN_LABEL_EN?.trim(),
                  }
                : undefined,
          }
        : undefined,
      localLogin: vars.LEITSTAND_LOCAL_LOGIN ?? true,
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
    webhooks: { allowPrivate: vars.LEITSTAND_WEBHOOKS_ALLOW_PRIVATE ?? false },
    secretsKey: vars.LEITSTAND_SECRETS_KEY,
    reminders: {
      smtpUrl: vars.LEITSTAND_SMTP_URL,
      from: vars.LEITSTAND_MAIL_FROM ?? 'Leitstand <leitstand@localhost>',
      staleAfterDays: vars.LEITSTAND_REMINDER_DAYS ?? 30,
      schedule: reminderSchedule(vars.LEITSTAND_REMINDERS ?? '08:00'),
      publicUrl: (vars.LEITSTAND_PUBLIC_URL ?? `http://localhost:${vars.PORT ?? 3000}`).replace(/\/+$/, ''),
    },
  };
}

function reminderSchedule(value: string): { hour: number; minute: number } | null {
  if (value === 'off') return null;
  const [hour, minute] = value.split(':').map(Number);
  return { hour, minute };
}

/** Where the database lives, for log lines: never the password. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === 'embedded') return `embedded PostgreSQL in ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL server ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
