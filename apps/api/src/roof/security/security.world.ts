import { defaultProgrammeSettings } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../ground/database/database';
import { generateId } from '../../ground/shared/ids';
import type { chequesTable } from '../../tracks/cheques/cheques.tables';
import type { intakesTable } from '../../tracks/intake/intake.tables';
import { messagesTable } from '../../tracks/messages/messages.tables';
import { createSeedBuilder, type SeedBuilder } from '../seed-builder/seed-builder';
import type { TestApp } from '../testing/test-app';
import { demoEmail, mintSession } from './security.fixtures';

/** Accounts the world adds next to the demo ones; the sessions of the suites log in as these too. */
export const WORLD_EMAILS = {
  /** Second home-help partner: serves the demo tenant and the other tenant. */
  otherHomeHelpCoordinator: 'coordinator@digihelpers.test',
  otherStudent: 'student@digihelpers.test',
  /** Second training partner: serves the demo tenant and the other tenant. */
  otherTrainingCoordinator: 'coordinator@leerpunt.test',
  otherTeacher: 'lesgever@leerpunt.test',
  /** The other tenant's welfare staff. */
  otherSocialWorker: 'sociaal@elders.test',
  otherProjectLead: 'projectleider@elders.test',
  otherAdmin: 'admin@elders.test',
  /** Spare accounts the object-owner suite may disable without harming the demo accounts. */
  spareWelfareUser: 'reserve@ocmw-gent.demo',
  spareStudent: 'reserve@beego.demo',
  spareTeacher: 'reserve@ligo.demo',
} as const;

const TODAY = '2025-03-12';

/** The demo side the world builds on: Gent, its partners' accounts, its programme and wave. */
async function readDemoSide({ t }: { t: TestApp }) {
  const db = t.db;
  const one = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => {
    const [row] = await queryRows<T>({ db, query });
    if (!row) throw new Error(`Security world: nothing found for ${JSON.stringify(query.queryChunks)}`);
    return row;
  };

  const gent = await one<{ tenant_id: string; welfare_org_id: string; passwordHash: string; sw: string }>(
    sql`SELECT o.tenant_id, o.id AS welfare_org_id, u.password_hash AS "passwordHash", u.id AS sw
        FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.email = ${demoEmail('welfare:social_worker')}`,
  );
  const userId = async (email: string) =>
    await one<{ id: string; organisation_id: string }>(
      sql`SELECT id, organisation_id FROM users WHERE email = ${email}`,
    );
  const beego = await userId(demoEmail('home_help:coordinator'));
  const demoStudent = await userId(demoEmail('home_help:student'));
  const ligo = await userId(demoEmail('training:coordinator'));
  const demoTeacher = await userId(demoEmail('training:teacher'));
  const gentProgramme = await one<{ id: string }>(
    sql`SELECT id FROM programmes WHERE tenant_id = ${gent.tenant_id} ORDER BY created_at, id LIMIT 1`,
  );
  const gentWave = await one<{ id: string }>(
    sql`SELECT id FROM waves WHERE tenant_id = ${gent.tenant_id} ORDER BY pickup_from DESC LIMIT 1`,
  );

  return { one, gent, beego, demoStudent, ligo, demoTeacher, gentProgramme, gentWave };
}
type DemoSide = Awaited<ReturnType<typeof readDemoSide>>;

