import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import postgres from 'postgres';
import type { Sql } from './deployment';

/** One statement as the API sent it: its text and its parameters in their text form. */
export type CapturedStatement = {
  text: string;
  params: (string | null)[];
  /** A named (prepared) statement, sent again by its name by the API. */
  prepared: boolean;
  /**
   * The parameters' types where PostgreSQL cannot tell them from the statement (the API's driver
   * named them: a date, a boolean); 0 lets PostgreSQL decide.
   */
  types?: number[];
};

const TIMESTAMP = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d(?::?\d\d)?)$/;

/** The type the API's driver gave a parameter it knew as a Date or a boolean, by its text. */
function guessType(param: string | null): number {
  if (param === null) return 0;
  if (TIMESTAMP.test(param)) return 1184;
  if (param === 't' || param === 'f' || param === 'true' || param === 'false') return 16;
  return 0;
}

const ENTRY_START = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] ([^:]*): ([A-Z]+): {2}/;
const PARAMETER = /\$(\d+) = (?:NULL|'((?:[^']|'')*)')(?:, |$)/y;

function readFrom({ file, offset }: { file: string; offset: number }): string {
  const size = statSync(file).size;
  if (size <= offset) return '';
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

function parseParameters(detail: string): (string | null)[] {
  const text = detail.replace(/^parameters: /, '');
  const params: (string | null)[] = [];
  PARAMETER.lastIndex = 0;
  while (PARAMETER.lastIndex < text.length) {
    const match = PARAMETER.exec(text);
    if (!match) break;
    params[Number(match[1]) - 1] = match[2] === undefined ? null : match[2].replaceAll("''", "'");
  }
  return params;
}

/**
 * The statements of the given user in PostgreSQL's log text (`log_statement = all`, the line prefix
 * `%m [%p] %u: `), in the order they ran: simple queries, and executed statements with the
 * parameters of their DETAIL line.
 */
export function parseStatementLog({ log, user }: { log: string; user: string }): CapturedStatement[] {
  const entries: { pid: string; user: string; level: string; text: string }[] = [];
  for (const line of log.split('\n')) {
    const start = ENTRY_START.exec(line);
    if (start)
      entries.push({ pid: start[1]!, user: start[2]!, level: start[3]!, text: line.slice(start[0].length) });
    else if (entries.length > 0) entries[entries.length - 1]!.text += `\n${line.replace(/^\t/, '')}`;
  }
  const statements: CapturedStatement[] = [];
  // A request may send statements on two connections at once: a DETAIL line belongs to the last
  // statement of its own session.
  const lastOfSession = new Map<string, CapturedStatement>();
  for (const entry of entries) {
    // The job queue polls on the same role; its statements are not the request's.
    if (entry.user !== user || entry.text.includes('pgboss.')) continue;
    if (entry.level === 'LOG') {
      const simple = /^statement: ([\s\S]*)$/.exec(entry.text);
      const executed = /^execute ([^:]+): ([\s\S]*)$/.exec(entry.text);
      const statement = simple
        ? { text: simple[1]!.trimEnd(), params: [], prepared: false }
        : executed
          ? { text: executed[2]!.trimEnd(), params: [], prepared: executed[1] !== '<unnamed>' }
          : null;
      if (statement) {
        statements.push(statement);
        lastOfSession.set(entry.pid, statement);
      }
    } else if (entry.level === 'DETAIL' && entry.text.startsWith('parameters: ')) {
      const statement = lastOfSession.get(entry.pid);
      if (statement) statement.params = parseParameters(entry.text.trimEnd());
    }
  }
  return statements;
}

async function setStatementLogging({ sql, on }: { sql: Sql; on: boolean }) {
  if (on) {
    await sql`ALTER SYSTEM SET log_statement = 'all'`;
    await sql`ALTER SYSTEM SET log_line_prefix = '%m [%p] %u: '`;
  } else {
    await sql`ALTER SYSTEM RESET log_statement`;
    await sql`ALTER SYSTEM RESET log_line_prefix`;
  }
  await sql`SELECT pg_reload_conf()`;
  // The postmaster passes the reload on to the sessions; each applies it before its next command.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/**
 * The statements `user`'s sessions send while each of `sends` runs, one after the other: PostgreSQL
 * logs every statement with its parameters for the time of the capture (server log `logFile`).
 */
export async function captureStatements({
  sql,
  logFile,
  user,
  sends,
}: {
  sql: Sql;
  logFile: string;
  user: string;
  sends: (() => Promise<void>)[];
}): Promise<CapturedStatement[][]> {
  await setStatementLogging({ sql, on: true });
  try {
    const sequences: CapturedStatement[][] = [];
    for (const send of sends) {
      const offset = statSync(logFile).size;
      await send();
      // The answer may leave before the last statement's log line is written.
      await new Promise((resolve) => setTimeout(resolve, 100));
      sequences.push(parseStatementLog({ log: readFrom({ file: logFile, offset }), user }));
    }
    return sequences;
  } finally {
    await setStatementLogging({ sql, on: false });
  }
}

const ID = /^([a-z]{3})_[0-9a-z]{20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function freshLike(value: string): string {
  const id = ID.exec(value);
  if (id) return `${id[1]}_${Array.from(randomBytes(20), (byte) => ALPHABET[byte % 36]).join('')}`;
  return randomUUID();
}

/** Id kinds a request refers to (the tenant, the user, the client…) and never makes up. */
const REFERRED_KINDS = new Set([
  'ten',
  'org',
  'prt',
  'usr',
  'ses',
  'prg',
  'wav',
  'cli',
  'chq',
  'grp',
  'cse',
  'enr',
  'loc',
]);

/**
 * The values a request made up and wrote (ids and keys first seen in an INSERT, of a kind a request
 * makes): a replay sends fresh ones each time, as the API would, or the second replay would only
 * meet unique violations. A value an earlier statement names, in its text or its parameters, is one
 * the request read, not one it made.
 */
export function madeUpValues(sequence: CapturedStatement[]): Set<string> {
  const madeUp = new Set<string>();
  let before = '';
  for (const statement of sequence) {
    const inserts = /^\s*(?:with\b[\s\S]*\b)?insert\s+into\b/i.test(statement.text);
    for (const param of statement.params) {
      if (param === null || before.includes(param) || !inserts) continue;
      const id = ID.exec(param);
      if ((id && !REFERRED_KINDS.has(id[1]!)) || UUID.test(param)) madeUp.add(param);
    }
    before += `\n${statement.text}\n${statement.params.join('\n')}`;
  }
  return madeUp;
}

/** A sequence made ready for replay: which parameters change per replay, and how. */
export type ReplaySequence = {
  statements: CapturedStatement[];
  /** Values replaced in every parameter that contains them (the subject: a cheque's id and code). */
  subjectValues: string[];
  madeUp: Set<string>;
};

export function prepareReplay({
  statements,
  subjectValues = [],
}: {
  statements: CapturedStatement[];
  subjectValues?: string[];
}): ReplaySequence {
  return { statements, subjectValues, madeUp: madeUpValues(statements) };
}

function paramsFor({
  sequence,
  statement,
  subject,
}: {
  sequence: ReplaySequence;
  statement: CapturedStatement;
  subject: Map<string, string>;
}): (string | null)[] {
  if (subject.size === 0) return statement.params;
  return statement.params.map((param) => {
    if (param === null) return null;
    const exact = subject.get(param);
    if (exact !== undefined) return exact;
    let value = param;
    for (const from of sequence.subjectValues)
      if (value.includes(from)) value = value.replaceAll(from, subject.get(from)!);
    return value;
  });
}

export type RawFigures = { rps: number; sequences: number; errors: number; firstError?: string };

/**
 * The captured statements sent raw through postgres.js, as the API's role: `connections` loops, each
 * on a connection of its own, each sending one sequence after the other (sequence n % count) for
 * `durationSeconds` (or until `nextSubject` has no subject left). Parameters go as the text PostgreSQL
 * logged, prepared like the API's; results are not parsed.
 */
export async function runRaw({
  url,
  connections,
  durationSeconds,
  sequences,
  nextSubject,
}: {
  url: string;
  connections: number;
  durationSeconds: number;
  sequences: ReplaySequence[];
  /** The values replacing the sequence's subject values for the next replay; null when none are left. */
  nextSubject?: (sequence: ReplaySequence) => Map<string, string> | null;
}): Promise<RawFigures> {
  // A client of one connection per loop: each loop's statements go one after the other on it.
  const clients = Array.from({ length: connections }, () => {
    const client = postgres(url, { max: 1, fetch_types: false, onnotice: () => {} });
    // Every parameter goes as the text PostgreSQL logged, every column comes back as text.
    for (const key of Object.keys(client.options.serializers))
      client.options.serializers[Number(key)] = (x) => x;
    for (const key of Object.keys(client.options.parsers)) client.options.parsers[Number(key)] = (x) => x;
    return client;
  });
  await Promise.all(clients.map((client) => client`SELECT 1`));
  // A statement PostgreSQL cannot type from its text alone gets the types its parameters look like.
  for (const sequence of sequences)
    for (const statement of sequence.statements) {
      if (statement.params.length === 0 || statement.types) continue;
      try {
        await clients[0]!.unsafe(statement.text, statement.params as string[]).describe();
      } catch (error) {
        if ((error as { code?: string }).code !== '42P18') throw error;
        statement.types = statement.params.map(guessType);
      }
    }
  let done = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  let exhausted = false;
  const loop = async (n: number) => {
    const connection = clients[n]!;
    let turn = n;
    while (!exhausted && performance.now() < deadline) {
      const sequence = sequences[turn % sequences.length]!;
      turn += connections;
      const subject = new Map<string, string>();
      if (sequence.subjectValues.length > 0) {
        const next = nextSubject?.(sequence);
        if (!next) {
          exhausted = true;
          break;
        }
        for (const [from, to] of next) subject.set(from, to);
      }
      for (const value of sequence.madeUp) subject.set(value, freshLike(value));
      let failed = false;
      for (const statement of sequence.statements) {
        const params = paramsFor({ sequence, statement, subject });
        try {
          await connection.unsafe(statement.text, params as string[], { prepare: statement.prepared });
        } catch (error) {
          if (!failed)
            firstError ??= `${error instanceof Error ? error.message : String(error)} (in: ${statement.text.replace(/\s+/g, ' ').slice(0, 160)})`;
          failed = true;
        }
      }
      if (failed) errors += 1;
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, n) => loop(n)));
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(clients.map((client) => client.end({ timeout: 5 })));
  return {
    rps: done / Math.max(elapsed, 0.001),
    sequences: done,
    errors,
    ...(firstError ? { firstError } : {}),
  };
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces): field 3 on. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * The CPU time so far (user + system), in ms, of the process and its children (the API processes a
 * supervising process started), from /proc.
 */
export function processCpuMs(pid: number): number {
  const pids = [pid];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    if (Number(statFields(Number(entry))?.[1]) === pid) pids.push(Number(entry));
  }
  let ticks = 0;
  for (const one of pids) {
    const fields = statFields(one);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every common architecture. */
const CLOCK_TICKS = 100;
