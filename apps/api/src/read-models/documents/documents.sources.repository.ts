import { OPEN_CHEQUE_STATUSES } from '@digipakket/domain';
import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import {
  columnsEqual,
  findInTenant,
  findLatestOfClient,
  ofClient,
} from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { buddyPairingsTable } from '../../tracks/guidance/guidance.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { enrolledInBasicCourse } from '../../tracks/training/training.facts';
import {
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  trainingLocationsTable,
} from '../../tracks/training/training.tables';

type LocationRow = typeof trainingLocationsTable.$inferSelect;
type ClientOfTenant = { db: Database; tenantId: string; clientId: string };

async function userName(db: Database, userId: string | null | undefined): Promise<string | undefined> {
  if (!userId) return undefined;
  const [user] = await db
    .select({ displayName: usersTable.displayName })
    .from(usersTable)
    .where(eq(usersTable.id, userId));
  return user?.displayName;
}

/** The laptop reserved for or handed out to the client, with the event of its hand-out. */
async function heldDevice({ db, tenantId, clientId }: ClientOfTenant) {
  const [device] = await db
    .select()
    .from(devicesTable)
    .where(
      columnsEqual(
        devicesTable,
        { tenantId, holderClientId: clientId },
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
  return { device, handout };
}

/** The client's cheques still open and valid on `today`, in the order they are printed. */
function openCheques({ db, tenantId, clientId, today }: ClientOfTenant & { today: string }) {
  return db
    .select()
    .from(chequesTable)
    .where(
      ofClient(
        chequesTable,
        { tenantId, clientId },
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
}

/** The basic course the client is enrolled in: its live sessions, place and teacher; undefined without one. */
async function basicCourse({ db, tenantId, clientId }: ClientOfTenant): Promise<
  | {
      trainingOrgId: string;
      sessions: Array<{ date: string; startTime: string; endTime: string; location?: LocationRow }>;
      location?: LocationRow;
      teacher?: string;
    }
  | undefined
> {
  const [enrolment] = await db
    .select({ group: courseGroupsTable })
    .from(enrolmentsTable)
    .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
    .where(ofClient(enrolmentsTable, { tenantId, clientId }, enrolledInBasicCourse))
    .orderBy(desc(enrolmentsTable.enrolledAt))
    .limit(1);
  if (!enrolment) return undefined;
  const sessions = await db
    .select({ session: courseSessionsTable, location: trainingLocationsTable })
    .from(courseSessionsTable)
    .leftJoin(trainingLocationsTable, eq(trainingLocationsTable.id, courseSessionsTable.locationId))
    .where(and(eq(courseSessionsTable.groupId, enrolment.group.id), isNull(courseSessionsTable.cancelledAt)))
    .orderBy(asc(courseSessionsTable.date), asc(courseSessionsTable.startTime));
  const [location] = enrolment.group.locationId
    ? await db
        .select()
        .from(trainingLocationsTable)
        .where(eq(trainingLocationsTable.id, enrolment.group.locationId))
    : [];
  const teacher = await userName(db, enrolment.group.teacherUserId);
  return {
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

/** The client's active Digibuddy, the latest pairing first. */
async function activeBuddy({ db, tenantId, clientId }: ClientOfTenant) {
  const [buddy] = await db
    .select({
      name: buddyPairingsTable.buddyName,
      phone: buddyPairingsTable.buddyPhone,
      email: buddyPairingsTable.buddyEmail,
    })
    .from(buddyPairingsTable)
    .where(ofClient(buddyPairingsTable, { tenantId, clientId }, eq(buddyPairingsTable.status, 'active')))
    .orderBy(desc(buddyPairingsTable.startedOn))
    .limit(1);
  return buddy;
}

/** One client's facts a pack is made from, or undefined when the client is not in the tenant. */
export async function loadClientSources({
  db,
  tenantId,
  clientId,
  today,
}: ClientOfTenant & { today: string }) {
  const client = await findInTenant(db, clientsTable, { tenantId, id: clientId });
  if (!client) return undefined;
  const intake = await findLatestOfClient(db, intakesTable, { tenantId, clientId });
  const { device, handout } = await heldDevice({ db, tenantId, clientId });
  const cheques = await openCheques({ db, tenantId, clientId, today });
  const course = await basicCourse({ db, tenantId, clientId });
  const socialWorker = (await userName(db, handout?.actorUserId)) ?? (await userName(db, client.createdBy));
  const buddy = await activeBuddy({ db, tenantId, clientId });
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
}