/** Elders, the second partners serving both tenants, and the accounts of WORLD_EMAILS. */
async function addElsewhere(seed: SeedBuilder, { gent, beego, ligo }: DemoSide) {
  const ids = {
    eldersTenant: generateId({ kind: 'tenant' }),
    eldersWelfare: generateId({ kind: 'organisation' }),
    digihelpers: generateId({ kind: 'organisation' }),
    leerpunt: generateId({ kind: 'organisation' }),
  };
  await seed.tenants([{ id: ids.eldersTenant, name: 'OCMW Elders', slug: 'elders' }]);
  await seed.organisations([
    { id: ids.eldersWelfare, kind: 'welfare', name: 'OCMW Elders', tenantId: ids.eldersTenant },
    { id: ids.digihelpers, kind: 'home_help', name: 'Digihelpers', tenantId: null },
    { id: ids.leerpunt, kind: 'training', name: 'Leerpunt', tenantId: null },
  ]);
  await seed.partnerships([
    { tenantId: gent.tenant_id, partnerOrgId: ids.digihelpers, kind: 'home_help' },
    { tenantId: gent.tenant_id, partnerOrgId: ids.leerpunt, kind: 'training' },
    { tenantId: ids.eldersTenant, partnerOrgId: ids.digihelpers, kind: 'home_help' },
    { tenantId: ids.eldersTenant, partnerOrgId: ids.leerpunt, kind: 'training' },
  ]);

  const users = {
    otherHomeHelpCoordinator: { org: ids.digihelpers, kind: 'home_help', role: 'coordinator' },
    otherStudent: { org: ids.digihelpers, kind: 'home_help', role: 'student' },
    otherTrainingCoordinator: { org: ids.leerpunt, kind: 'training', role: 'coordinator' },
    otherTeacher: { org: ids.leerpunt, kind: 'training', role: 'teacher' },
    otherSocialWorker: { org: ids.eldersWelfare, kind: 'welfare', role: 'social_worker' },
    otherProjectLead: { org: ids.eldersWelfare, kind: 'welfare', role: 'project_lead' },
    otherAdmin: { org: ids.eldersWelfare, kind: 'welfare', role: 'admin' },
    spareWelfareUser: { org: gent.welfare_org_id, kind: 'welfare', role: 'social_worker' },
    spareStudent: { org: beego.organisation_id, kind: 'home_help', role: 'student' },
    spareTeacher: { org: ligo.organisation_id, kind: 'training', role: 'teacher' },
  } as const;
  const userIds = Object.fromEntries(
    Object.keys(users).map((key) => [key, generateId({ kind: 'user' })]),
  ) as Record<keyof typeof users, string>;
  await seed.users(
    Object.entries(users).map(([key, user]) => ({
      id: userIds[key as keyof typeof users],
      email: WORLD_EMAILS[key as keyof typeof users],
      passwordHash: gent.passwordHash,
      displayName: key,
      organisationId: user.org,
      orgKind: user.kind,
      role: user.role,
      locale: 'nl' as const,
    })),
  );

  return { ids, userIds };
}
type Elsewhere = DemoSide & Awaited<ReturnType<typeof addElsewhere>>;

