import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { isClean503, isSuccess, type Sent } from './traffic';

/** What one node of the formation was doing at a moment, as PostgreSQL itself reports it. */
export type NodeView =
  | { port: number; error: string }
  | {
      port: number;
      inRecovery: boolean;
      synchronousStandbyNames: string;
      replication: { name: string; state: string; syncState: string }[];
      /** The API's backends not idle: what each waits on and for how long. */
      apiBackends: ApiBackend[];
    };

/** One of the API's backends on a node, not idle: what it waits on and for how long. */
type ApiBackend = {
  pid: number;
  state: string;
  wait: string | null;
  xactSeconds: number | null;
  querySeconds: number | null;
  query: string;
};

/** A request that got no answer, or failed otherwise than with a clean 503, and what was seen of it. */
export type Unanswered = {
  requestId: string;
  kind: Sent['kind'];
  api: string;
  outcome: Sent['outcome'];
  /** Seconds after the primary was killed or frozen that it was sent, and that it ended. */
  sentAtSeconds: number;
  endedAtSeconds: number;
  /** The API's log lines naming its request id. */
  apiLog: string[];
  /** Every node's view, taken when the client gave up on it (no answer only). */
  databases?: NodeView[];
};

async function viewOf(port: number): Promise<NodeView> {
  const sql = postgres(`postgres://postgres@127.0.0.1:${port}/digipakket`, {
    max: 1,
    onnotice: () => {},
    connect_timeout: 2,
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('no answer within 3 s')), 3_000).unref(),
  );
  try {
    return await Promise.race([
      (async () => {
        const [node] = await sql<{ inRecovery: boolean; names: string }[]>`
          SELECT pg_is_in_recovery() AS "inRecovery", current_setting('synchronous_standby_names') AS names`;
        const replication = await sql<{ name: string; state: string; syncState: string }[]>`
          SELECT application_name AS name, state, sync_state AS "syncState" FROM pg_stat_replication`;
        const apiBackends = await sql<ApiBackend[]>`
          SELECT pid, state, wait_event_type || ':' || wait_event AS wait,
            round(extract(epoch FROM now() - xact_start)::numeric, 1)::float AS "xactSeconds",
            round(extract(epoch FROM now() - query_start)::numeric, 1)::float AS "querySeconds",
            left(query, 120) AS query
          FROM pg_stat_activity WHERE application_name = 'digipakket-api' AND state <> 'idle'`;
        return {
          port,
          inRecovery: node?.inRecovery ?? false,
          synchronousStandbyNames: node?.names ?? '',
          replication: [...replication],
          apiBackends: [...apiBackends],
        };
      })(),
      timeout,
    ]);
  } catch (error) {
    return { port, error: error instanceof Error ? error.message : String(error) };
  } finally {
    sql.end({ timeout: 0 }).catch(() => {});
  }
}

/** Every node's view at this moment (a frozen node answers with an error after 3 s at most). */
export function viewDatabases(ports: number[]): Promise<NodeView[]> {
  return Promise.all(ports.map(viewOf));
}

/** The lines of an API process's log that name `requestId` (each cut to 600 characters). */
export function logLinesOf({ logFile, requestId }: { logFile: string; requestId: string }): string[] {
  let text: string;
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.includes(requestId))
    .slice(0, 60)
    .map((line) => line.slice(0, 600));
}

/**
 * The round's requests that got no answer or failed with anything but a clean 503, each with the API
 * process it went to, when it was sent, its log lines and (for no answer) the databases' view.
 */
export function describeUnanswered({
  sent,
  failedAt,
  logFileOf,
  views,
}: {
  sent: Sent[];
  failedAt: number;
  logFileOf: (api: string) => string;
  views: Map<string, NodeView[]>;
}): Unanswered[] {
  const seconds = (at: number) => Math.round((at - failedAt) / 100) / 10;
  return sent
    .filter((s) => !isSuccess(s) && !isClean503(s))
    .map((s) => ({
      requestId: s.requestId,
      kind: s.kind,
      api: s.api,
      outcome: s.outcome,
      sentAtSeconds: seconds(s.startedAt),
      endedAtSeconds: seconds(s.endedAt),
      apiLog: logLinesOf({ logFile: logFileOf(s.api), requestId: s.requestId }),
      ...(views.has(s.requestId) ? { databases: views.get(s.requestId) } : {}),
    }));
}

/** One line of a node's view: its role, its synchronous standbys, and what the API's backends wait on. */
export function describeView(view: NodeView): string {
  if ('error' in view) return `:${view.port} ${view.error}`;
  const backends = view.apiBackends.map(
    (b) =>
      `${b.state}${b.wait ? ` (${b.wait})` : ''} ${b.querySeconds ?? '?'} s: ${b.query.replace(/\s+/g, ' ').slice(0, 50)}`,
  );
  return `:${view.port} ${view.inRecovery ? 'standby' : 'primary'}, synchronous_standby_names '${view.synchronousStandbyNames}', streaming to ${view.replication.map((r) => `${r.name} ${r.state}/${r.syncState}`).join(', ') || 'none'}; API backends not idle: ${backends.length ? backends.join(' | ') : 'none'}`;
}
