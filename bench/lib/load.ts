import autocannon from 'autocannon';

export type LoadRequest = {
  method?: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** Builds each request just before it is sent (a fresh body or idempotency key per request). */
  setupRequest?: (request: LoadRequest) => LoadRequest;
};

export type LoadFigures = {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
  /** 2xx answers, and those per second. */
  successes: number;
  successRps: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/**
 * One autocannon run: every response time is collected (autocannon itself reports no p95), errors
 * are non-2xx answers plus socket errors and time-outs.
 */
export async function runLoad({
  baseUrl,
  connections,
  durationSeconds,
  requests,
  headers = {},
  amount,
}: {
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  requests: LoadRequest[];
  headers?: Record<string, string>;
  /** Stop after this many requests instead of after the duration. */
  amount?: number;
}): Promise<LoadFigures> {
  const times: number[] = [];
  const instance = autocannon({
    url: baseUrl,
    connections,
    ...(amount ? { amount } : { duration: durationSeconds }),
    headers,
    // A request's own headers replace autocannon's shared ones, so the shared ones go into each.
    requests: requests.map((request) => ({
      ...request,
      method: request.method ?? 'GET',
      headers: { ...headers, ...request.headers },
      ...(request.setupRequest
        ? {
            setupRequest: (built: LoadRequest) => {
              const next = request.setupRequest!(built);
              return { ...next, headers: { ...headers, ...next.headers } };
            },
          }
        : {}),
    })),
    timeout: 10,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.total / Math.max(result.duration, 0.001),
    errors: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
    successes: result['2xx'],
    successRps: result['2xx'] / Math.max(result.duration, 0.001),
  };
}

export function median(values: number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each figure over several runs. */
export async function medianOfRuns(runs: number, run: () => Promise<LoadFigures>): Promise<LoadFigures> {
  const all: LoadFigures[] = [];
  for (let n = 0; n < runs; n += 1) all.push(await run());
  const pick = (key: keyof LoadFigures) => median(all.map((figures) => figures[key]));
  return {
    p50: pick('p50'),
    p95: pick('p95'),
    p99: pick('p99'),
    rps: pick('rps'),
    errors: all.reduce((sum, figures) => sum + figures.errors, 0),
    requests: all.reduce((sum, figures) => sum + figures.requests, 0),
    successes: all.reduce((sum, figures) => sum + figures.successes, 0),
    successRps: pick('successRps'),
  };
}