/** Gent's closed extra programme and Elders' programme, wave and client; Gent's extra clients. */
async function addProgrammesAndClients(
  seed: SeedBuilder,
  { one, gent, gentProgramme, ids, userIds }: Elsewhere,
) {
  const settings = defaultProgrammeSettings() as unknown as Record<string, unknown>;
  const [gentExtra, elders] = await seed.programmes([
    {
      tenantId: gent.tenant_id,
      name: 'Digipakket extra',
      // An earlier action of Gent's with other partners: a tenant has one active programme at a time.
      status: 'closed',
      settings: {
        ...settings,
        variations: { ...(settings.variations as Record<string, unknown>), digibuddy: true },
      },
      homeHelpOrgId: ids.digihelpers,
      trainingOrgId: ids.leerpunt,
    },
    {
      tenantId: ids.eldersTenant,
      name: 'Digipakket Elders',
      settings,
      homeHelpOrgId: ids.digihelpers,
      trainingOrgId: ids.leerpunt,
    },
  ]);
  const programmes = { gentExtra: gentExtra!.id, elders: elders!.id };
  const eldersWave = generateId({ kind: 'wave' });
  await seed.waves([
    {
      id: eldersWave,
      tenantId: ids.eldersTenant,
      programmeId: programmes.elders,
      name: 'Golf Elders',
      pickupFrom: '2025-03-01',
      pickupTo: '2025-04-30',
      laptopCapacity: 10,
      chequeHourCapacity: 20,
      trainingSeatCapacity: 10,
    },
  ]);

  const eldersClient = generateId({ kind: 'client' });
  await seed.clients([
    {
      id: eldersClient,
      tenantId: ids.eldersTenant,
      fileNumber: 'ELD-0001',
      firstName: 'Other',
      lastName: 'Tenant',
      preferredLanguage: 'nl',
      phone: '0470 00 00 01',
      street: 'Elderstraat 1',
      postcode: '9000',
      city: 'Elders',
      createdBy: userIds.otherSocialWorker,
    },
  ]);
  await seed.intakes([
    {
      tenantId: ids.eldersTenant,
      clientId: eldersClient,
      programmeId: programmes.elders,
      purposes: ['work'],
      answers: {},
      skillLevel: 'none',
      verdict: { ok: true, reasons: [] },
      decision: 'approved',
      waveId: eldersWave,
      createdBy: userIds.otherSocialWorker,
      decidedBy: userIds.otherSocialWorker,
      decidedAt: new Date('2025-03-01T10:00:00Z'),
    } as typeof intakesTable.$inferInsert,
  ]);

  // A Gent client (approved, not yet equipped) that gets its cheques from Digihelpers and its course from Leerpunt.
  const gentOtherPartnersClient = (
    await one<{ id: string }>(
      sql`SELECT c.id FROM clients c JOIN intakes i ON i.client_id = c.id
          WHERE c.tenant_id = ${gent.tenant_id} AND i.decision = 'approved'
            AND NOT EXISTS (SELECT 1 FROM cheques q WHERE q.client_id = c.id)
            AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.client_id = c.id)
          ORDER BY c.file_number LIMIT 1`,
    )
  ).id;

  // Two more Gent clients: one equipped but without cheques yet, one whose programme offers a Digibuddy.
  const gentClients = { equipped: generateId({ kind: 'client' }), buddy: generateId({ kind: 'client' }) };
  await seed.clients(
    (['equipped', 'buddy'] as const).map((key, index) => ({
      id: gentClients[key],
      tenantId: gent.tenant_id,
      fileNumber: `SEC-GENT-${index + 1}`,
      firstName: key === 'equipped' ? 'Equipped' : 'Buddy',
      lastName: 'Client',
      preferredLanguage: 'nl',
      createdBy: gent.sw,
    })),
  );
  const fullPackage = { cheques: 2, basicCourse: true, digibuddy: false, infoSession: true };
  await seed.intakes(
    (['equipped', 'buddy'] as const).map(
      (key) =>
        ({
          tenantId: gent.tenant_id,
          clientId: gentClients[key],
          programmeId: key === 'equipped' ? gentProgramme.id : programmes.gentExtra,
          purposes: ['work'],
          answers: {},
          skillLevel: 'none',
          verdict: { ok: true, reasons: [], package: fullPackage },
          decision: 'approved',
          createdBy: gent.sw,
          decidedBy: gent.sw,
          decidedAt: new Date('2025-03-01T10:00:00Z'),
        }) as typeof intakesTable.$inferInsert,
    ),
  );

  return { programmes, eldersWave, eldersClient, gentOtherPartnersClient, gentClients };
}
type WithClients = Elsewhere & Awaited<ReturnType<typeof addProgrammesAndClients>>;

