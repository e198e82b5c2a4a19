import { sql } from 'drizzle-orm';
import { type Database, queryRows, withSystemScope } from '../../ground/database/database';

/** The figures of one welfare centre in the deployment-wide overview. */
export type TenantFigures = {
  tenantId: string;
  name: string;
  clients: number;
  laptopsHandedOut: number;
  chequesIssued: number;
  chequesRedeemed: number;
  chequesExpired: number;
  attendanceMarks: number;
  attended: number;
  openSignals: number;
};

export type DeploymentFigures = {
  tenants: TenantFigures[];
  totals: Omit<TenantFigures, 'tenantId' | 'name'> & { tenants: number };
};

type Counts = { tenant_id: string } & Record<string, number>;

/**
 * Counts per welfare centre across the whole deployment, for its operator (the command line's
 * `figures`): one grouped scan per table, each on a connection of its own so they run side by side.
 * Works across tenants by nature, so it runs in the system scope.
 */
export async function readDeploymentFigures({ db }: { db: Database }): Promise<DeploymentFigures> {
  const read = (query: ReturnType<typeof sql>) =>
    withSystemScope({ work: () => queryRows<Counts>({ db, query }) });
  const [tenants, clients, devices, cheques, attendance, signals] = await Promise.all([
    withSystemScope({
      work: () =>
        queryRows<{ id: string; name: string }>({
          db,
          query: sql`SELECT id, name FROM tenants ORDER BY name, id`,
        }),
    }),
    read(sql`SELECT tenant_id, count(*)::int AS clients FROM clients GROUP BY tenant_id`),
    read(
      sql`SELECT tenant_id, count(*)::int AS handed_out FROM devices WHERE status = 'handed_out' GROUP BY tenant_id`,
    ),
    read(sql`SELECT tenant_id, count(*)::int AS issued,
          count(*) FILTER (WHERE status = 'redeemed')::int AS redeemed,
          count(*) FILTER (WHERE status = 'expired')::int AS expired
        FROM cheques GROUP BY tenant_id`),
    read(sql`SELECT tenant_id, count(*)::int AS marks,
          count(*) FILTER (WHERE status IN ('present', 'late'))::int AS attended
        FROM attendance GROUP BY tenant_id`),
    read(sql`SELECT tenant_id, count(*)::int AS open FROM signals WHERE status = 'open' GROUP BY tenant_id`),
  ]);
  const byTenant = (rows: Counts[]) => new Map(rows.map((row) => [row.tenant_id, row]));
  const clientsOf = byTenant(clients);
  const devicesOf = byTenant(devices);
  const chequesOf = byTenant(cheques);
  const attendanceOf = byTenant(attendance);
  const signalsOf = byTenant(signals);
  const perTenant = tenants.map((tenant): TenantFigures => {
    const n = (map: Map<string, Counts>, key: string) => Number(map.get(tenant.id)?.[key] ?? 0);
    return {
      tenantId: tenant.id,
      name: tenant.name,
      clients: n(clientsOf, 'clients'),
      laptopsHandedOut: n(devicesOf, 'handed_out'),
      chequesIssued: n(chequesOf, 'issued'),
      chequesRedeemed: n(chequesOf, 'redeemed'),
      chequesExpired: n(chequesOf, 'expired'),
      attendanceMarks: n(attendanceOf, 'marks'),
      attended: n(attendanceOf, 'attended'),
      openSignals: n(signalsOf, 'open'),
    };
  });
  const sum = (key: keyof Omit<TenantFigures, 'tenantId' | 'name'>) =>
    perTenant.reduce((total, tenant) => total + tenant[key], 0);
  return {
    tenants: perTenant,
    totals: {
      tenants: perTenant.length,
      clients: sum('clients'),
      laptopsHandedOut: sum('laptopsHandedOut'),
      chequesIssued: sum('chequesIssued'),
      chequesRedeemed: sum('chequesRedeemed'),
      chequesExpired: sum('chequesExpired'),
      attendanceMarks: sum('attendanceMarks'),
      attended: sum('attended'),
      openSignals: sum('openSignals'),
    },
  };
}

/** The overview as a plain-text table, one line per welfare centre and a line of totals. */
export function formatDeploymentFigures({ figures }: { figures: DeploymentFigures }): string {
  const header = [
    'welfare centre',
    'clients',
    'laptops',
    'cheques',
    'redeemed',
    'expired',
    'attended',
    'signals',
  ];
  const percent = (part: number, whole: number) =>
    whole === 0 ? '-' : `${Math.round((part / whole) * 100)} %`;
  const line = (name: string, row: Omit<TenantFigures, 'tenantId' | 'name'>) => [
    name,
    String(row.clients),
    String(row.laptopsHandedOut),
    String(row.chequesIssued),
    String(row.chequesRedeemed),
    String(row.chequesExpired),
    percent(row.attended, row.attendanceMarks),
    String(row.openSignals),
  ];
  const rows = [
    header,
    ...figures.tenants.map((tenant) => line(tenant.name, tenant)),
    line(
      `total (${figures.totals.tenants} centre${figures.totals.tenants === 1 ? '' : 's'})`,
      figures.totals,
    ),
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    )
    .join('\n');
}
