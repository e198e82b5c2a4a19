import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { AppError } from '../shared/errors';

/**
 * One process at a time on an embedded (PGlite) data folder. PGlite does not lock its folder, and two
 * processes on one folder each keep their own copy of the database in memory: the writes of one are
 * lost when the other checkpoints, although both acknowledged them. The lock is a file next to the
 * folder, `<folder>.lock`, naming the process that holds it. It is made whole under a private name and
 * then hard-linked into place, which fails when the name exists, so two processes started at the same
 * instant cannot both get it and nobody ever reads a half-written lock.
 *
 * A lock whose process is gone (same machine, no such process, or the pid now belongs to a process
 * started later, or the machine rebooted since) is stale and taken over. Taking over happens under a
 * second, short-lived file, `<folder>.lock.takeover`, created the same way: only its holder may delete
 * the stale lock, and only after reading it again and finding it unchanged, so two processes that both
 * found the same stale lock never delete the fresh lock of the other.
 */

/** Who holds a data folder, as written in its lock file. */
export type DataDirHolder = {
  pid: number;
  hostname: string;
  /** Linux: the kernel's boot id; a lock written before the last reboot is stale. */
  bootId?: string | undefined;
  /** Linux: the process's start time in clock ticks since boot, to tell a reused pid apart. */
  processStart?: string | undefined;
  /** What runs: `server`, `pnpm cli user:create`, `pnpm db:backup`, ... */
  command: string;
  port?: number | undefined;
  startedAt: string;
  token: string;
};

export type DataDirLock = {
  /** The lock file. */
  file: string;
  holder: DataDirHolder;
  /** Deletes the lock file if it is still this lock's; safe to call more than once. */
  release: () => void;
};

/** What a process opening the folder says about itself, and what to tell its operator when refused. */
export type DataDirOpener = {
  command: string;
  port?: number | undefined;
  /** One or two sentences on how to proceed, added to the refusal. */
  advice?: string | undefined;
};

/** A takeover file older than this whose process is gone was left by a crash in the middle of a takeover. */
const TAKEOVER_STALE_MS = 10_000;
/** A lock file that cannot be read (a crash of the machine right after creating it) counts as stale after this. */
const UNREADABLE_STALE_MS = 10_000;
const ATTEMPTS = 200;

const held = new Map<string, DataDirLock>();
let exitHookInstalled = false;

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): DataDirHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<DataDirHolder>;
    if (
      typeof value.pid === 'number' &&
      typeof value.hostname === 'string' &&
      typeof value.token === 'string'
    )
      return value as DataDirHolder;
  } catch {
    // Not a lock of ours, or empty.
  }
  return undefined;
}