/** Laptops of both tenants and the second home-help partner's cheques and visits in each. */
async function addDevicesAndCheques(seed: SeedBuilder, w: WithClients) {
  const {
    gent,
    gentProgramme,
    ids,
    userIds,
    programmes,
    eldersClient,
    gentOtherPartnersClient,
    gentClients,
  } = w;
  const devices = {
    gentSpare: generateId({ kind: 'device' }),
    gentHandedOut: generateId({ kind: 'device' }),
    elders: generateId({ kind: 'device' }),
  };
  await seed.devices([
    { id: devices.gentSpare, tenantId: gent.tenant_id, serial: 'SEC-GENT-1', model: 'Test laptop' },
    {
      id: devices.gentHandedOut,
      tenantId: gent.tenant_id,
      serial: 'SEC-GENT-2',
      model: 'Test laptop',
      programmeId: gentProgramme.id,
      status: 'handed_out',
      holderClientId: gentClients.equipped,
      reservedAt: new Date('2025-03-05T10:00:00Z'),
      handedOutAt: new Date('2025-03-10T10:00:00Z'),
    },
    { id: devices.elders, tenantId: ids.eldersTenant, serial: 'SEC-ELD-1', model: 'Test laptop' },
  ]);

  let codeNumber = 0;
  const cheque = ({
    tenantId,
    clientId,
    programmeId,
    org,
    status,
    student,
  }: {
    tenantId: string;
    clientId: string;
    programmeId: string;
    org: string;
    status: 'issued' | 'requested' | 'scheduled' | 'redeemed';
    student?: string;
  }): typeof chequesTable.$inferInsert => {
    codeNumber += 1;
    return {
      id: generateId({ kind: 'cheque' }),
      tenantId,
      clientId,
      programmeId,
      code: `SECTEST${String(codeNumber).padStart(4, '0')}`,
      purpose: codeNumber % 2 === 0 ? 'free' : 'installation',
      status,
      validUntil: '2026-03-01',
      homeHelpOrgId: org,
      studentUserId: student ?? null,
      appointmentAt:
        status === 'scheduled' || status === 'redeemed' ? new Date('2025-02-20T10:00:00Z') : null,
      redeemedAt: status === 'redeemed' ? new Date('2025-02-20T11:00:00Z') : null,
      issuedAt: new Date('2025-02-01T10:00:00Z'),
    };
  };
  const cheques = {
    gentOtherOrgScheduled: cheque({
      tenantId: gent.tenant_id,
      clientId: gentOtherPartnersClient,
      programmeId: programmes.gentExtra,
      org: ids.digihelpers,
      status: 'scheduled',
      student: userIds.otherStudent,
    }),
    gentOtherOrgRedeemed: cheque({
      tenantId: gent.tenant_id,
      clientId: gentOtherPartnersClient,
      programmeId: programmes.gentExtra,
      org: ids.digihelpers,
      status: 'redeemed',
      student: userIds.otherStudent,
    }),
    eldersScheduled: cheque({
      tenantId: ids.eldersTenant,
      clientId: eldersClient,
      programmeId: programmes.elders,
      org: ids.digihelpers,
      status: 'scheduled',
      student: userIds.otherStudent,
    }),
    eldersRedeemed: cheque({
      tenantId: ids.eldersTenant,
      clientId: eldersClient,
      programmeId: programmes.elders,
      org: ids.digihelpers,
      status: 'redeemed',
      student: userIds.otherStudent,
    }),
  };
  await seed.cheques(Object.values(cheques));
  const visit = (chequeRow: typeof chequesTable.$inferInsert) => ({
    id: generateId({ kind: 'visit' }),
    tenantId: chequeRow.tenantId,
    chequeId: chequeRow.id!,
    homeHelpOrgId: chequeRow.homeHelpOrgId,
    studentUserId: chequeRow.studentUserId!,
    visitedOn: '2025-02-20',
    minutes: 60,
    topics: ['wifi'],
    notes: 'Security world visit',
  });
  const visits = { gent: visit(cheques.gentOtherOrgRedeemed), elders: visit(cheques.eldersRedeemed) };
  await seed.visits(Object.values(visits));

  return { devices, cheques, visits };
}
type WithCheques = WithClients & Awaited<ReturnType<typeof addDevicesAndCheques>>;

/** Statements: one of Beego for Gent, one of Digihelpers for Gent and one for Elders. */
async function addStatements(seed: SeedBuilder, { one, gent, beego, ids, visits }: WithCheques) {
  const beegoVisit = await one<{ id: string; chequeId: string; minutes: number }>(
    sql`SELECT v.id, v.cheque_id AS "chequeId", v.minutes FROM visits v
        WHERE v.tenant_id = ${gent.tenant_id} AND v.home_help_org_id = ${beego.organisation_id}
        ORDER BY v.visited_on, v.id LIMIT 1`,
  );
  const statement = (tenantId: string, org: string) => ({
    id: generateId({ kind: 'statement' }),
    tenantId,
    homeHelpOrgId: org,
    periodMonth: '2025-02',
    status: 'sent' as const,
    sentAt: new Date('2025-03-01T10:00:00Z'),
    totalCheques: 1,
    totalMinutes: 60,
  });
  const statements = {
    gentOwn: statement(gent.tenant_id, beego.organisation_id),
    gentOtherOrg: statement(gent.tenant_id, ids.digihelpers),
    elders: statement(ids.eldersTenant, ids.digihelpers),
  };
  await seed.statements(Object.values(statements));
  /** The statement's line for one visit, in the statement's tenant. */
  const line = (
    statementRow: ReturnType<typeof statement>,
    visitRow: { id: string; chequeId: string; minutes: number },
  ) => ({
    id: generateId({ kind: 'statementLine' }),
    tenantId: statementRow.tenantId,
    statementId: statementRow.id,
    chequeId: visitRow.chequeId,
    visitId: visitRow.id,
    minutes: visitRow.minutes,
  });
  const lines = {
    gentOwn: line(statements.gentOwn, beegoVisit),
    gentOtherOrg: line(statements.gentOtherOrg, visits.gent),
    elders: line(statements.elders, visits.elders),
  };
  await seed.statementLines(Object.values(lines));

  return { statements, lines };
}

