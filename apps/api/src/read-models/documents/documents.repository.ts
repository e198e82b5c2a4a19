import { OPEN_CHEQUE_STATUSES } from '@digipakket/domain';
import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { organisationsTable, partnershipsTable } from '../../ground/organisations/organisations.tables';
import { createBrandingRepository } from '../../records/branding/branding.repository';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { createDigipuntenRepository } from '../../records/digipunten/digipunten.repository';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { buddyPairingsTable } from '../../tracks/guidance/guidance.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import {
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  trainingLocationsTable,
} from '../../tracks/training/training.tables';

/** What every pack of one tenant shares: branding, partners, programmes and the Digipunten directory. */
export type TenantDocumentContext = Awaited<
  ReturnType<ReturnType<typeof createDocumentsRepository>['loadTenantContext']>
>;

/** The facts of one client a pack is made from, straight from the tables. */
export type ClientDocumentSources = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createDocumentsRepository>['loadClientSources']>>
>;

type LocationRow = typeof trainingLocationsTable.$inferSelect;

export function createDocumentsRepository({ db }: { db: Database }) {
  async function userName(userId: string | null | undefined): Promise<string | undefined> {
    if (!userId) return undefined;
    const [user] = await db
      .select({ displayName: usersTable.displayName })
      .from(usersTable)
      .where(eq(usersTable.id, userId));
    return user?.displayName;
  }

  return {
    async loadTenantContext({ tenantId }: { tenantId: string }) {
      const { branding, partnerPhones } = await createBrandingRepository({ db }).getDocumentBranding({
        tenantId,
      });
      const { points } = await createDigipuntenRepository({ db }).listDirectory({ tenantId });
      const programmes = await db
        .select({
          id: programmesTable.id,
          status: programmesTable.status,
          settings: programmesTable.settings,
          homeHelpOrgId: programmesTable.homeHelpOrgId,
          trainingOrgId: programmesTable.trainingOrgId,
        })
        .from(programmesTable)
        .where(eq(programmesTable.tenantId, tenantId))
        .orderBy(asc(programmesTable.createdAt));
      const partners = await db
        .select({ id: organisationsTable.id, name: organisationsTable.name })
        .from(partnershipsTable)
        .innerJoin(organisationsTable, eq(organisationsTable.id, partnershipsTable.partnerOrgId))
        .where(eq(partnershipsTable.tenantId, tenantId));
      return {
        branding,
        partnerPhones,
        digipunten: points,
        programmes,
        partnerNames: new Map(partners.map((partner) => [partner.id, partner.name])),
      };
    },

    /** One client's facts, or undefined when the client is not in the tenant. */
    async loadClientSources({
      tenantId,
      clientId,
      today,
    }: {
      tenantId: string;
      clientId: string;
      today: string;
    }) {
      const [client] = await db
        .select()
        .from(clientsTable)
        .where(and(eq(clientsTable.tenantId, tenantId), eq(clientsTable.id, clientId)));
      if (!client) return undefined;
      const [intake] = await db
        .select({ programmeId: intakesTable.programmeId, waveId: intakesTable.waveId })
        .from(intakesTable)
        .where(and(eq(intakesTable.tenantId, tenantId), eq(intakesTable.clientId, clientId)))
        .orderBy(desc(intakesTable.createdAt))
        .limit(1);
      const [device] = await db
        .select()
        .from(devicesTable)
        .where(
          and(
            eq(devicesTable.tenantId, tenantId),
            eq(devicesTable.holderClientId, clientId),
            inArray(devicesTable.status, ['reserved', 'handed_out']),
          ),
        );
      const [handout] = device
        ? await db
            .select()
            .from(deviceEventsTable)
            .where(
              and(
                eq(deviceEventsTable.deviceId, device.id),
                eq(deviceEventsTable.clientId, clientId),
                eq(deviceEventsTable.toStatus, 'handed_out'),
              ),
            )
            .orderBy(desc(deviceEventsTable.at))
            .limit(1)
        : [];
      const cheques = await db
        .select()
        .from(chequesTable)
        .where(
          and(
            eq(chequesTable.tenantId, tenantId),
            eq(chequesTable.clientId, clientId),
            inArray(chequesTable.status, [...OPEN_CHEQUE_STATUSES]),
            gte(chequesTable.validUntil, today),
          ),
        )
        .orderBy(
          // The installation cheque is used first, so it is printed first ("Cheque 1 of 2").
          desc(eq(chequesTable.purpose, 'installation')),
          asc(chequesTable.issuedAt),
          asc(chequesTable.id),
        );
      const [enrolment] = await db
        .select({ group: courseGroupsTable })
        .from(enrolmentsTable)
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
        .where(
          and(
            eq(enrolmentsTable.tenantId, tenantId),
            eq(enrolmentsTable.clientId, clientId),
            eq(enrolmentsTable.status, 'enrolled'),
            eq(courseGroupsTable.kind, 'basic'),
          ),
        )
        .orderBy(desc(enrolmentsTable.enrolledAt))
        .limit(1);
      let course:
        | {
            trainingOrgId: string;
            sessions: Array<{ date: string; startTime: string; endTime: string; location?: LocationRow }>;
            location?: LocationRow;
            teacher?: string;
          }
        | undefined;
      if (enrolment) {
        const sessions = await db
          .select({ session: courseSessionsTable, location: trainingLocationsTable })
          .from(courseSessionsTable)
          .leftJoin(trainingLocationsTable, eq(trainingLocationsTable.id, courseSessionsTable.locationId))
          .where(
            and(eq(courseSessionsTable.groupId, enrolment.group.id), isNull(courseSessionsTable.cancelledAt)),
          )
          .orderBy(asc(courseSessionsTable.date), asc(courseSessionsTable.startTime));
        const [location] = enrolment.group.locationId
          ? await db
              .select()
              .from(trainingLocationsTable)
              .where(eq(trainingLocationsTable.id, enrolment.group.locationId))
          : [];
        const teacher = await userName(enrolment.group.teacherUserId);
        course = {
          trainingOrgId: enrolment.group.trainingOrgId,
          sessions: sessions.map(({ session, location: own }) => ({
            date: session.date,
            startTime: session.startTime,
            endTime: session.endTime,
            ...(own ? { location: own } : {}),
          })),
          ...(location ? { location } : {}),
          ...(teacher ? { teacher } : {}),
        };
      }
      const socialWorker = (await userName(handout?.actorUserId)) ?? (await userName(client.createdBy));
      const [buddy] = await db
        .select({
          name: buddyPairingsTable.buddyName,
          phone: buddyPairingsTable.buddyPhone,
          email: buddyPairingsTable.buddyEmail,
        })
        .from(buddyPairingsTable)
        .where(
          and(
            eq(buddyPairingsTable.tenantId, tenantId),
            eq(buddyPairingsTable.clientId, clientId),
            eq(buddyPairingsTable.status, 'active'),
          ),
        )
        .orderBy(desc(buddyPairingsTable.startedOn))
        .limit(1);
      return {
        client,
        programmeId: intake?.programmeId,
        device: device
          ? {
              model: device.model,
              serial: device.serial,
              handedOutAt: device.handedOutAt,
              signaturePng: handout?.signatureMethod === 'screen' ? handout.signaturePng : null,
            }
          : undefined,
        cheques,
        course,
        socialWorker,
        buddy,
      };
    },

    /** The clients of a wave whose intake is approved and not closed, by name. */
    async listWaveClientIds({ tenantId, waveId }: { tenantId: string; waveId: string }) {
      const rows = await db
        .select({ id: clientsTable.id })
        .from(intakesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, intakesTable.clientId))
        .where(
          and(
            eq(intakesTable.tenantId, tenantId),
            eq(intakesTable.waveId, waveId),
            eq(intakesTable.decision, 'approved'),
            isNull(intakesTable.closureKind),
          ),
        )
        .orderBy(asc(clientsTable.lastName), asc(clientsTable.firstName), asc(clientsTable.id));
      return { clientIds: rows.map((row) => row.id) };
    },

    /** The given clients that are in the tenant, by name. */
    async listTenantClientIds({ tenantId, clientIds }: { tenantId: string; clientIds: string[] }) {
      const rows = await db
        .select({ id: clientsTable.id })
        .from(clientsTable)
        .where(and(eq(clientsTable.tenantId, tenantId), inArray(clientsTable.id, clientIds)))
        .orderBy(asc(clientsTable.lastName), asc(clientsTable.firstName), asc(clientsTable.id));
      return { clientIds: rows.map((row) => row.id) };
    },
  };
}
