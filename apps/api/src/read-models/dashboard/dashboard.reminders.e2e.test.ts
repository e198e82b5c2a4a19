import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { queryRows } from '../../ground/database/database';
import { wavesTable } from '../../records/programmes/programmes.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { registerApprovedClient } from '../../roof/testing/approved-client';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { messagesTable } from '../../tracks/messages/messages.tables';
import { attendanceTable, enrolmentsTable } from '../../tracks/training/training.tables';

let t: TestApp;
let lead: string;
let waveId: string;
const HOUR = 3_600_000;

type Ids = { tenantId: string; programmeId: string; beegoId: string; ligoId: string };
let ids: Ids;

signedInAppForFile({ lead: 'projectleider@ocmw-gent.demo' }, async (started) => {
  ({ t, lead } = started);
  const social = (await t.login({ email: 'sociaal@ocmw-gent.demo' })).cookie;
  const [row] = await queryRows<{
    tenant_id: string;
    programme_id: string;
    beego_id: string;
    ligo_id: string;
  }>({
    db: t.db,
    query: sql`SELECT p.tenant_id, p.id AS programme_id,
        (SELECT id FROM organisations WHERE name = 'Beego') AS beego_id,
        (SELECT id FROM organisations WHERE name = 'Ligo') AS ligo_id
      FROM programmes p WHERE p.status = 'active' LIMIT 1`,
  });
  ids = {
    tenantId: row!.tenant_id,
    programmeId: row!.programme_id,
    beegoId: row!.beego_id,
    ligoId: row!.ligo_id,
  };
  const [wave] = await t.db
    .insert(wavesTable)
    .values({
      tenantId: ids.tenantId,
      programmeId: ids.programmeId,
      name: 'Golf herinneringen',
      pickupFrom: '2025-01-06',
      pickupTo: '2025-01-31',
      laptopCapacity: 10,
      chequeHourCapacity: 20,
      trainingSeatCapacity: 10,
    })
    .returning();
  waveId = wave!.id;
  const clients: string[] = [];
  for (const n of [1, 2, 3, 4]) {
    clients.push(
      await registerApprovedClient({
        t,
        cookie: social,
        client: {
          fileNumber: `REM-${n}`,
          firstName: 'Herinnering',
          lastName: `Klant${n}`,
          preferredLanguage: 'nl',
        },
        intake: { waveId },
      }),
    );
  }
  await seedVisits(clients);
  await seedLessons(clients);
});

let codes = 0;
const base = new Date('2025-02-03T09:00:00.000Z');

function reminder(
  clientId: string,
  subject: string,
  kind: 'visit_reminder' | 'lesson_reminder',
  at: Date,
  status: 'sent' | 'delivered' | 'withdrawn',
) {
  codes += 1;
  return {
    tenantId: ids.tenantId,
    clientId,
    orgId: kind === 'visit_reminder' ? ids.beegoId : ids.ligoId,
    kind,
    subject,
    appointmentAt: at,
    daysBefore: 1,
    channel: 'sms' as const,
    dedupeKey: `test-${codes}`,
    language: 'nl',
    body: 'Herinnering',
    status,
    sendAfter: new Date(at.getTime() - 24 * HOUR),
    sentAt: status === 'withdrawn' ? null : new Date(at.getTime() - 24 * HOUR),
  };
}

/**
 * 22 visits in the wave: 12 with a reminder sent (2 missed) and 10 without (4 missed, one of which
 * had its reminder withdrawn, so it counts as without).
 */
