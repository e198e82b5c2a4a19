import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, findInTenant, listOfClient } from '../../ground/database/query-helpers';
import { devicesTable } from '../../records/devices/devices.tables';
import { findIntakeWithProgramme } from '../intake/intake.repository';
import { intakesTable } from '../intake/intake.tables';
import { chequesTable } from './cheques.tables';

export type ChequeRow = typeof chequesTable.$inferSelect;

export function createChequesRepository({ db }: { db: Database }) {
  return {
    /** In the order they were issued, an installation cheque before the others issued with it. */
    async listClientCheques(client: { tenantId: string; clientId: string }) {
      const installationFirst = desc(sql`${chequesTable.purpose} = 'installation'`);
      const order = [asc(chequesTable.issuedAt), installationFirst, asc(chequesTable.id)];
      return { cheques: await listOfClient(db, chequesTable, client, ...order) };
    },

    /** What issuing needs: the approved intake's programme and package, and whether the laptop is out. */
    async findIssueContext({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const intake = await findIntakeWithProgramme(
        db,
        { tenantId, clientId },
        eq(intakesTable.decision, 'approved'),
      );
      const held = await db.$count(
        devicesTable,
        columnsEqual(devicesTable, { tenantId, holderClientId: clientId, status: 'handed_out' }),
      );
      return { intake, equipped: held > 0 };
    },

    async insertCheques({ cheques }: { cheques: (typeof chequesTable.$inferInsert)[] }) {
      return { cheques: await db.insert(chequesTable).values(cheques).returning() };
    },

    async findCheque({ tenantId, chequeId }: { tenantId: string; chequeId: string }) {
      return { cheque: await findInTenant(db, chequesTable, { tenantId, id: chequeId }) };
    },

    /** Cancels only while the cheque is still open, whatever happened since it was read. */
    async cancelCheque({
      tenantId,
      chequeId,
      reason,
      now,
    }: {
      tenantId: string;
      chequeId: string;
      reason: string;
      now: Date;
    }) {
      const rows = await db
        .update(chequesTable)
        .set({ status: 'cancelled', cancelledReason: reason, updatedAt: now })
        .where(
          columnsEqual(
            chequesTable,
            { tenantId, id: chequeId },
            inArray(chequesTable.status, ['issued', 'requested', 'scheduled']),
          ),
        )
        .returning();
      return { cheque: rows[0] };
    },
  };
}
