import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectOutput, importingModuleArgs, REPO_ROOT } from '../../roof/testing/child-process';
import { isAppError } from '../shared/errors';
import { openDatabase } from './database';
import {
  acquireDataDirLock,
  DATA_DIR_IN_USE,
  type DataDirHolder,
  type DataDirLock,
  dataDirLockFile,
  holderState,
  readDataDirHolder,
} from './database.lock';

const lockModule = fileURLToPath(new URL('./database.lock.ts', import.meta.url));

let root: string;
let count = 0;
const held: DataDirLock[] = [];
const children: ChildProcess[] = [];

function newDataDir() {
  count += 1;
  return join(root, `data-${count}`);
}

function take(dataDir: string, command = 'server', port: number | undefined = 3310) {
  const lock = acquireDataDirLock({ dataDir, opener: { command, port, advice: 'Do this instead.' } });
  held.push(lock);
  return lock;
}

function refusal(run: () => unknown): Error & { code?: string } {
  try {
    run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a refusal');
}

/** A Node process that imports the lock module (through tsx) and runs `body` with it, after "go" on stdin. */
function lockProcess(body: string) {
  const child = spawn(
    process.execPath,
    importingModuleArgs({
      module: lockModule,
      names: ['acquireDataDirLock'],
      body: `process.stdout.write('ready\\n');
       await new Promise((resolve) => process.stdin.once('data', resolve));
       ${body}`,
    }),
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  children.push(child);
  const output = collectOutput(child);
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output().includes('ready\n')) resolve();
      else if (child.exitCode !== null) reject(new Error(output()));
      else setTimeout(check, 20);
    };
    check();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited, output, go: () => child.stdin.write('go\n') };
}

/** The pid of a process that has ended (and been reaped). */
async function pidOfEndedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function writeLock({ dataDir, holder }: { dataDir: string; holder: Partial<DataDirHolder> }) {
  const file = dataDirLockFile({ dataDir });
  writeFileSync(
    file,
    JSON.stringify({
      pid: process.pid,
      hostname: hostname(),
      command: 'server',
      port: 3000,
      startedAt: '2025-01-01T00:00:00.000Z',
      token: 'old-token',
      ...holder,
    }),
  );
  return file;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dp-lock-'));
});

afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the lock of an embedded data folder', () => {
  it('is a file beside the folder naming the process, its command and port, removed on release', () => {
    const dataDir = newDataDir();
    const lock = take(dataDir);
    expect(lock.file).toBe(`${dataDir}.lock`);
    expect(readDataDirHolder({ dataDir })).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      command: 'server',
      port: 3310,
    });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lock.release();
  });

  it('refuses a second opener in the same process, saying so', () => {
    const dataDir = newDataDir();
    take(dataDir);
    const error = refusal(() => take(dataDir, 'pnpm cli figures', undefined));
    expect(isAppError(error) && error.code).toBe(DATA_DIR_IN_USE);
    expect(error.message).toContain(`The data folder ${dataDir} is in use by this process already.`);
  });

  it('refuses while a live process holds it, naming its pid, port and what to do', async () => {
    const dataDir = newDataDir();
    const holder = lockProcess(`
      acquireDataDirLock({ dataDir: ${JSON.stringify(dataDir)}, opener: { command: 'server', port: 4321 } });
      process.stdout.write('held\\n');
      setInterval(() => {}, 1000);`);
    await holder.ready;
    holder.go();
    await expect.poll(() => holder.output(), { timeout: 10_000 }).toContain('held');
    const error = refusal(() => take(dataDir, 'pnpm cli user:create'));
    expect((error as { code?: string }).code).toBe(DATA_DIR_IN_USE);
    expect(error.message).toContain(`by a Digipakket server on port 4321 (pid ${holder.child.pid},`);
    expect(error.message).toContain(
      `stop that server first (Ctrl+C in its terminal, or kill -TERM ${holder.child.pid})`,
    );
    expect(error.message).toContain('Do this instead.');
    // The refused opener left the holder's lock as it was.
    expect(readDataDirHolder({ dataDir })).toMatchObject({ pid: holder.child.pid, port: 4321 });
  });

  it('is given back when its process exits without releasing it', async () => {
    const dataDir = newDataDir();
    const holder = lockProcess(`
      acquireDataDirLock({ dataDir: ${JSON.stringify(dataDir)}, opener: { command: 'pnpm cli figures' } });
      process.exit(0);`);
    await holder.ready;
    holder.go();
    expect(await holder.exited).toBe(0);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('takes over the lock of a process that has ended', async () => {
    const dataDir = newDataDir();
    const pid = await pidOfEndedProcess();
    writeLock({ dataDir, holder: { pid } });
    expect(holderState(readDataDirHolder({ dataDir })!)).toBe('gone');
    const lock = take(dataDir);
    expect(readDataDirHolder({ dataDir })).toMatchObject({ pid: process.pid, token: lock.holder.token });
  });

  it('takes over a lock whose pid now belongs to another process, or written before the last reboot', () => {
    const reused = newDataDir();
    // The pid of a live process, written by one that started at another time: the pid was reused.
    writeLock({ dataDir: reused, holder: { pid: process.ppid, processStart: '1' } });
    take(reused);
    const rebooted = newDataDir();
    writeLock({ dataDir: rebooted, holder: { pid: process.ppid, bootId: 'another-boot' } });
    take(rebooted);
    expect(readDataDirHolder({ dataDir: rebooted })?.pid).toBe(process.pid);
  });

  it('leaves a stale lock to the process already taking it over, and clears a takeover left by a crash', async () => {
    const dataDir = newDataDir();
    const file = writeLock({ dataDir, holder: { pid: await pidOfEndedProcess() } });
    const stale = readFileSync(file, 'utf8');
    // A live process (the test runner) is in the middle of taking the lock over.
    const takeover = `${file}.takeover`;
    writeFileSync(
      takeover,
      JSON.stringify({ pid: process.ppid, hostname: hostname(), token: 'taking-over' }),
    );
    const error = refusal(() => take(dataDir));
    expect(error.message).toContain('Another process is taking over a lock left by a process that has ended');
    expect(readFileSync(file, 'utf8')).toBe(stale);
    // The same takeover, left by a process that died in it more than ten seconds ago.
    writeFileSync(
      takeover,
      JSON.stringify({ pid: await pidOfEndedProcess(), hostname: hostname(), token: 'crashed' }),
    );
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(takeover, longAgo, longAgo);
    const lock = take(dataDir);
    expect(readDataDirHolder({ dataDir })?.token).toBe(lock.holder.token);
    expect(existsSync(takeover)).toBe(false);
  });

  it('refuses a lock written on another machine, saying which file to delete when that machine is done', () => {
    const dataDir = newDataDir();
    const file = writeLock({ dataDir, holder: { hostname: 'elsewhere.example' } });
    const error = refusal(() => take(dataDir));
    expect(error.message).toContain('on the machine "elsewhere.example"');
    expect(error.message).toContain(`delete ${file}`);
    expect(readFileSync(file, 'utf8')).toContain('old-token');
  });

  it.each([
    { situation: 'free', stale: false },
    { situation: 'left by a process that has ended', stale: true },
  ])(
    'goes to exactly one of six processes trying at the same instant when it is $situation',
    async ({ stale }) => {
      const dataDir = newDataDir();
      if (stale) writeLock({ dataDir, holder: { pid: await pidOfEndedProcess() } });
      const contenders = Array.from({ length: 6 }, () =>
        lockProcess(`
        try {
          acquireDataDirLock({ dataDir: ${JSON.stringify(dataDir)}, opener: { command: 'server', port: 1 } });
          process.stdout.write('won\\n');
        } catch (error) {
          process.stdout.write(error.code + '\\n');
        }
        setTimeout(() => process.exit(0), 1500);`),
      );
      await Promise.all(contenders.map((contender) => contender.ready));
      for (const contender of contenders) contender.go();
      await Promise.all(contenders.map((contender) => contender.exited));
      const outcomes = contenders.map((contender) => contender.output().split('\n')[1]);
      expect(outcomes.filter((outcome) => outcome === 'won')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === DATA_DIR_IN_USE)).toHaveLength(5);
    },
    90_000,
  );
});

describe('openDatabase on an embedded data folder', () => {
  it('refuses a second opening of the folder until the first is closed', async () => {
    const dataDir = newDataDir();
    const first = await openDatabase({ dataDir, opener: { command: 'server', port: 3310 } });
    try {
      await expect(openDatabase({ dataDir, opener: { command: 'pnpm cli figures' } })).rejects.toMatchObject({
        code: DATA_DIR_IN_USE,
      });
    } finally {
      await first.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    const second = await openDatabase({ dataDir });
    await second.close();
  }, 180_000);
});
