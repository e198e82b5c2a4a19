import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** One figure of a benchmark run and the bar it is held to (bar null: shown for information). */
export type Figure = {
  name: string;
  value: number | null;
  unit: string;
  bar: string | null;
  ok: boolean | null;
  note?: string;
  /** Decimals shown; by default fewer as the value grows. */
  digits?: number;
};

export function machineInfo() {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGb: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
    /** The 1-minute load average when the run started: other work on the machine skews every time. */
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

export function formatValue(figure: Figure): string {
  if (figure.value === null) return figure.note ?? 'n/a';
  const digits = figure.digits ?? (Math.abs(figure.value) >= 100 ? 0 : Math.abs(figure.value) >= 10 ? 1 : 2);
  return `${figure.value.toFixed(digits)} ${figure.unit}`;
}

export function printFigure(figure: Figure) {
  const verdict = figure.ok === null ? '    ' : figure.ok ? ' ok ' : 'MISS';
  process.stdout.write(
    `${verdict} ${figure.name.padEnd(58)} ${formatValue(figure).padStart(14)}   bar: ${figure.bar ?? '-'}${figure.note && figure.value !== null ? `  (${figure.note})` : ''}\n`,
  );
}

/** Where a run's figures go, with the data set they were measured on and the machine. */
type RunReport = { file: string; size: string; figures: Figure[]; machine: ReturnType<typeof machineInfo> };

export function writeResults({ file, size, figures, machine }: RunReport) {
  writeFileSync(file, `${JSON.stringify({ size, machine, results: figures }, null, 2)}\n`);
}

export const DOC_START = '<!-- bench:results:start -->';
export const DOC_END = '<!-- bench:results:end -->';

/** Replaces the table between the markers of docs/performance.md with this run's figures. */
export function writeDocTable({ file, size, figures, machine }: RunReport) {
  const rows = figures.map(
    (figure) =>
      `| ${figure.name} | ${formatValue(figure)} | ${figure.bar ?? '-'} | ${figure.ok === null ? '-' : figure.ok ? 'ok' : '**miss**'} |`,
  );
  const table = [
    DOC_START,
    `Data set \`${size}\`; ${machine.date.slice(0, 16).replace('T', ' ')} UTC; ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}; load average ${machine.loadAverage} at the start, ${Math.round((loadavg()[0] ?? 0) * 10) / 10} at the end.`,
    '',
    '| figure | value | bar | verdict |',
    '|---|---|---|---|',
    ...rows,
    DOC_END,
  ].join('\n');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(DOC_START);
  const end = text.indexOf(DOC_END);
  if (start === -1 || end === -1) throw new Error(`${file} has no ${DOC_START} … ${DOC_END} markers`);
  writeFileSync(file, text.slice(0, start) + table + text.slice(end + DOC_END.length));
}
