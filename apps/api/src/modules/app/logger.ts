import type { Config } from './config';

type Level = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type Logger = Record<Level, (message: string, fields?: Record<string, unknown>) => void>;

/**
 * One JSON object per line on stdout. Callers pass only fields they chose: never bodies, headers,
 * cookies, tokens, passwords or national numbers.
 */
export function createLogger({
  level,
  write = (line: string) => process.stdout.write(`${line}\n`),
}: {
  level: Config['log']['level'];
  write?: (line: string) => void;
}): Logger {
  const log =
    (at: Level) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (RANK[at] < RANK[level]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...fields }));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
