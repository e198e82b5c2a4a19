import { existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE } from '../shared/clock';
import { isProxyEntry, type TrustProxy } from './client-address';

// This module is the only place that reads process.env: everything else receives a Config.

const positiveInt = z.coerce.number().int().positive();
/** A PostgreSQL connection string, when one is set. */
const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
  .optional();

type Setting = { env: string; doc: string; default: string | undefined; schema: z.ZodType };

/** Every setting: its environment variable, what it does and its default. */
export const SETTINGS = {
  nodeEnv: {
    env: 'NODE_ENV',
    doc: 'Run mode: development, test or production. Production turns on secure cookies and refuses demo data.',
    default: 'development',
    schema: z.enum(['development', 'test', 'production']),
  },
  host: {
    env: 'HOST',
    doc: 'Network interface to listen on; 0.0.0.0 for every interface.',
    default: '127.0.0.1',
    schema: z.string().min(1),
  },
  port: {
    env: 'PORT',
    doc: 'TCP port to listen on.',
    default: '3000',
    schema: z.coerce.number().int().min(0).max(65535),
  },
  publicUrl: {
    env: 'PUBLIC_URL',
    doc: 'The address users type in their browser; the only Origin allowed to change data, and the base of printed links. Default http://localhost:PORT.',
    default: undefined,
    schema: z.url({ protocol: /^https?$/ }).optional(),
  },
  allowedOrigins: {
    env: 'ALLOWED_ORIGINS',
    doc: 'Extra origins (comma separated) allowed to change data, e.g. portals served from their own hosts.',
    default: '',
    schema: z.string().transform((value, ctx) => {
      const origins = value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
      for (const origin of origins) {
        if (!URL.canParse(origin)) ctx.addIssue({ code: 'custom', message: `"${origin}" is not a URL` });
      }
      return origins.filter((origin) => URL.canParse(origin)).map((origin) => new URL(origin).origin);
    }),
  },
  trustProxy: {
    env: 'TRUST_PROXY',
    doc: "Which reverse proxies in front of the API say who the client is, through X-Forwarded-For: false (none: the socket peer is the client), a number of proxy hops (true = 1), or the proxies' addresses and networks, comma separated (e.g. 10.0.0.0/8,fd00::/8). The client is the first hop from the right that is not a trusted proxy; entries further left were written by the caller.",
    default: 'false',
    schema: z.string().transform((value, ctx): TrustProxy => {
      const text = value.trim().toLowerCase();
      if (['false', 'no', '0'].includes(text)) return { hops: 0 };
      if (['true', 'yes'].includes(text)) return { hops: 1 };
      if (/^\d+$/.test(text)) return { hops: Math.min(Number(text), 32) };
      const proxies = text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
      for (const proxy of proxies) {
        if (!isProxyEntry(proxy))
          ctx.addIssue({ code: 'custom', message: `"${proxy}" is not an IP address or network` });
      }
      return { proxies };
    }),
  },
  databaseUrl: {
    env: 'DATABASE_URL',
    doc: 'PostgreSQL connection string (postgres://…). When unset, the API uses embedded PGlite in DATA_DIR.',
    default: undefined,
    schema: postgresUrl,
  },
  databaseOwnerUrl: {
    env: 'DATABASE_OWNER_URL',
    doc: 'PostgreSQL only: connection string of the role that owns the tables. Migrations run as it, and it grants the DATABASE_URL role what the API needs; without it, the DATABASE_URL role migrates and owns the tables.',
    default: undefined,
    schema: postgresUrl,
  },
  databaseReadUrl: {
    env: 'DATABASE_READ_URL',
    doc: 'PostgreSQL only: connection string of a streaming standby (a read-only copy), as the same role as DATABASE_URL. The dashboard, the reports and their CSV/XLSX/PDF exports then read from it and say how old its figures are; writes, audit rows included, stay on DATABASE_URL. When it cannot be reached or lags more than DATABASE_READ_MAX_LAG_SECONDS, they read from DATABASE_URL and say so.',
    default: undefined,
    schema: postgresUrl,
  },
  databaseReadMaxLagSeconds: {
    env: 'DATABASE_READ_MAX_LAG_SECONDS',
    doc: 'PostgreSQL only, with DATABASE_READ_URL: how many seconds behind the primary the standby may be; further behind, reports read from the primary.',
    default: '60',
    schema: z.coerce.number().int().min(1).max(3600),
  },
  dataDir: {
    env: 'DATA_DIR',
    doc: 'Folder of the embedded PGlite database (default <repo>/.data/pglite); memory:// keeps it in memory only.',
    default: undefined,
    schema: z.string().min(1).optional(),
  },
  documentsDir: {
    env: 'DOCUMENTS_DIR',
    doc: 'Folder where printed batches of client packs are written, one sub-folder per batch (default: documents next to the PGlite folder, <repo>/.data/documents).',
    default: undefined,
    schema: z.string().min(1).optional(),
  },
  databasePrepare: {
    env: 'DATABASE_PREPARE',
    doc: 'PostgreSQL only: false sends every statement unnamed instead of as a prepared statement, for a connection pooler that cannot keep them (PgBouncer before 1.21 in transaction mode, or 1.21+ without max_prepared_statements).',
    default: 'true',
    schema: z.enum(['true', 'false']).transform((value) => value === 'true'),
  },
  databasePooler: {
    env: 'DATABASE_POOLER',
    doc: 'PostgreSQL only: `none` when DATABASE_URL reaches PostgreSQL itself or a pooler in session mode; `transaction` behind a pooler in transaction mode (PgBouncer pool_mode=transaction): each statement then carries its tenant scope inside its own transaction. Migrations need a session: point DATABASE_OWNER_URL at PostgreSQL itself.',
    default: 'none',
    schema: z.enum(['none', 'transaction']),
  },
  apiProcesses: {
    env: 'API_PROCESSES',
    doc: 'How many API processes serve the port (one supervising process starts them and restarts one that dies). Default: one per core in production, 1 otherwise. Always 1 on PGlite (the embedded database is one process).',
    default: undefined,
    schema: z.coerce.number().int().min(1).max(256).optional(),
  },
  databasePoolSize: {
    env: 'DATABASE_POOL_SIZE',
    doc: 'Maximum connections to PostgreSQL per API process.',
    default: '10',
    schema: positiveInt,
  },
  databaseAcquireTimeoutMs: {
    env: 'DATABASE_ACQUIRE_TIMEOUT_MS',
    doc: 'PostgreSQL only: how long a request waits for a free connection before answering 503 database.busy.',
    default: '3000',
    schema: positiveInt,
  },
  databaseAnswerTimeoutSeconds: {
    env: 'DATABASE_ANSWER_TIMEOUT_SECONDS',
    doc: 'PostgreSQL only: seconds a statement may go unanswered before the request answers 503 database.unavailable (with Retry-After) and the connection pool is replaced by a fresh one from DATABASE_URL, so a primary that froze without closing its connections is left for the new primary. Longer than the slowest legitimate statement; 0 turns it off.',
    default: '10',
    schema: z.coerce.number().int().min(0).max(3600),
  },
  demoData: {
    env: 'DEMO_DATA',
    doc: 'Demo tenant: auto = load into an empty database unless production, never, force = load into an empty database even in production.',
    default: 'auto',
    schema: z.enum(['auto', 'never', 'force']),
  },
  demoPassword: {
    env: 'DEMO_PASSWORD',
    doc: 'Password of every demo account.',
    default: 'digipakket-demo',
    schema: z.string().min(8, 'must be at least 8 characters'),
  },
  sessionIdleMinutes: {
    env: 'SESSION_IDLE_MINUTES',
    doc: 'A session ends after this many minutes without a request.',
    default: '60',
    schema: positiveInt,
  },
  sessionAbsoluteHours: {
    env: 'SESSION_ABSOLUTE_HOURS',
    doc: 'A session ends this many hours after login, active or not.',
    default: '12',
    schema: positiveInt,
  },
  invitationLinkDays: {
    env: 'INVITATION_LINK_DAYS',
    doc: 'An invitation link (a new account sets its own password) works once, for this many days.',
    default: '7',
    schema: positiveInt,
  },
  resetLinkMinutes: {
    env: 'RESET_LINK_MINUTES',
    doc: 'A link to reset a forgotten password works once, for this many minutes.',
    default: '30',
    schema: positiveInt,
  },
  bodyLimitBytes: {
    env: 'BODY_LIMIT_BYTES',
    doc: 'Largest request body accepted, in bytes.',
    default: String(1024 * 1024),
    schema: positiveInt,
  },
  logLevel: {
    env: 'LOG_LEVEL',
    doc: 'Least important log line written: debug, info, warn, error or silent.',
    default: 'info',
    schema: z.enum(['debug', 'info', 'warn', 'error', 'silent']),
  },
  portalsDir: {
    env: 'PORTALS_DIR',
    doc: 'Folder holding ocmw-portal/dist, beego-portal/dist and ligo-portal/dist (default <repo>/apps).',
    default: undefined,
    schema: z.string().min(1).optional(),
  },
  timeZone: {
    env: 'TIME_ZONE',
    doc: 'Time zone that decides what "today" is for visit and session lists.',
    default: DEFAULT_TIME_ZONE,
    schema: z.string().refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'is not a known time zone'),
  },
  signalSweepIntervalSeconds: {
    env: 'SIGNAL_SWEEP_INTERVAL_SECONDS',
    doc: 'How often the API looks for clients whose facts changed and brings their follow-up signals up to date; 0 turns the background sweep off.',
    default: '5',
    schema: z.coerce.number().int().min(0).max(3600),
  },
  signalFullSweepMinutes: {
    env: 'SIGNAL_FULL_SWEEP_MINUTES',
    doc: 'How often every client is swept, for signals that become due by time alone (a pickup or cheque date passing).',
    default: '60',
    schema: positiveInt,
  },
  batchStaleSeconds: {
    env: 'BATCH_STALE_SECONDS',
    doc: 'How long one run of a batch (a wave of welcome packs) may take: a run prints for at most half of it and hands the rest on; a run whose process died is retried by a running API process once this has passed.',
    default: '60',
    schema: z.coerce.number().int().min(2).max(3600),
  },
  retentionSweepIntervalMinutes: {
    env: 'RETENTION_SWEEP_INTERVAL_MINUTES',
    doc: "How often the API anonymises the clients whose trajectory ended longer ago than their welfare centre's retention period (one API process per interval; the first run a minute after start, or after one interval when shorter); 0 turns it off.",
    default: '360',
    schema: z.coerce.number().min(0).max(10_080),
  },
  geocoder: {
    env: 'GEOCODER',
    doc: "Where clients' addresses get their coordinates and neighbourhood: `offline` (Belgian postcode centroids shipped with the product) or `basisregisters` (the Flemish address register's public API, falling back to offline).",
    default: 'offline',
    schema: z.enum(['offline', 'basisregisters']),
  },
  geocoderUrl: {
    env: 'GEOCODER_URL',
    doc: 'Base URL of the address register API when GEOCODER=basisregisters.',
    default: 'https://api.basisregisters.vlaanderen.be',
    schema: z.url({ protocol: /^https?$/ }),
  },
  geocoderTimeoutMs: {
    env: 'GEOCODER_TIMEOUT_MS',
    doc: 'How long a registration waits for the address register before it uses the postcode centroid instead.',
    default: '1500',
    schema: z.coerce.number().int().min(50).max(30_000),
  },
  messagesSendIntervalSeconds: {
    env: 'MESSAGES_SEND_INTERVAL_SECONDS',
    doc: 'How often the API hands due reminders and notices to their channel (SMS, e-mail); 0 turns sending off (messages stay queued).',
    default: '10',
    schema: z.coerce.number().int().min(0).max(3600),
  },
  messagesRatePerMinute: {
    env: 'MESSAGES_RATE_PER_MINUTE',
    doc: 'Most messages one welfare centre sends per minute, over every channel; the rest wait for the next minute.',
    default: '120',
    schema: positiveInt,
  },
  messagesQuietHours: {
    env: 'MESSAGES_QUIET_HOURS',
    doc: 'Hours (in TIME_ZONE) in which no SMS is sent, as FROM-UNTIL in whole hours, e.g. 21-8; a message due then waits until UNTIL. `off` for none.',
    default: '21-8',
    schema: z
      .string()
      .regex(
        /^off$|^([01]?\d|2[0-3])-([01]?\d|2[0-3])$/,
        'must be FROM-UNTIL in whole hours, e.g. 21-8, or off',
      )
      .transform((value) => {
        if (value === 'off') return null;
        const [from, until] = value.split('-').map(Number) as [number, number];
        return { fromHour: from, untilHour: until };
      }),
  },
  messagesStaleSeconds: {
    env: 'MESSAGES_STALE_SECONDS',
    doc: 'How long an attempt may stay unrecorded before another run takes the message up again (its process died between handing it over and recording the answer).',
    default: '120',
    schema: z.coerce.number().int().min(5).max(86_400),
  },
  smtpHost: {
    env: 'SMTP_HOST',
    doc: 'SMTP server for e-mail to clients (reminders, notices) and to users (password reset links); unset: no e-mail is sent (client messages stay queued, see docs/adr/0009-messages-outbox.md; a reset link is handed over in person).',
    default: undefined,
    schema: z.string().min(1).optional(),
  },
  smtpPort: {
    env: 'SMTP_PORT',
    doc: 'SMTP port (587 for STARTTLS, 465 with SMTP_SECURE=true).',
    default: '587',
    schema: z.coerce.number().int().min(1).max(65535),
  },
  smtpSecure: {
    env: 'SMTP_SECURE',
    doc: 'true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.',
    default: 'false',
    schema: z.enum(['true', 'false']).transform((value) => value === 'true'),
  },
  smtpUser: {
    env: 'SMTP_USER',
    doc: 'SMTP user name; unset for a server without authentication.',
    default: undefined,
    schema: z.string().min(1).optional(),
  },
  smtpPass: {
    env: 'SMTP_PASS',
    doc: 'SMTP password (a secret: keep it out of logs and version control).',
    default: undefined,
    schema: z.string().min(1).optional(),
  },
  smtpFrom: {
    env: 'SMTP_FROM',
    doc: 'Sender address of e-mail to clients, e.g. "Digipakket <noreply@ocmw.example.be>".',
    default: 'Digipakket <noreply@localhost>',
    schema: z.string().min(3),
  },
  smsApiUrl: {
    env: 'SMS_API_URL',
    doc: "Base URL of the SMS provider's API (Infobip, e.g. https://xxxxx.api.infobip.com); unset: no SMS is sent (SMS messages stay queued).",
    default: undefined,
    schema: z.url({ protocol: /^https?$/ }).optional(),
  },
  smsApiKey: {
    env: 'SMS_API_KEY',
    doc: "The SMS provider's API key (a secret).",
    default: undefined,
    schema: z.string().min(1).optional(),
  },
  smsSender: {
    env: 'SMS_SENDER',
    doc: 'Sender name or number the client sees on an SMS.',
    default: 'Digipakket',
    schema: z.string().min(1).max(16),
  },
  smsReportSecret: {
    env: 'SMS_REPORT_SECRET',
    doc: 'Shared secret the SMS provider signs its delivery reports with (HMAC-SHA256 of the body); reports without a valid signature are refused. Required with SMS_API_URL.',
    default: undefined,
    schema: z.string().min(16).optional(),
  },
  secretsKey: {
    env: 'SECRETS_KEY',
    doc: 'Key (at least 32 characters, a secret) that encrypts the client secrets of the organisations’ OpenID providers in the database; unset: only public clients (PKCE without a secret) can be configured.',
    default: undefined,
    schema: z.string().min(32).optional(),
  },
  shutdownTimeoutSeconds: {
    env: 'SHUTDOWN_TIMEOUT_SECONDS',
    doc: 'On SIGTERM, how long in-flight requests may take before the process exits anyway.',
    default: '25',
    schema: positiveInt,
  },
} satisfies Record<string, Setting>;