/** Training: Leerpunt teaches a group for Gent and one for Elders; Ligo gets a second teacher's group. */
async function addTraining(seed: SeedBuilder, w: WithCheques) {
  const { gent, ligo, gentProgramme, ids, userIds, programmes, eldersClient, gentOtherPartnersClient } = w;
  const locations = { leerpunt: generateId({ kind: 'location' }) };
  await seed.locations([{ id: locations.leerpunt, trainingOrgId: ids.leerpunt, name: 'Leerpunt lokaal 1' }]);
  const group = (
    name: string,
    org: string,
    programmeId: string,
    teacher: string,
    location: string | null,
  ) => ({
    id: generateId({ kind: 'courseGroup' }),
    trainingOrgId: org,
    programmeId,
    kind: 'basic' as const,
    name,
    locationId: location,
    teacherUserId: teacher,
    capacity: 10,
    enrolledCount: 1,
    startsOn: TODAY,
  });
  const groups = {
    gentOtherOrg: group(
      'Leerpunt Gent',
      ids.leerpunt,
      programmes.gentExtra,
      userIds.otherTeacher,
      locations.leerpunt,
    ),
    elders: group(
      'Leerpunt Elders',
      ids.leerpunt,
      programmes.elders,
      userIds.otherTeacher,
      locations.leerpunt,
    ),
    ligoOtherTeacher: {
      ...group('Ligo groep reserve', ligo.organisation_id, gentProgramme.id, userIds.spareTeacher, null),
      enrolledCount: 0,
    },
  };
  await seed.groups(Object.values(groups));
  const session = (groupRow: { id: string; trainingOrgId: string }) => ({
    id: generateId({ kind: 'courseSession' }),
    groupId: groupRow.id,
    trainingOrgId: groupRow.trainingOrgId,
    date: TODAY,
    startTime: '09:30',
    endTime: '12:30',
  });
  const sessions = {
    gentOtherOrg: session(groups.gentOtherOrg),
    elders: session(groups.elders),
    ligoOtherTeacher: session(groups.ligoOtherTeacher),
  };
  await seed.sessions(Object.values(sessions));
  const enrolment = (
    groupRow: { id: string; trainingOrgId: string },
    tenantId: string,
    clientId: string,
    programmeId: string,
  ) => ({
    id: generateId({ kind: 'enrolment' }),
    trainingOrgId: groupRow.trainingOrgId,
    tenantId,
    groupId: groupRow.id,
    clientId,
    programmeId,
    status: 'enrolled' as const,
  });
  const enrolments = {
    gentOtherOrg: enrolment(
      groups.gentOtherOrg,
      gent.tenant_id,
      gentOtherPartnersClient,
      programmes.gentExtra,
    ),
    elders: enrolment(groups.elders, ids.eldersTenant, eldersClient, programmes.elders),
  };
  await seed.enrolments(Object.values(enrolments));
  await seed.attendance(
    (['gentOtherOrg', 'elders'] as const).map((key) => ({
      trainingOrgId: ids.leerpunt,
      tenantId: enrolments[key].tenantId,
      sessionId: sessions[key].id,
      enrolmentId: enrolments[key].id,
      status: 'present' as const,
      markedBy: userIds.otherTeacher,
    })),
  );

  return { locations, groups, sessions, enrolments };
}

