import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';

/** pg_auto_failover's command, from Debian's `postgresql-15-auto-failover`. */
const PG_AUTOCTL = ['/usr/bin/pg_autoctl', '/usr/lib/postgresql/15/bin/pg_autoctl'].find(existsSync);
const PG_BIN = '/usr/lib/postgresql/15/bin';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The monitor's health checks, tuned from pg_auto_failover's defaults (5 s period, 5 s timeout, 2
 * retries 2 s apart, unhealthy after 20 s, 30 s for the old primary to demote: 57 s measured on two
 * cores) to a failover in about 15 s. `primary_demote_timeout` is how long a failover waits for the
 * old primary to stop taking writes (in production, set the keepers' `network_partition_timeout`
 * below it, so a primary cut off from the monitor and its standbys demotes itself first).
 */
export const MONITOR_SETTINGS = {
  'pgautofailover.health_check_period': '1000',
  'pgautofailover.health_check_timeout': '2000',
  'pgautofailover.health_check_max_retries': '1',
  'pgautofailover.health_check_retry_delay': '500',
  'pgautofailover.node_considered_unhealthy_timeout': '4000',
  'pgautofailover.primary_demote_timeout': '6000',
} as const;

export type NodeState = { name: string; port: number; reported: string; assigned: string };

export type FailoverNode = { name: string; port: number; pgdata: string; process: ChildProcess | undefined };

/** What a run of pg_autoctl needs: its own config and state folders, PostgreSQL 15's binaries first. */
function autoctlEnv(workDir: string) {
  return {
    XDG_CONFIG_HOME: join(workDir, 'config'),
    XDG_DATA_HOME: join(workDir, 'share'),
    XDG_RUNTIME_DIR: join(workDir, 'run'),
    PG_CONFIG: join(PG_BIN, 'pg_config'),
    PATH: `${PG_BIN}:${process.env.PATH ?? ''}`,
  };
}

/** pg_autoctl refuses to run as root: as root it runs as `postgres`, like the test clusters. */
function asPostgres(workDir: string, args: string[]): [string, string[]] {
  const env = Object.entries(autoctlEnv(workDir)).map(([name, value]) => `${name}=${value}`);
  if (!PG_AUTOCTL) throw new Error('pg_autoctl not found');
  return isRoot
    ? ['runuser', ['-u', 'postgres', '--', 'env', ...env, PG_AUTOCTL, ...args]]
    : ['env', [...env, PG_AUTOCTL, ...args]];
}

/** The processes of a node: its keeper's process group, and the children of any of them (the backends). */
function nodeProcesses(node: FailoverNode): number[] {
  const group = node.process?.pid;
  if (!group) return [];
  const table = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        // pid (comm) state ppid pgrp ...: the command may hold spaces, so split after its last ')'.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const [, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return [{ pid: Number(name), ppid: Number(ppid), pgrp: Number(pgrp) }];
      } catch {
        return [];
      }
    });
  const members = new Set(table.filter((row) => row.pgrp === group).map((row) => row.pid));
  for (const row of table) if (members.has(row.ppid)) members.add(row.pid);
  return [...members];
}

export function findPgAutoctl(): string | undefined {
  return PG_AUTOCTL;
}

