import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeSettings, loadConfig } from './config';

const repoRoot = '/srv/digipakket';

describe('loadConfig', () => {
  it('gives every setting its default when nothing is set', () => {
    const config = loadConfig({ env: {}, repoRoot });
    expect(config.env).toBe('development');
    expect(config.server).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      allowedOrigins: ['http://localhost:3000'],
      bodyLimitBytes: 1024 * 1024,
      trustProxy: { hops: 0 },
    });
    expect(config.database).toMatchObject({ url: undefined, dataDir: '/srv/digipakket/.data/pglite' });
    expect(config.demo).toEqual({ mode: 'auto', password: 'digipakket-demo' });
    expect(config.sessions).toEqual({
      idleMinutes: 60,
      absoluteHours: 12,
      invitationLinkDays: 7,
      resetLinkMinutes: 30,
      secretsKey: null,
    });
    expect(config.log.level).toBe('info');
    expect(config.portals.dir).toBe('/srv/digipakket/apps');
  });

  it('derives the public URL from the port and adds extra allowed origins', () => {
    const config = loadConfig({
      env: { PORT: '8080', ALLOWED_ORIGINS: 'https://beego.example.org, https://ligo.example.org/' },
      repoRoot,
    });
    expect(config.server.publicUrl).toBe('http://localhost:8080');
    expect(config.server.allowedOrigins).toEqual([
      'http://localhost:8080',
      'https://beego.example.org',
      'https://ligo.example.org',
    ]);
  });

  it('keeps memory:// as the data folder and reads a PostgreSQL URL', () => {
    const config = loadConfig({
      env: { DATA_DIR: 'memory://', DATABASE_URL: 'postgres://app@db:5432/digipakket' },
      repoRoot,
    });
    expect(config.database.dataDir).toBe('memory://');
    expect(config.database.url).toBe('postgres://app@db:5432/digipakket');
  });

  it('stops with a message naming each bad setting', () => {
    let error: unknown;
    try {
      loadConfig({ env: { PORT: 'eighty', DEMO_DATA: 'sometimes', DATABASE_URL: 'mysql://x' }, repoRoot });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT=');
    expect(message).toContain('DEMO_DATA=');
    expect(message).toContain('DATABASE_URL=');
    expect((error as ConfigError).problems).toHaveLength(3);
  });

  it('refuses a time zone that does not exist and a short demo password', () => {
    expect(() => loadConfig({ env: { TIME_ZONE: 'Mars/Olympus' }, repoRoot })).toThrow(/TIME_ZONE/);
    expect(() => loadConfig({ env: { DEMO_PASSWORD: 'short' }, repoRoot })).toThrow(/DEMO_PASSWORD/);
  });

  it('resolves relative folders against the folder the command was typed in', () => {
    const config = loadConfig({
      env: { DATA_DIR: 'tmp/db', PORTALS_DIR: 'out', INIT_CWD: '/home/me/repo' },
      repoRoot,
    });
    expect(config.database.dataDir).toBe('/home/me/repo/tmp/db');
    expect(config.portals.dir).toBe('/home/me/repo/out');
  });

  it('reads TRUST_PROXY as no proxy, a number of hops, or a list of proxy addresses and networks', () => {
    const trustOf = (value: string) =>
      loadConfig({ env: { TRUST_PROXY: value }, repoRoot }).server.trustProxy;
    expect(trustOf('false')).toEqual({ hops: 0 });
    expect(trustOf('true')).toEqual({ hops: 1 });
    expect(trustOf('2')).toEqual({ hops: 2 });
    expect(trustOf('10.0.0.0/8, 192.0.2.10,fd00::/8')).toEqual({
      proxies: ['10.0.0.0/8', '192.0.2.10', 'fd00::/8'],
    });
    expect(() => trustOf('10.0.0.0/8,proxy.internal')).toThrow(/TRUST_PROXY.*proxy\.internal/s);
  });

  it('runs one API process per core in production on PostgreSQL, one elsewhere, and as many as API_PROCESSES asks', () => {
    const pg = { DATABASE_URL: 'postgres://app@db/digipakket' };
    expect(loadConfig({ env: { ...pg }, repoRoot }).server.processes).toBe(1);
    expect(loadConfig({ env: { ...pg, NODE_ENV: 'production' }, repoRoot }).server.processes).toBe(
      availableParallelism(),
    );
    expect(loadConfig({ env: { ...pg, API_PROCESSES: '3' }, repoRoot }).server).toMatchObject({
      processes: 3,
      processesNote: null,
    });
    expect(() => loadConfig({ env: { ...pg, API_PROCESSES: '0' }, repoRoot })).toThrow(/API_PROCESSES/);
  });

  it('runs one API process on PGlite whatever API_PROCESSES asks, and says why', () => {
    const { server } = loadConfig({ env: { API_PROCESSES: '4' }, repoRoot });
    expect(server.processes).toBe(1);
    expect(server.processesNote).toMatch(/one API process instead of 4: the embedded PGlite database/);
  });

  it('reads the pooler settings: prepared statements off and the scope per transaction', () => {
    const env = {
      DATABASE_URL: 'postgres://app@pooler/digipakket',
      DATABASE_PREPARE: 'false',
      DATABASE_POOLER: 'transaction',
    };
    expect(loadConfig({ env, repoRoot }).database).toMatchObject({ prepare: false, pooler: 'transaction' });
    expect(loadConfig({ env: {}, repoRoot }).database).toMatchObject({ prepare: true, pooler: 'none' });
  });

  it('reads a standby to report from, with its lag bound (60 s by default, 1 to 3600)', () => {
    const primary = { DATABASE_URL: 'postgres://app@db1/digipakket' };
    expect(loadConfig({ env: primary, repoRoot }).database.read).toBeNull();
    expect(
      loadConfig({ env: { ...primary, DATABASE_READ_URL: 'postgres://app@db2/digipakket' }, repoRoot })
        .database.read,
    ).toEqual({ url: 'postgres://app@db2/digipakket', maxLagSeconds: 60 });
    expect(
      loadConfig({
        env: {
          ...primary,
          DATABASE_READ_URL: 'postgresql://app@db2/digipakket',
          DATABASE_READ_MAX_LAG_SECONDS: '5',
        },
        repoRoot,
      }).database.read,
    ).toEqual({ url: 'postgresql://app@db2/digipakket', maxLagSeconds: 5 });
    for (const lag of ['0', '3601', 'soon', '1.5']) {
      expect(() =>
        loadConfig({
          env: { ...primary, DATABASE_READ_URL: 'postgres://db2/x', DATABASE_READ_MAX_LAG_SECONDS: lag },
          repoRoot,
        }),
      ).toThrow(/DATABASE_READ_MAX_LAG_SECONDS/);
    }
    expect(() => loadConfig({ env: { ...primary, DATABASE_READ_URL: 'http://db2' }, repoRoot })).toThrow(
      /DATABASE_READ_URL="http:\/\/db2": must start with postgres:\/\//,
    );
  });

  it('refuses a standby to read from on the embedded PGlite database, saying why', () => {
    let error: unknown;
    try {
      loadConfig({ env: { DATABASE_READ_URL: 'postgres://app@db2/digipakket' }, repoRoot });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^DATABASE_READ_URL is set without DATABASE_URL: .*PGlite/),
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ env: { PORT: '' }, repoRoot }).server.port).toBe(3000);
  });
});

describe('describeSettings', () => {
  it('documents every environment variable with its default', () => {
    const text = describeSettings();
    for (const name of [
      'NODE_ENV',
      'HOST',
      'PORT',
      'PUBLIC_URL',
      'DATABASE_URL',
      'DATA_DIR',
      'DEMO_DATA',
      'DEMO_PASSWORD',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toContain('SESSION_IDLE_MINUTES (default: 60)');
  });
});