/** Signals owned by every organisation, a Digibuddy in Elders and an info moment of each tenant. */
async function addFollowUp(seed: SeedBuilder, w: WithCheques) {
  const { one, gent, beego, ligo, ids, programmes, eldersClient, gentOtherPartnersClient, gentClients } = w;
  const signal = (tenantId: string, owner: string, clientId: string, kind: string) => ({
    id: generateId({ kind: 'signal' }),
    tenantId,
    kind,
    ownerOrgId: owner,
    clientId,
    subjectId: generateId({ kind: 'signal' }),
    severity: 'warning' as const,
    dueAt: new Date('2025-03-14T10:00:00Z'),
  });
  const signals = {
    gentWelfare: signal(gent.tenant_id, gent.welfare_org_id, gentOtherPartnersClient, 'client.inactive'),
    gentBeego: signal(
      gent.tenant_id,
      beego.organisation_id,
      gentOtherPartnersClient,
      'cheque.installation_overdue',
    ),
    gentLigo: signal(gent.tenant_id, ligo.organisation_id, gentOtherPartnersClient, 'training.absent_twice'),
    gentDigihelpers: signal(
      gent.tenant_id,
      ids.digihelpers,
      gentOtherPartnersClient,
      'cheque.installation_overdue',
    ),
    gentLeerpunt: signal(gent.tenant_id, ids.leerpunt, gentOtherPartnersClient, 'training.absent_twice'),
    eldersWelfare: signal(ids.eldersTenant, ids.eldersWelfare, eldersClient, 'client.inactive'),
    eldersDigihelpers: signal(ids.eldersTenant, ids.digihelpers, eldersClient, 'cheque.installation_overdue'),
    eldersLeerpunt: signal(ids.eldersTenant, ids.leerpunt, eldersClient, 'training.absent_twice'),
  };
  await seed.signals(Object.values(signals));

  const pairings = { elders: generateId({ kind: 'buddyPairing' }) };
  await seed.buddies([
    {
      id: pairings.elders,
      tenantId: ids.eldersTenant,
      clientId: eldersClient,
      programmeId: programmes.elders,
      buddyName: 'Elders buddy',
      frequency: 'weekly',
      startedOn: '2025-03-01',
      agreedEndOn: '2025-09-01',
    },
  ]);

  // An info moment of each tenant; the Gent one has invited the equipped client.
  const [gentMoment, eldersMoment] = await seed.infoMoments([
    {
      tenantId: gent.tenant_id,
      startsAt: new Date('2025-03-18T13:00:00Z'),
      place: 'Sociaal Huis',
      language: 'nl',
      capacity: 50,
    },
    {
      tenantId: ids.eldersTenant,
      startsAt: new Date('2025-03-18T13:00:00Z'),
      place: 'Elders',
      language: 'nl',
      capacity: 50,
    },
  ]);
  const infoMoments = { gent: gentMoment!.id, elders: eldersMoment!.id };
  const equippedIntake = await one<{ id: string }>(
    sql`SELECT id FROM intakes WHERE client_id = ${gentClients.equipped} LIMIT 1`,
  );
  await seed.invitations([
    {
      tenantId: gent.tenant_id,
      momentId: infoMoments.gent,
      clientId: gentClients.equipped,
      intakeId: equippedIntake.id,
      invitedAt: new Date('2025-03-10T09:00:00Z'),
    },
  ]);

  return { signals, pairings, infoMoments };
}

/** The ids of rows kept by name, under the same names. */
function idsOf<K extends string>(rows: Record<K, { id?: string | undefined }>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{ id?: string | undefined }>(rows).map(([key, row]) => [key, row.id!]),
  ) as Record<K, string>;
}

/**
 * Two worlds side by side for the security suites. The demo tenant (Gent, partners Beego and Ligo)
 * gets a second home-help partner and a second training partner that also work for it; a second
 * tenant (Elders) works only with those second partners. Every kind of object that a route names by
 * id exists in each place that matters: the caller's own organisation, another organisation of the
 * same tenant, and another tenant. Rows go straight into the tables (no password hashing), so this
 * takes well under a second.
 */
