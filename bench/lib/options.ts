import { parseArgs } from 'node:util';
import { DATA_SIZES, type DataSize } from '@digipakket/api/data-generator';
import { type Figure, printFigure } from './results';

/** The batch measurements (full run only, or by `--only`), each run once (Lighthouse: 3 runs per page). */
export const BATCH_KEYS = [
  'import',
  'packs',
  'redeem-sustained',
  'reminders',
  'lighthouse',
  'figures',
] as const;
export type BatchKey = (typeof BATCH_KEYS)[number];

export type BenchOptions = {
  smoke: boolean;
  size: DataSize;
  runs: number;
  durationSeconds: number;
  connectionLevels: number[];
  clientsPerTenant: number | undefined;
  /** `--only`: the endpoint and batch keys to measure; all when absent. */
  only: string[] | undefined;
  report: string | undefined;
  noDocs: boolean;
  /** Node options for the API process, e.g. `--api-node-args="--cpu-prof --cpu-prof-dir=/tmp/prof"` to profile it. */
  apiNodeArgs: string[];
};

/** `pnpm bench [--size gent|flanders] [--runs 3] [--duration 5] …`: see docs/performance.md. */
export function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'gent' },
      smoke: { type: 'boolean', default: false },
      runs: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      'clients-per-tenant': { type: 'string' },
      only: { type: 'string' },
      report: { type: 'string' },
      'no-docs': { type: 'boolean', default: false },
      'api-node-args': { type: 'string' },
    },
  });
  const smoke = values.smoke;
  if (!(values.size in DATA_SIZES)) throw new Error(`--size must be gent or flanders, got "${values.size}"`);
  return {
    smoke,
    size: values.size as DataSize,
    runs: Number(values.runs ?? (smoke ? 1 : 3)),
    durationSeconds: Number(values.duration ?? (smoke ? 2 : 5)),
    connectionLevels: values.connections
      ? values.connections.split(',').map(Number)
      : smoke
        ? [1]
        : [1, 10, 50],
    clientsPerTenant:
      values['clients-per-tenant'] === undefined ? undefined : Number(values['clients-per-tenant']),
    only: values.only?.split(','),
    report: values.report,
    noDocs: values['no-docs'],
    apiNodeArgs: values['api-node-args']?.split(' ').filter(Boolean) ?? [],
  };
}

/** The batches this run measures: those named by `--only`, else all of them on a full run. */
export function selectedBatches(options: BenchOptions): BatchKey[] {
  return BATCH_KEYS.filter((key) => (options.only ? options.only.includes(key) : !options.smoke));
}

/** The figures of one run, each printed as it is recorded. */
export function createFigures() {
  const figures: Figure[] = [];
  const record = (figure: Figure) => {
    figures.push(figure);
    printFigure(figure);
  };
  return { figures, record };
}
export type RecordFigure = (figure: Figure) => void;

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
