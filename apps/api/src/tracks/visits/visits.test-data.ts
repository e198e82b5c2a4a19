import { randomBytes } from 'node:crypto';
import { generateChequeCode } from '@digipakket/domain';
import type { Database } from '../../ground/database/database';
import { organisationsTable, tenantsTable } from '../../ground/organisations/organisations.tables';
import { generateId, randomString } from '../../ground/shared/ids';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { chequesTable } from '../cheques/cheques.tables';

/**
 * A second tenant with its own home-help partner and one open cheque, for tests that check a partner
 * never reaches another tenant's work.
 */
export async function insertOtherTenantCheque({ db }: { db: Database }) {
  const suffix = randomString({ length: 6 });
  const tenantId = generateId({ kind: 'tenant' });
  await db
    .insert(tenantsTable)
    .values({ id: tenantId, name: `OCMW Elders ${suffix}`, slug: `elders-${suffix}` });
  const welfareId = generateId({ kind: 'organisation' });
  const homeHelpId = generateId({ kind: 'organisation' });
  await db.insert(organisationsTable).values([
    { id: welfareId, kind: 'welfare', name: `OCMW Elders ${suffix}`, tenantId },
    { id: homeHelpId, kind: 'home_help', name: `Thuishulp Elders ${suffix}` },
  ]);
  const programmeId = generateId({ kind: 'programme' });
  await db
    .insert(programmesTable)
    .values({ id: programmeId, tenantId, name: 'Digipakket', homeHelpOrgId: homeHelpId });
  const clientId = generateId({ kind: 'client' });
  await db.insert(clientsTable).values({
    id: clientId,
    tenantId,
    fileNumber: `E-${suffix}`,
    firstName: 'Anna',
    lastName: 'Elders',
    preferredLanguage: 'nl',
  });
  const { code } = generateChequeCode({ randomBytes: new Uint8Array(randomBytes(16)) });
  const chequeId = generateId({ kind: 'cheque' });
  await db.insert(chequesTable).values({
    id: chequeId,
    tenantId,
    clientId,
    programmeId,
    code,
    purpose: 'installation',
    status: 'requested',
    validUntil: '2099-12-31',
    homeHelpOrgId: homeHelpId,
  });
  return { tenantId, chequeId, code };
}