export async function createSecurityWorld({ t }: { t: TestApp }) {
  const seed = createSeedBuilder({ db: t.db });
  const demo = await readDemoSide({ t });
  const elsewhere = { ...demo, ...(await addElsewhere(seed, demo)) };
  const withClients = { ...elsewhere, ...(await addProgrammesAndClients(seed, elsewhere)) };
  const w = { ...withClients, ...(await addDevicesAndCheques(seed, withClients)) };
  const { statements, lines } = await addStatements(seed, w);
  const { locations, groups, sessions, enrolments } = await addTraining(seed, w);
  const { signals, pairings, infoMoments } = await addFollowUp(seed, w);
  const { gent, beego, ligo, demoStudent, demoTeacher, gentProgramme, gentWave, ids, userIds } = w;
  const { programmes, eldersWave, eldersClient, gentOtherPartnersClient, gentClients, devices, cheques } = w;

  const cookie = async (email: string) => mintSession({ t, email });
  const batch = async (email: string, clientId: string) => {
    const res = await t.request('/api/documents/batches', {
      method: 'POST',
      cookie: await cookie(email),
      body: { clientIds: [clientId] },
    });
    if (res.status >= 300)
      throw new Error(`Security world: batch not created (${res.status} ${await res.text()})`);
    return ((await res.json()) as { job: { id: string } }).job.id;
  };

  /** Queues a letter to the client and prints it as a batch through the API, as that tenant's caller. */
  const letterBatch = async (
    email: string,
    client: { tenantId: string; welfareOrgId: string; clientId: string },
  ) => {
    const at = new Date('2025-03-01T09:00:00.000Z');
    await t.db.insert(messagesTable).values({
      tenantId: client.tenantId,
      clientId: client.clientId,
      orgId: client.welfareOrgId,
      kind: 'outcome_follow_up',
      subject: `security:${client.clientId}`,
      appointmentAt: at,
      channel: 'letter',
      dedupeKey: `security:${client.clientId}:letter`,
      language: 'nl',
      body: 'Digipakket: een brief voor de beveiligingstest.',
      sendAfter: at,
    });
    const res = await t.request('/api/messages/letter-batches', {
      method: 'POST',
      cookie: await cookie(email),
    });
    if (res.status >= 300)
      throw new Error(`Security world: letters not printed (${res.status} ${await res.text()})`);
    return ((await res.json()) as { batch: { id: string } }).batch.id;
  };

  return {
    gent: {
      tenantId: gent.tenant_id,
      welfareOrgId: gent.welfare_org_id,
      programmeId: gentProgramme.id,
      waveId: gentWave.id,
      beegoOrgId: beego.organisation_id,
      ligoOrgId: ligo.organisation_id,
      demoStudentId: demoStudent.id,
      demoTeacherId: demoTeacher.id,
      otherPartnersClientId: gentOtherPartnersClient,
      /** Approved, laptop handed out, no cheques and no wave yet. */
      equippedClientId: gentClients.equipped,
      /** Approved in a programme that offers a Digibuddy; no pairing yet. */
      buddyClientId: gentClients.buddy,
    },
    elders: {
      tenantId: ids.eldersTenant,
      welfareOrgId: ids.eldersWelfare,
      programmeId: programmes.elders,
      waveId: eldersWave,
      clientId: eldersClient,
      deviceId: devices.elders,
    },
    orgs: { digihelpers: ids.digihelpers, leerpunt: ids.leerpunt },
    programmes,
    userIds,
    devices,
    cheques: idsOf(cheques),
    statements: idsOf(statements),
    lines: idsOf(lines),
    locations,
    pairings,
    infoMoments,
    groups: idsOf(groups),
    sessions: idsOf(sessions),
    enrolments: idsOf(enrolments),
    signals: idsOf(signals),
    /** Creates a documents batch through the API (the batch route checks its own input). */
    batch,
    letterBatch,
    cookie,
  };
}

export type SecurityWorld = Awaited<ReturnType<typeof createSecurityWorld>>;
