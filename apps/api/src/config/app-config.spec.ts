import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on the embedded database at 127.0.0.1:3000 with the demo when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'production',
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir: './.leitstand-data' },
      demo: { enabled: true, password: 'demo' },
      logLevel: 'info',
    });
  });

  it('uses the PostgreSQL server of DATABASE_URL, without the demo unless asked for', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/test';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({
      database: { kind: 'server', url },
      demo: { enabled: false },
    });
    expect(loadConfig({ DATABASE_URL: url, LEITSTAND_DEMO: 'true' }).demo.enabled).toBe(true);
  });

  it('gives up on a PostgreSQL server after 15 s for a statement and 5 s for a connection, unless told otherwise', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/test';
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({
      kind: 'server',
      url,
      queryTimeoutMs: 15000,
      connectTimeoutMs: 5000,
    });
    expect(
      loadConfig({ DATABASE_URL: url, DATABASE_QUERY_TIMEOUT_MS: '2500', DATABASE_CONNECT_TIMEOUT_MS: '800' }).database,
    ).toMatchObject({ queryTimeoutMs: 2500, connectTimeoutMs: 800 });
    expect(() => loadConfig({ DATABASE_URL: url, DATABASE_QUERY_TIMEOUT_MS: '15s' })).toThrow(
      "DATABASE_QUERY_TIMEOUT_MS must be a whole number of milliseconds between 100 and 600000 (got '15s')",
    );
  });

  it('takes the settings it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      LEITSTAND_DATA_DIR: '/var/lib/leitstand',
      LEITSTAND_DEMO: 'off',
      LEITSTAND_DEMO_PASSWORD: 'geheim',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'development',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'embedded', dataDir: '/var/lib/leitstand' },
      demo: { enabled: false, password: 'geheim' },
      logLevel: 'debug',
      mode: 'development',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({ port: 3000, database: { kind: 'embedded' } });
  });

  it.each([
    ['PORT', 'abc', "PORT must be a whole number between 1 and 65535 (got 'abc')"],
    ['PORT', '70000', "PORT must be a whole number between 1 and 65535 (got '70000')"],
    ['PORT', '80.5', "PORT must be a whole number between 1 and 65535 (got '80.5')"],
    ['DATABASE_URL', 'mysql://x@y/z', 'DATABASE_URL must be a PostgreSQL connection URL'],
    ['LEITSTAND_DEMO', 'maybe', "LEITSTAND_DEMO must be true or false (got 'maybe')"],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, production, test'],
    ['HOST', 'local host', 'HOST must be a host name or an IP address'],
    ['LEITSTAND_DEMO_PASSWORD', 'abc', 'LEITSTAND_DEMO_PASSWORD must be at least 4 characters long'],
    ['LEITSTAND_METRICS_TOKEN', 'short', 'LEITSTAND_METRICS_TOKEN must be at least 16 printable characters'],
    ['LEITSTAND_METRICS_TOKEN', 'sixteen chars ok', 'LEITSTAND_METRICS_TOKEN must be at least 16 printable characters'],
  ])('refuses %s=%s with a message that names the variable', (name, value, message) => {
    const load = () => loadConfig({ [name]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it('never repeats a value that can hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/leitstand' })).toThrow(
      /^DATABASE_URL must be a PostgreSQL connection URL, e\.g\. postgres:\/\/user:password@host:5432\/database$/,
    );
    expect(() => loadConfig({ LEITSTAND_METRICS_TOKEN: 's3cret' })).toThrow(
      /^LEITSTAND_METRICS_TOKEN must be at least 16 printable characters without spaces$/,
    );
  });

  it('answers /metrics to a bearer token when LEITSTAND_METRICS_TOKEN is set, else to this machine only', () => {
    expect(loadConfig({}).metrics).toEqual({ token: undefined });
    expect(loadConfig({ LEITSTAND_METRICS_TOKEN: 'a-long-metrics-token' }).metrics).toEqual({
      token: 'a-long-metrics-token',
    });
  });

  describe('single sign-on in the browser', () => {
    const issuer = 'https://login.stadt.example/realms/stadt';
    const browser = {
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: 'leitstand',
      OIDC_REDIRECT_URL: 'https://leitstand.stadt.example/auth/oidc/callback',
    };

    it('is off, with local sign-in on, when nothing is set', () => {
      const { auth } = loadConfig({});
      expect(auth.oidc).toBeUndefined();
      expect(auth.localLogin).toBe(true);
    });

    it('is a public client without a secret, a confidential one with it; the client id is the audience', () => {
      expect(loadConfig(browser).auth.oidc).toMatchObject({
        issuer,
        audience: 'leitstand',
        client: { id: 'leitstand', secret: undefined, redirectUrl: browser.OIDC_REDIRECT_URL },
      });
      expect(loadConfig({ ...browser, OIDC_CLIENT_SECRET: 'geheim' }).auth.oidc?.client?.secret).toBe('geheim');
      expect(loadConfig({ ...browser, OIDC_AUDIENCE: 'api' }).auth.oidc?.audience).toBe('api');
    });

    it('takes the button labels and can switch local sign-in off', () => {
      const { auth } = loadConfig({
        ...browser,
        OIDC_LOGIN_LABEL: 'Mit dem Dienstkonto anmelden',
        OIDC_LOGIN_LABEL_EN: 'Sign in with your work account',
        LEITSTAND_LOCAL_LOGIN: 'false',
      });
      expect(auth.oidc?.client).toMatchObject({
        label: 'Mit dem Dienstkonto anmelden',
        labelEn: 'Sign in with your work account',
      });
      expect(auth.localLogin).toBe(false);
    });

    it.each([
      [{ OIDC_CLIENT_ID: 'leitstand' }, 'OIDC_CLIENT_ID needs OIDC_ISSUER_URL'],
      [{ ...browser, OIDC_REDIRECT_URL: '' }, 'OIDC_REDIRECT_URL must be set with OIDC_CLIENT_ID'],
      [{ ...browser, OIDC_REDIRECT_URL: 'https://leitstand.stadt.example/' }, 'ending in /auth/oidc/callback'],
      [
        { ...browser, OIDC_REDIRECT_URL: 'http://leitstand.stadt.example/auth/oidc/callback' },
        'OIDC_REDIRECT_URL must be set with OIDC_CLIENT_ID',
      ],
      [{ ...browser, OIDC_ISSUER_URL: 'http://login.stadt.example' }, 'OIDC_ISSUER_URL must be https'],
      [{ OIDC_REDIRECT_URL: browser.OIDC_REDIRECT_URL }, 'OIDC_REDIRECT_URL is set but OIDC_CLIENT_ID is not'],
      [{ LEITSTAND_LOCAL_LOGIN: 'false' }, 'LEITSTAND_LOCAL_LOGIN=false needs single sign-on'],
      [{ LEITSTAND_LOCAL_LOGIN: 'nein' }, 'LEITSTAND_LOCAL_LOGIN must be true or false'],
      [{ ...browser, OIDC_LOGIN_LABEL: 'x'.repeat(81) }, 'OIDC_LOGIN_LABEL must be a text of 1 to 80 characters'],
    ])('refuses %j with a message that names the variable', (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('accepts http on this machine, for a provider and a client in development', () => {
      const local = loadConfig({
        OIDC_ISSUER_URL: 'http://127.0.0.1:8080',
        OIDC_CLIENT_ID: 'leitstand',
        OIDC_REDIRECT_URL: 'http://localhost:4200/auth/oidc/callback',
      });
      expect(local.auth.oidc?.client?.redirectUrl).toBe('http://localhost:4200/auth/oidc/callback');
    });
  });
});