/** pg_autoctl as the `postgres` user in `workDir`: run to the end, or started in a process group of its own. */
function pgAutoctl(workDir: string) {
  const processes: ChildProcess[] = [];
  const run = (args: string[]) => {
    const [command, argv] = asPostgres(workDir, args);
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: workDir });
    if (result.status !== 0)
      throw new Error(`pg_autoctl ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
    return result.stdout;
  };
  const start = (args: string[], log: string) => {
    const [command, argv] = asPostgres(workDir, args);
    const child = spawn('sh', ['-c', `exec "$0" "$@" >>${log} 2>&1`, command, ...argv], {
      cwd: workDir,
      detached: true,
      stdio: 'ignore',
    });
    processes.push(child);
    return child;
  };
  return { run, start, processes };
}

const monitorSql = (basePort: number) =>
  postgres(`postgres://postgres@127.0.0.1:${basePort}/pg_auto_failover`, { max: 1, onnotice: () => {} });

/** Every node's reported and assigned state, as the monitor holds them. */
async function readStates(basePort: number): Promise<NodeState[]> {
  const sql = monitorSql(basePort);
  try {
    const rows = await sql<NodeState[]>`
      SELECT nodename AS name, nodeport AS port, reportedstate::text AS reported, goalstate::text AS assigned
      FROM pgautofailover.node ORDER BY nodeid`;
    return rows.map((row) => ({ ...row, port: Number(row.port) }));
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Polls the monitor every 500 ms until `check` holds (calling `tick` between polls), or throws after `timeoutMs`. */
async function waitForStates({
  basePort,
  label,
  check,
  timeoutMs,
  tick,
}: {
  basePort: number;
  label: string;
  check: (rows: NodeState[]) => boolean;
  timeoutMs: number;
  tick?: () => Promise<void>;
}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await readStates(basePort).catch(() => []);
    if (check(rows)) return rows;
    if (Date.now() > deadline)
      throw new Error(`${label}: not reached in ${timeoutMs / 1000} s: ${JSON.stringify(rows)}`);
    await tick?.().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The monitor's health checks tuned (`MONITOR_SETTINGS`), once it accepts connections. */
async function configureMonitor(basePort: number) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const sql = monitorSql(basePort);
      try {
        for (const [name, value] of Object.entries(MONITOR_SETTINGS))
          await sql.unsafe(`ALTER SYSTEM SET ${name} = '${value}'`);
        await sql`SELECT pg_reload_conf()`;
      } finally {
        await sql.end({ timeout: 1 });
      }
      return;
    } catch (error) {
      if (attempt > 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** `pg_autoctl create postgres … --run` for a node of the formation. */
function createNodeArgs({ node, monitorUrl }: { node: FailoverNode; monitorUrl: string }) {
  return [
    'create',
    'postgres',
    '--pgdata',
    node.pgdata,
    '--pgport',
    String(node.port),
    '--listen',
    '127.0.0.1',
    '--hostname',
    '127.0.0.1',
    '--name',
    node.name,
    '--dbname',
    'digipakket',
    '--monitor',
    monitorUrl,
    '--auth',
    'trust',
    '--no-ssl',
    '--run',
  ];
}

/** CHECKPOINT on the primary: pg_basebackup of a new standby waits for one (spread over minutes otherwise). */
async function checkpointPrimary(basePort: number) {
  const primary = (await readStates(basePort)).find(
    (row) => row.reported === 'primary' || row.reported === 'wait_primary' || row.reported === 'single',
  );
  if (!primary) return;
  const sql = postgres(`postgres://postgres@127.0.0.1:${primary.port}/postgres`, {
    max: 1,
    onnotice: () => {},
    connect_timeout: 2,
  });
  try {
    await sql`CHECKPOINT`;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Stops every process group started (SIGCONT and SIGTERM, then SIGKILL what is left after 20 s). */
async function stopProcesses(processes: ChildProcess[]) {
  for (const child of processes) {
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGCONT');
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 20_000;
  while (
    processes.some((child) => child.exitCode === null && child.signalCode === null) &&
    Date.now() < deadline
  )
    await new Promise((resolve) => setTimeout(resolve, 200));
  for (const child of processes) {
    try {
      if (child.pid && child.exitCode === null && child.signalCode === null)
        process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * A pg_auto_failover formation on this machine: a monitor on `basePort`, nodes on the next ports,
 * every process in its own process group (so a node can be killed or frozen as a whole: its keeper
 * and its PostgreSQL), all under `workDir`.
 */
export function createFormation({ workDir, basePort }: { workDir: string; basePort: number }) {
  mkdirSync(join(workDir, 'run'), { recursive: true });
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', workDir]);
  chmodSync(workDir, 0o755);
  const monitorUrl = `postgres://autoctl_node@127.0.0.1:${basePort}/pg_auto_failover?sslmode=disable`;
  const monitorPgdata = join(workDir, 'monitor');
  const { run, start, processes } = pgAutoctl(workDir);
  const nodes: FailoverNode[] = [];
  const states = () => readStates(basePort);
  const waitFor = (
    label: string,
    check: (rows: NodeState[]) => boolean,
    timeoutMs: number,
    tick?: () => Promise<void>,
  ) => waitForStates({ basePort, label, check, timeoutMs, tick });

  const startMonitor = async () => {
    run([
      'create',
      'monitor',
      '--pgdata',
      monitorPgdata,
      '--pgport',
      String(basePort),
      '--hostname',
      '127.0.0.1',
      '--auth',
      'trust',
      '--no-ssl',
    ]);
    start(['run', '--pgdata', monitorPgdata], join(workDir, 'monitor.log'));
    await configureMonitor(basePort);
  };

  const nodeArgs = (node: FailoverNode) => ['run', '--pgdata', node.pgdata];

  const addNode = (index: number) => {
    const name = `node${index}`;
    const node: FailoverNode = {
      name,
      port: basePort + index,
      pgdata: join(workDir, name),
      process: undefined,
    };
    node.process = start(createNodeArgs({ node, monitorUrl }), join(workDir, `${name}.log`));
    nodes.push(node);
    return node;
  };

  return {
    monitorUrl,
    nodes,
    states,
    waitFor,
    startMonitor,
    /** A primary and `standbys` standbys, each streaming (the formation's `number_sync_standbys` set after). */
    async startNodes({ standbys, numberSyncStandbys }: { standbys: number; numberSyncStandbys: number }) {
      addNode(1);
      await waitFor('first node primary', (rows) => rows.some((row) => row.reported === 'single'), 120_000);
      for (let index = 2; index <= standbys + 1; index += 1) addNode(index);
      await waitFor(
        'standbys streaming',
        (rows) =>
          rows.length === standbys + 1 &&
          rows.filter((row) => row.reported === 'secondary').length === standbys &&
          rows.some((row) => row.reported === 'primary'),
        240_000,
        () => checkpointPrimary(basePort),
      );
      run([
        'set',
        'formation',
        'number-sync-standbys',
        String(numberSyncStandbys),
        '--pgdata',
        nodes[0]!.pgdata,
      ]);
    },
    /** The multi-host URL of `role` over every node, the primary chosen by `target_session_attrs`. */
    url({ role, database = 'digipakket' }: { role: string; database?: string }) {
      const hosts = nodes.map((node) => `127.0.0.1:${node.port}`).join(',');
      return `postgres://${role}@${hosts}/${database}?target_session_attrs=primary&connect_timeout=2`;
    },
    async primary() {
      const rows = await states();
      const row = rows.find((state) => state.reported === 'primary' && state.assigned === 'primary');
      return row ? nodes.find((node) => node.name === row.name) : undefined;
    },
    /**
     * Signals every process of the node: its keeper's process group (the keeper, its services and the
     * postmaster) and the postmaster's children (PostgreSQL puts each backend in a group of its own).
     */
    signal(node: FailoverNode, signal: NodeJS.Signals) {
      for (const pid of nodeProcesses(node)) {
        try {
          process.kill(pid, signal);
        } catch {
          // exited meanwhile
        }
      }
    },
    /**
     * Keeps every process of the node stopped (SIGSTOP, sent again every 100 ms: a supervisor may
     * resume a stopped child, and a backend forked meanwhile is caught) until the returned thaw.
     */
    freeze(node: FailoverNode) {
      const stopAll = () => this.signal(node, 'SIGSTOP');
      stopAll();
      const timer = setInterval(stopAll, 100);
      return () => {
        clearInterval(timer);
        this.signal(node, 'SIGCONT');
      };
    },
    /** Starts the keeper of a node that was killed: it rejoins as a standby (pg_rewind if needed). */
    restart(node: FailoverNode) {
      node.process = start(nodeArgs(node), join(workDir, `${node.name}.log`));
    },
    /**
     * CHECKPOINT on the primary: a node rejoining by pg_basebackup (when pg_rewind fails) waits for
     * one, spread over up to half a minute otherwise.
     */
    checkpointPrimary: () => checkpointPrimary(basePort),
    showState: () => run(['show', 'state', '--pgdata', monitorPgdata]),
    /** Stops every process of the formation (SIGTERM, then SIGKILL what is left). */
    stop: () => stopProcesses(processes),
  };
}

export type Formation = ReturnType<typeof createFormation>;
