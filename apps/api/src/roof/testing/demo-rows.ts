import { eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { usersTable } from '../../records/users/users.tables';

/** The id of the programme the demo tenant runs now (its one active programme). */
export async function activeProgrammeId(db: Database): Promise<string> {
  const [programme] = await queryRows<{ id: string }>({
    db,
    query: sql`SELECT id FROM programmes WHERE status = 'active' LIMIT 1`,
  });
  if (!programme) throw new Error('No active programme in the test database');
  return programme.id;
}

/** The id of the client with this file number (a demo client's, `GNT-2025-0003`); throws when there is none. */
export async function clientIdOfFile(db: Database, fileNumber: string): Promise<string> {
  const [client] = await db.select().from(clientsTable).where(eq(clientsTable.fileNumber, fileNumber));
  if (!client) throw new Error(`No client with file number ${fileNumber} in the test database`);
  return client.id;
}

/** The id of the demo tenant (slug `gent-demo`), or of the first tenant when it has another slug. */
export async function demoTenantId(db: Database): Promise<string> {
  const [demo] = await db.select().from(tenantsTable).where(eq(tenantsTable.slug, 'gent-demo'));
  return demo?.id ?? (await db.select().from(tenantsTable))[0]!.id;
}

/** The id of the account with this email (a demo account's, `student@beego.demo`); throws when there is none. */
export async function userIdOf(db: Database, email: string): Promise<string> {
  const [user] = await db.select({ id: usersTable.id }).from(usersTable).where(eq(usersTable.email, email));
  if (!user) throw new Error(`No account ${email} in the test database`);
  return user.id;
}
