import pino, { type DestinationStream } from 'pino';
import type { Config } from './config';

type Level = 'debug' | 'info' | 'warn' | 'error';

export type Logger = Record<Level, (message: string, fields?: Record<string, unknown>) => void> & {
  /** Writes out at once every line still waiting; call it right before the process exits. */
  flush: () => void;
};

let stdout: ReturnType<typeof pino.destination> | undefined;

/**
 * Standard output written asynchronously, one destination for every logger of the process: a
 * synchronous write per line held up every request. Lines are written in blocks of 4 KiB, or every
 * 100 ms when fewer come (one write per line cost more than the synchronous one). pino also flushes
 * it synchronously when the process exits.
 */
function stdoutDestination() {
  stdout ??= pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 100 });
  return stdout;
}

function flushStdout() {
  try {
    stdout?.flushSync();
  } catch {
    // A closed or broken stdout must not keep the process from exiting.
  }
}

/**
 * One JSON object per line on stdout: `level`, `time`, `msg` and the caller's fields. Callers pass only
 * fields they chose: never bodies, headers, cookies, tokens, passwords or national numbers. `write`
 * takes each line instead of stdout, synchronously (for tests).
 */
export function createLogger({
  level,
  write,
  fields,
}: {
  level: Config['log']['level'];
  write?: (line: string) => void;
  /** Fields on every line, e.g. the process id when several API processes share the output. */
  fields?: Record<string, unknown>;
}): Logger {
  const ignore = () => {};
  if (!write && level === 'silent') {
    return { debug: ignore, info: ignore, warn: ignore, error: ignore, flush: ignore };
  }
  const lines: DestinationStream = write
    ? { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) }
    : stdoutDestination();
  const logger = pino(
    {
      level,
      base: fields ?? null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    lines,
  );
  // The message goes in with the fields so that it comes before them in the line, as it always has.
  const log =
    (at: Level) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      logger[at]({ msg: message, ...fields });
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    flush: write ? ignore : flushStdout,
  };
}