export type Config = {
  env: 'development' | 'test' | 'production';
  server: {
    host: string;
    port: number;
    publicUrl: string;
    allowedOrigins: string[];
    trustProxy: TrustProxy;
    bodyLimitBytes: number;
    shutdownTimeoutMs: number;
    /** API processes serving the port (1 on PGlite). */
    processes: number;
    /** Why fewer processes serve than were asked for, when so. */
    processesNote: string | null;
  };
  database: {
    url: string | undefined;
    /** The role that owns the tables and migrates, when the API's own role (`url`) does not. */
    ownerUrl: string | undefined;
    dataDir: string;
    poolSize: number;
    acquireTimeoutMs: number;
    answerTimeoutSeconds: number;
    /** False: every statement unnamed (a pooler that cannot keep prepared statements). */
    prepare: boolean;
    /** `transaction`: behind a pooler in transaction mode, the scope is set inside each transaction. */
    pooler: 'none' | 'transaction';
    /** A streaming standby the dashboard, reports and exports read from, and how far behind it may be. */
    read: { url: string; maxLagSeconds: number } | null;
  };
  documents: { dir: string; staleAfterMs: number };
  demo: { mode: 'auto' | 'never' | 'force'; password: string };
  sessions: {
    idleMinutes: number;
    absoluteHours: number;
    invitationLinkDays: number;
    resetLinkMinutes: number;
    /** Encrypts the client secrets of OpenID providers at rest; null: only public clients. */
    secretsKey: string | null;
  };
  log: { level: 'debug' | 'info' | 'warn' | 'error' | 'silent' };
  portals: { dir: string };
  timeZone: string;
  signals: { sweepIntervalMs: number; fullSweepIntervalMs: number };
  retention: { sweepIntervalMs: number };
  geocoding: { source: 'offline' | 'basisregisters'; url: string; timeoutMs: number };
  messages: {
    sendIntervalMs: number;
    ratePerMinute: number;
    quietHours: { fromHour: number; untilHour: number } | null;
    staleAfterMs: number;
    smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string } | null;
    sms: { apiUrl: string; apiKey: string; sender: string; reportSecret: string } | null;
  };
};