async function seedVisits(clients: string[]) {
  const plans = [
    ...Array.from({ length: 10 }, () => ({ missed: false, reminder: 'sent' as const })),
    ...Array.from({ length: 2 }, () => ({ missed: true, reminder: 'delivered' as const })),
    ...Array.from({ length: 6 }, () => ({ missed: false, reminder: null })),
    ...Array.from({ length: 3 }, () => ({ missed: true, reminder: null })),
    { missed: true, reminder: 'withdrawn' as const },
  ];
  for (const [index, plan] of plans.entries()) {
    const clientId = clients[index % 2]!;
    const at = new Date(base.getTime() + index * 24 * HOUR);
    codes += 1;
    const [cheque] = await t.db
      .insert(chequesTable)
      .values({
        tenantId: ids.tenantId,
        clientId,
        programmeId: ids.programmeId,
        code: `REM-VISIT-${codes}`,
        purpose: 'free',
        status: plan.missed ? 'requested' : 'redeemed',
        validUntil: '2026-01-31',
        homeHelpOrgId: ids.beegoId,
        appointmentAt: plan.missed ? null : at,
        redeemedAt: plan.missed ? null : new Date(at.getTime() + HOUR),
      })
      .returning();
    if (plan.reminder) {
      await t.db
        .insert(messagesTable)
        .values(reminder(clientId, `cheque:${cheque!.id}`, 'visit_reminder', at, plan.reminder));
    }
    if (plan.missed) {
      await t.db.insert(auditLogTable).values({
        tenantId: ids.tenantId,
        clientId,
        action: 'cheque.no_show',
        resource: `cheque:${cheque!.id}`,
        outcome: 'success',
        at: new Date(at.getTime() + HOUR),
      });
    }
  }
}

/** Four clients at three half-days: two reminded (one absence), two not (three absences). */
async function seedLessons(clients: string[]) {
  const sessions = await queryRows<{ id: string; group_id: string; training_org_id: string }>({
    db: t.db,
    query: sql`SELECT s.id, s.group_id, s.training_org_id FROM course_sessions s
      WHERE s.group_id = (SELECT group_id FROM course_sessions GROUP BY group_id HAVING count(*) >= 3 LIMIT 1)
      ORDER BY s.date LIMIT 3`,
  });
  const marks: Record<number, string[]> = {
    0: ['present', 'present', 'absent'],
    1: ['late', 'present', 'present'],
    2: ['absent', 'present', 'absent'],
    3: ['present', 'absent', 'excused'],
  };
  for (const [index, clientId] of clients.entries()) {
    const [enrolment] = await t.db
      .insert(enrolmentsTable)
      .values({
        trainingOrgId: sessions[0]!.training_org_id,
        tenantId: ids.tenantId,
        groupId: sessions[0]!.group_id,
        clientId,
        programmeId: ids.programmeId,
        status: 'enrolled',
      })
      .returning();
    for (const [n, session] of sessions.entries()) {
      await t.db.insert(attendanceTable).values({
        trainingOrgId: session.training_org_id,
        tenantId: ids.tenantId,
        sessionId: session.id,
        enrolmentId: enrolment!.id,
        status: marks[index]![n] as 'present',
      });
      if (index < 2) {
        await t.db
          .insert(messagesTable)
          .values(reminder(clientId, `course_session:${session.id}`, 'lesson_reminder', base, 'sent'));
      }
    }
  }
}

describe('the effect of reminders on the dashboard', () => {
  it('counts missed visits and half-days with a reminder sent and without, with their rates, per wave', async () => {
    const res = await t.request(`/api/dashboard?waveId=${waveId}`, { cookie: lead });
    expect(res.status).toBe(200);
    const { reminderEffect } = await res.json();
    expect(reminderEffect).toEqual({
      minimumPerGroup: 10,
      waves: [
        {
          wave: { id: waveId, name: 'Golf herinneringen' },
          visits: {
            withReminder: { appointments: 12, missed: 2, rate: 0.167 },
            withoutReminder: { appointments: 10, missed: 4, rate: 0.4 },
            comparable: true,
          },
          lessons: {
            withReminder: { appointments: 6, missed: 1, rate: 0.167 },
            withoutReminder: { appointments: 5, missed: 3, rate: 0.6 },
            comparable: false,
          },
        },
      ],
    });
  });

  it('lists every wave of the programme that had appointments when no wave is chosen', async () => {
    const { reminderEffect } = await (await t.request('/api/dashboard', { cookie: lead })).json();
    const names = reminderEffect.waves.map(
      (row: { wave: { name: string } | null }) => row.wave?.name ?? null,
    );
    expect(names).toContain('Golf herinneringen');
    const ours = reminderEffect.waves.find((row: { wave: { id: string } | null }) => row.wave?.id === waveId);
    expect(ours.visits.withReminder).toEqual({ appointments: 12, missed: 2, rate: 0.167 });
  });

  it('is the project lead’s only', async () => {
    const social = (await t.login({ email: 'sociaal@ocmw-gent.demo' })).cookie;
    expect((await t.request('/api/dashboard', { cookie: social })).status).toBe(403);
  });
});
