import { and, asc, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../app/database';
import { chequesTable } from '../cheques/cheques.tables';
import { clientsTable } from '../clients/clients.tables';
import { intakesTable } from '../intake/intake.tables';

export function createVisitsRepository({ db }: { db: Database }) {
  return {
    /**
     * Scheduled cheques from the start of `fromDate` (a local date in `timeZone`) on: for one student,
     * or for the whole home-help organisation.
     */
    async listScheduledVisits({
      homeHelpOrgId,
      studentUserId,
      fromDate,
      timeZone,
    }: {
      homeHelpOrgId: string;
      studentUserId: string | undefined;
      fromDate: string;
      timeZone: string;
    }) {
      const conditions: SQL[] = [
        eq(chequesTable.homeHelpOrgId, homeHelpOrgId),
        eq(chequesTable.status, 'scheduled'),
        gte(chequesTable.appointmentAt, sql`(${fromDate}::date::timestamp AT TIME ZONE ${timeZone})`),
      ];
      if (studentUserId) conditions.push(eq(chequesTable.studentUserId, studentUserId));
      const rows = await db
        .select({
          chequeId: chequesTable.id,
          appointmentAt: chequesTable.appointmentAt,
          purpose: chequesTable.purpose,
          firstName: clientsTable.firstName,
          lastName: clientsTable.lastName,
          street: clientsTable.street,
          postcode: clientsTable.postcode,
          city: clientsTable.city,
          phone: clientsTable.phone,
          language: clientsTable.preferredLanguage,
          needsInterpreter: clientsTable.needsInterpreter,
          skillLevel: intakesTable.skillLevel,
        })
        .from(chequesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
        .leftJoin(
          intakesTable,
          and(
            eq(intakesTable.clientId, chequesTable.clientId),
            eq(intakesTable.programmeId, chequesTable.programmeId),
          ),
        )
        .where(and(...conditions))
        .orderBy(asc(chequesTable.appointmentAt), asc(chequesTable.id))
        .limit(500);
      return { rows };
    },
  };
}