/** Bad configuration: the message names each wrong setting by its environment variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The monorepo root: the nearest folder above this file with pnpm-workspace.yaml, else the working folder. */
export function findRepoRoot({
  from = dirname(fileURLToPath(import.meta.url)),
}: {
  from?: string;
} = {}): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/**
 * Reads and checks every setting. Throws a ConfigError naming each bad setting, so start-up stops
 * before anything listens.
 */
export function loadConfig({
  env = process.env,
  repoRoot = findRepoRoot(),
}: {
  env?: Record<string, string | undefined>;
  repoRoot?: string;
} = {}): Config {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as [string, Setting][]) {
    const raw = env[setting.env];
    const input = raw === undefined || raw === '' ? setting.default : raw;
    const result = setting.schema.safeParse(input);
    if (result.success) {
      values[key] = result.data;
    } else {
      const why = result.error.issues.map((issue) => issue.message).join('; ');
      problems.push(`${setting.env}=${JSON.stringify(input ?? '')}: ${why}. ${setting.doc}`);
    }
  }
  if (!problems.length && env.SMS_API_URL && (!env.SMS_API_KEY || !env.SMS_REPORT_SECRET)) {
    problems.push('SMS_API_URL is set: SMS_API_KEY and SMS_REPORT_SECRET are needed with it.');
  }
  if (!problems.length && env.DATABASE_READ_URL && !env.DATABASE_URL) {
    problems.push(
      'DATABASE_READ_URL is set without DATABASE_URL: a standby can only be read beside a PostgreSQL primary; the embedded PGlite database has none (set DATABASE_URL, or leave DATABASE_READ_URL unset).',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const v = values as {
    [K in keyof typeof SETTINGS]: z.output<(typeof SETTINGS)[K]['schema']>;
  };
  // `pnpm --filter … run` changes the working folder; relative paths mean the folder the user typed in.
  const baseDir = env.INIT_CWD || process.cwd();
  const publicUrl = (v.publicUrl ?? `http://localhost:${v.port}`).replace(/\/+$/, '');
  const dataDir =
    v.dataDir === undefined
      ? join(repoRoot, '.data', 'pglite')
      : v.dataDir.startsWith('memory://') || isAbsolute(v.dataDir)
        ? v.dataDir
        : resolve(baseDir, v.dataDir);
  const requestedProcesses = v.apiProcesses ?? (v.nodeEnv === 'production' ? availableParallelism() : 1);
  const processes = v.databaseUrl ? requestedProcesses : 1;

  return {
    env: v.nodeEnv,
    server: {
      host: v.host,
      port: v.port,
      publicUrl,
      allowedOrigins: [new URL(publicUrl).origin, ...v.allowedOrigins],
      trustProxy: v.trustProxy,
      bodyLimitBytes: v.bodyLimitBytes,
      shutdownTimeoutMs: v.shutdownTimeoutSeconds * 1000,
      processes,
      processesNote:
        processes < requestedProcesses
          ? `one API process instead of ${requestedProcesses}: the embedded PGlite database lives in one process (set DATABASE_URL to a PostgreSQL database to run several)`
          : null,
    },
    database: {
      url: v.databaseUrl,
      ownerUrl: v.databaseOwnerUrl,
      dataDir,
      poolSize: v.databasePoolSize,
      acquireTimeoutMs: v.databaseAcquireTimeoutMs,
      answerTimeoutSeconds: v.databaseAnswerTimeoutSeconds,
      prepare: v.databasePrepare,
      pooler: v.databasePooler,
      read: v.databaseReadUrl ? { url: v.databaseReadUrl, maxLagSeconds: v.databaseReadMaxLagSeconds } : null,
    },
    documents: {
      dir:
        v.documentsDir !== undefined
          ? resolve(baseDir, v.documentsDir)
          : dataDir.startsWith('memory://')
            ? join(tmpdir(), 'digipakket-documents')
            : join(dirname(dataDir), 'documents'),
      staleAfterMs: v.batchStaleSeconds * 1000,
    },
    demo: { mode: v.demoData, password: v.demoPassword },
    sessions: {
      idleMinutes: v.sessionIdleMinutes,
      absoluteHours: v.sessionAbsoluteHours,
      invitationLinkDays: v.invitationLinkDays,
      resetLinkMinutes: v.resetLinkMinutes,
      secretsKey: v.secretsKey ?? null,
    },
    log: { level: v.logLevel },
    portals: { dir: v.portalsDir === undefined ? join(repoRoot, 'apps') : resolve(baseDir, v.portalsDir) },
    timeZone: v.timeZone,
    signals: {
      sweepIntervalMs: v.signalSweepIntervalSeconds * 1000,
      fullSweepIntervalMs: v.signalFullSweepMinutes * 60_000,
    },
    retention: { sweepIntervalMs: v.retentionSweepIntervalMinutes * 60_000 },
    geocoding: { source: v.geocoder, url: v.geocoderUrl, timeoutMs: v.geocoderTimeoutMs },
    messages: {
      sendIntervalMs: v.messagesSendIntervalSeconds * 1000,
      ratePerMinute: v.messagesRatePerMinute,
      quietHours: v.messagesQuietHours,
      staleAfterMs: v.messagesStaleSeconds * 1000,
      smtp: v.smtpHost
        ? {
            host: v.smtpHost,
            port: v.smtpPort,
            secure: v.smtpSecure,
            ...(v.smtpUser ? { user: v.smtpUser } : {}),
            ...(v.smtpPass ? { pass: v.smtpPass } : {}),
            from: v.smtpFrom,
          }
        : null,
      sms:
        v.smsApiUrl && v.smsApiKey && v.smsReportSecret
          ? { apiUrl: v.smsApiUrl, apiKey: v.smsApiKey, sender: v.smsSender, reportSecret: v.smsReportSecret }
          : null,
    },
  };
}

/** Test-only: the PostgreSQL server the e2e suites run against instead of PGlite, when set. */
export function getTestDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/**
 * Test-only: the role the API connects as on that server (owning no table, so row-level security
 * applies); the owner's URL when no separate role is set.
 */
export function getTestDatabaseAppUrl(): string | undefined {
  return process.env.TEST_DATABASE_APP_URL || getTestDatabaseUrl();
}

/** A readable list of every setting, for `--help` texts and the operations guide. */
export function describeSettings(): string {
  return (Object.values(SETTINGS) as Setting[])
    .map((setting) => `  ${setting.env} (default: ${setting.default ?? '—'})\n      ${setting.doc}`)
    .join('\n');
}
