import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { ACCESS, isAllowed } from '../../ground/http/access.policy';
import type { TenantArgs } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createClientNotFoundError } from '../clients/clients.errors';
import { clientsTable } from '../clients/clients.tables';
import { createNothingToImportError } from './digipunten.errors';
import { parseDigipuntenCsv, parseDigipuntenGeoJson } from './digipunten.import';
import type { NearbyDigipunt } from './digipunten.nearest';
import { nearestDigipunten } from './digipunten.nearest';
import { createDigipuntenRepository } from './digipunten.repository';
import type { DigipuntenImportReport, DigipuntenImportSchema } from './digipunten.schemas';

/**
 * Checks a Digipunten file row by row; unless it is a dry run, replaces the tenant's directory
 * with the valid rows in one transaction. A file without one valid row changes nothing.
 */
export async function importDigipunten({
  ctx,
  input,
}: TenantArgs<{ input: z.output<typeof DigipuntenImportSchema> }>): Promise<{
  report: DigipuntenImportReport;
}> {
  const { tenantId } = ctx;
  const { rows, errors } =
    input.format === 'csv'
      ? parseDigipuntenCsv({ csv: input.content })
      : parseDigipuntenGeoJson({ geojson: input.content });
  const refusedRows = new Set(errors.map((error) => error.row)).size;
  const report = (imported: number): DigipuntenImportReport => ({
    dryRun: input.dryRun,
    valid: rows.length,
    refused: refusedRows,
    imported,
    errors,
  });
  if (input.dryRun) return { report: report(0) };
  if (rows.length === 0) throw createNothingToImportError({ details: { errors: errors.slice(0, 100) } });
  const { count } = await ctx.transaction(async ({ tx, audit }) => {
    const result = await createDigipuntenRepository({ db: tx }).replaceDirectory({
      tenantId,
      points: rows,
    });
    await audit({
      action: 'digipunten.import',
      resource: `digipunten:${result.count}`,
    });
    return result;
  });
  return { report: report(count) };
}

/**
 * The tenant's Digipunten; with a client, the ones nearest to the client's home, distances to 100 m
 * (the read is audited). Only a role that sees the client gets the nearest ones; others get 404.
 */
export async function listDigipunten({
  ctx,
  near,
  limit,
}: TenantArgs<{ near: string | undefined; limit: number }>): Promise<{
  items: NearbyDigipunt[];
  total: number;
  area?: string;
}> {
  const { db, tenantId } = ctx;
  const { points } = await createDigipuntenRepository({ db }).listDirectory({ tenantId });
  if (near === undefined) return { items: points, total: points.length };
  const [client] = isIdOf({ kind: 'client', value: near })
    ? await db
        .select({
          id: clientsTable.id,
          lat: clientsTable.lat,
          lon: clientsTable.lon,
          neighbourhood: clientsTable.neighbourhood,
          language: clientsTable.preferredLanguage,
        })
        .from(clientsTable)
        .where(and(eq(clientsTable.tenantId, tenantId), eq(clientsTable.id, near)))
    : [];
  // The points near a client tell where the client lives: only for those who may see the client
  // (not the admin, docs/adr/0005-welfare-admin-without-client-data.md), answered like a missing one.
  const visible = client !== undefined && isAllowed({ access: ACCESS.caseworkers, auth: ctx.actor });
  await ctx.audit({
    clientId: client?.id ?? null,
    action: 'digipunten.near_client',
    resource: `client:${near.slice(0, 64)}`,
    outcome: visible ? 'success' : 'denied',
    purpose: 'client_documents',
  });
  if (!client || !visible) throw createClientNotFoundError();
  const { points: nearest, located } = nearestDigipunten({
    client: {
      ...(client.lat !== null && client.lon !== null ? { lat: client.lat, lon: client.lon } : {}),
      ...(client.neighbourhood ? { neighbourhood: client.neighbourhood } : {}),
      language: client.language,
    },
    points,
    limit,
  });
  // Without the client's location the list is not "near" them: name the places it covers, as the
  // printed page does.
  const area = located ? '' : [...new Set(nearest.map((point) => point.city))].join(', ');
  return { items: nearest, total: nearest.length, ...(area ? { area } : {}) };
}