function bootId(): string | undefined {
  return readOptional('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

/** Field 22 (start time) and field 3 (state) of `/proc/<pid>/stat`, where there is a `/proc`. */
function procStat(pid: number): { start: string; state: string } | undefined {
  let text: string | undefined;
  try {
    text = readOptional(`/proc/${pid}/stat`);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: count from after its ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const start = fields[19];
  return state && start ? { state, start } : undefined;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the holder of a lock still runs: `alive`, `gone`, `this-process` (this process opened the
 * folder already), or `unknown` (another machine wrote it; its process cannot be checked from here).
 */
export function holderState(holder: DataDirHolder): 'alive' | 'gone' | 'this-process' | 'unknown' {
  if (holder.hostname !== hostname()) return 'unknown';
  const currentBoot = bootId();
  if (holder.bootId && currentBoot && holder.bootId !== currentBoot) return 'gone';
  if (holder.pid === process.pid) {
    return [...held.values()].some((lock) => lock.holder.token === holder.token) ? 'this-process' : 'gone';
  }
  if (!processExists(holder.pid)) return 'gone';
  const stat = procStat(holder.pid);
  if (stat?.state === 'Z') return 'gone';
  if (stat && holder.processStart && stat.start !== holder.processStart) return 'gone';
  return 'alive';
}

/** The lock file of a data folder: `<folder>.lock`, beside it, so it is neither in backups nor moved by a restore. */
export function dataDirLockFile({ dataDir }: { dataDir: string }): string {
  mkdirSync(dataDir, { recursive: true });
  return `${realpathSync(dataDir)}.lock`;
}

/** Creates `path` holding `text`, complete, or answers false when `path` exists. */
function createWhole({ path, staged }: { path: string; staged: string }): boolean {
  try {
    linkSync(staged, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function unlinkQuietly(path: string) {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number) {
  Atomics.wait(pause, 0, 0, ms);
}

/**
 * Deletes the lock file if it still reads `seen`, under the takeover file. Answers false when another
 * process is taking over at the same time (the caller tries again).
 */
function removeStale({ file, seen, staged }: { file: string; seen: string; staged: string }): boolean {
  const takeover = `${file}.takeover`;
  if (!createWhole({ path: takeover, staged })) {
    const text = readOptional(takeover);
    const other = text === undefined ? undefined : parseHolder(text);
    if (other && holderState(other) === 'gone' && ageMs(takeover) > TAKEOVER_STALE_MS) {
      // Left by a process that died within the few system calls of a takeover.
      if (readOptional(takeover) === text) unlinkQuietly(takeover);
    }
    return false;
  }
  try {
    if (readOptional(file) === seen) unlinkQuietly(file);
  } finally {
    unlinkQuietly(takeover);
  }
  return true;
}

function describeHolder(holder: DataDirHolder): string {
  const what =
    holder.command === 'server'
      ? `a Digipakket server${holder.port === undefined ? '' : ` on port ${holder.port}`}`
      : `the command "${holder.command}"`;
  const where = holder.hostname === hostname() ? '' : ` on the machine "${holder.hostname}"`;
  return `${what} (pid ${holder.pid}${where}, since ${holder.startedAt})`;
}

export const DATA_DIR_IN_USE = 'database.data_dir_in_use';

/** The refusal: which process holds the folder and what to do. */
export function createDataDirInUseError({
  dataDir,
  file,
  holder,
  state,
  advice,
}: {
  dataDir: string;
  file: string;
  holder: DataDirHolder | undefined;
  state: 'alive' | 'this-process' | 'unknown' | 'unreadable' | 'busy';
  advice?: string | undefined;
}) {
  const lines = [`The data folder ${dataDir} is in use`];
  if (state === 'this-process') lines[0] += ' by this process already.';
  else if (holder) lines[0] += ` by ${describeHolder(holder)}.`;
  else lines[0] += '.';
  if (state === 'alive' && holder) {
    lines.push(
      holder.command === 'server'
        ? `Only one process may open an embedded database at a time: stop that server first (Ctrl+C in its terminal, or kill -TERM ${holder.pid}).`
        : `Only one process may open an embedded database at a time: wait until that command has finished.`,
    );
  }
  if (state === 'unknown') {
    lines.push(
      `Its process cannot be checked from this machine. If no Digipakket process on "${holder?.hostname}" uses the folder any more, delete ${file} and start again.`,
    );
  }
  if (state === 'busy') {
    lines.push(
      `Another process is taking over a lock left by a process that has ended (${file}.takeover); try again in a moment.`,
    );
  }
  if (state === 'unreadable') {
    lines.push(
      `The lock file ${file} is being written or damaged; if no Digipakket process uses the folder, delete it.`,
    );
  }
  if (advice) lines.push(advice);
  return new AppError({
    code: DATA_DIR_IN_USE,
    status: 503,
    message: lines.join('\n'),
    details: { dataDir, lockFile: file, holder },
  });
}

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Whatever way the process ends normally (process.exit included), the folder is free afterwards.
  process.on('exit', () => {
    for (const lock of [...held.values()]) lock.release();
  });
}

/**
 * Takes the lock of `dataDir` for this process, taking over a stale one, or throws the refusal
 * (`database.data_dir_in_use`) naming the process that holds it. Synchronous: a few small files.
 */
export function acquireDataDirLock({
  dataDir,
  opener,
  now = new Date(),
}: {
  dataDir: string;
  opener: DataDirOpener;
  now?: Date;
}): DataDirLock {
  const file = dataDirLockFile({ dataDir });
  const holder: DataDirHolder = {
    pid: process.pid,
    hostname: hostname(),
    bootId: bootId(),
    processStart: procStat(process.pid)?.start,
    command: opener.command,
    port: opener.port,
    startedAt: now.toISOString(),
    token: randomUUID(),
  };
  const text = `${JSON.stringify(holder)}\n`;
  const staged = `${file}.${holder.token}.tmp`;
  const fd = openSync(staged, 'wx', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      if (createWhole({ path: file, staged })) {
        const lock: DataDirLock = {
          file,
          holder,
          release: () => {
            if (held.get(file) !== lock) return;
            held.delete(file);
            if (readOptional(file) === text) unlinkQuietly(file);
          },
        };
        held.set(file, lock);
        installExitHook();
        return lock;
      }
      const seen = readOptional(file);
      if (seen === undefined) continue;
      const current = parseHolder(seen);
      if (!current) {
        if (ageMs(file) < UNREADABLE_STALE_MS) {
          if (attempt === ATTEMPTS - 1)
            throw createDataDirInUseError({
              dataDir,
              file,
              holder: undefined,
              state: 'unreadable',
              advice: opener.advice,
            });
          sleepSync(20);
          continue;
        }
      } else {
        const state = holderState(current);
        if (state !== 'gone')
          throw createDataDirInUseError({ dataDir, file, holder: current, state, advice: opener.advice });
      }
      if (!removeStale({ file, seen, staged })) sleepSync(5 + Math.random() * 10);
    }
    // Another process has been taking the lock over for seconds (or others keep taking it): refuse
    // rather than spin.
    throw createDataDirInUseError({ dataDir, file, holder: undefined, state: 'busy', advice: opener.advice });
  } finally {
    unlinkQuietly(staged);
  }
}

/** The holder named in the lock file of `dataDir`, if there is one. */
export function readDataDirHolder({ dataDir }: { dataDir: string }): DataDirHolder | undefined {
  const text = readOptional(dataDirLockFile({ dataDir }));
  return text === undefined ? undefined : parseHolder(text);
}
