import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectOutput, importingModuleArgs, REPO_ROOT } from '../../roof/testing/child-process';
import { createLogger } from './logger';

const loggerModule = fileURLToPath(new URL('./logger.ts', import.meta.url));

/** The arguments for a Node process (through tsx) that runs `body` with `createLogger` imported. */
const loggerArgs = (body: string) =>
  importingModuleArgs({ module: loggerModule, names: ['createLogger'], body });

/** Runs `body` in a Node process (through tsx) with `createLogger` imported; resolves with its stdout. */
function loggingProcess(body: string): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, loggerArgs(body), {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stdout = collectOutput(child);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout: stdout() })));
}

describe('the logger', () => {
  it('writes one JSON object per line with the level, an ISO time, the message and the fields', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    logger.info('listening', { host: '127.0.0.1', port: 3000, userId: null, nothing: undefined });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const entry = JSON.parse(lines[0]!);
    expect(entry).toEqual({
      level: 'info',
      time: expect.any(String),
      msg: 'listening',
      host: '127.0.0.1',
      port: 3000,
      userId: null,
    });
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
    // Readers match the message before the fields on one line.
    expect(lines[0]).toMatch(/"msg":"listening"[^\n]*"port":3000/);
  });

  it('leaves out what is below its level and writes nothing when silent', () => {
    const lines: string[] = [];
    const warnings = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    warnings.debug('debug');
    warnings.info('info');
    warnings.warn('warn');
    warnings.error('error', { code: 'x' });
    expect(lines.map((line) => JSON.parse(line).level)).toEqual(['warn', 'error']);
    const silent = createLogger({ level: 'silent', write: (line) => lines.push(line) });
    silent.error('never');
    silent.flush();
    expect(lines).toHaveLength(2);
  });

  it('writes a lone line to stdout within a moment, not only once more lines or the exit come', async () => {
    const child = spawn(
      process.execPath,
      loggerArgs(`createLogger({ level: 'info' }).info('alone');
         setTimeout(() => {}, 20_000);`),
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const line = await new Promise<string>((resolve) => {
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          if (stdout.includes('\n')) resolve(stdout);
        });
      });
      expect(child.exitCode).toBeNull();
      expect(JSON.parse(line)).toMatchObject({ level: 'info', msg: 'alone' });
    } finally {
      child.kill('SIGKILL');
    }
  }, 15_000);

  it('writes out every line logged on stdout right before the process exits', async () => {
    const { code, stdout } = await loggingProcess(`
      const logger = createLogger({ level: 'info' });
      for (let index = 1; index <= 20000; index += 1) logger.info('line', { index });
      logger.info('last');
      logger.flush();
      process.exit(0);
    `);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(20_001);
    expect(JSON.parse(lines[19_999]!)).toMatchObject({ msg: 'line', index: 20_000 });
    expect(JSON.parse(lines[20_000]!)).toMatchObject({ level: 'info', msg: 'last' });
  }, 30_000);
});
