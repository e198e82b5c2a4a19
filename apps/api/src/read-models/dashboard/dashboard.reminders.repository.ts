import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import type { DashboardScope } from './dashboard.repository';

/** Appointments that came to pass in one wave, with and without a reminder sent, and how many were missed. */
export type ReminderEffectRow = {
  wave_id: string | null;
  wave_name: string | null;
  kind: 'visit' | 'lesson';
  with_reminder: boolean;
  appointments: number;
  missed: number;
};

/**
 * The home-help visits and training half-days of the programme's clients that came to pass, per wave
 * and per kind, split by whether a reminder reached the channel before them:
 * - a visit is kept when its cheque was redeemed and missed when the student recorded "not at home"
 *   (`cheque.no_show` in the audit log); each counts the reminders sent for an appointment after the
 *   cheque's previous outcome and up to a day past this one;
 * - a half-day is kept when the teacher marked the client present or late and missed when absent
 *   (excused marks are announced, so they count in neither); a reminder of that half-day counts.
 * A reminder counts once it was `sent` or `delivered` (a letter: printed).
 */
export async function listReminderEffect({ db, scope }: { db: Database; scope: DashboardScope }) {
  const inWave = scope.waveId ? sql`AND i.wave_id = ${scope.waveId}` : sql``;
  const rows = await queryRows<{
    wave_id: string | null;
    wave_name: string | null;
    kind: 'visit' | 'lesson';
    with_reminder: boolean;
    appointments: unknown;
    missed: unknown;
  }>({
    db,
    query: sql`
      WITH population AS (
        SELECT DISTINCT ON (i.client_id) i.client_id, i.wave_id FROM intakes i
        WHERE i.tenant_id = ${scope.tenantId} AND i.programme_id = ${scope.programmeId}
          AND i.decision = 'approved' ${inWave}
        ORDER BY i.client_id, i.created_at DESC
      ), visit_outcomes AS (
        SELECT c.id AS cheque_id, c.client_id, false AS missed, COALESCE(c.appointment_at, c.redeemed_at) AS at
        FROM cheques c JOIN population p ON p.client_id = c.client_id
        WHERE c.tenant_id = ${scope.tenantId} AND c.programme_id = ${scope.programmeId} AND c.status = 'redeemed'
        UNION ALL
        SELECT c.id, c.client_id, true, l.at
        FROM audit_log l
        JOIN cheques c ON l.resource = 'cheque:' || c.id
        JOIN population p ON p.client_id = c.client_id
        WHERE l.tenant_id = ${scope.tenantId} AND l.action = 'cheque.no_show' AND l.outcome = 'success'
          AND c.programme_id = ${scope.programmeId}
      ), visits AS (
        SELECT o.*, lag(o.at) OVER (PARTITION BY o.cheque_id ORDER BY o.at) AS previous_at FROM visit_outcomes o
      ), visit_rows AS (
        SELECT v.client_id, 'visit' AS kind, v.missed, EXISTS (
          SELECT 1 FROM messages m
          WHERE m.tenant_id = ${scope.tenantId} AND m.subject = 'cheque:' || v.cheque_id
            AND m.kind = 'visit_reminder' AND m.status IN ('sent', 'delivered') AND m.sent_at <= v.at
            AND m.appointment_at <= v.at + interval '1 day'
            AND (v.previous_at IS NULL OR m.appointment_at > v.previous_at)
        ) AS with_reminder
        FROM visits v
      ), lesson_rows AS (
        SELECT en.client_id, 'lesson' AS kind, a.status = 'absent' AS missed, EXISTS (
          SELECT 1 FROM messages m
          WHERE m.tenant_id = ${scope.tenantId} AND m.subject = 'course_session:' || a.session_id
            AND m.client_id = en.client_id AND m.kind = 'lesson_reminder' AND m.status IN ('sent', 'delivered')
        ) AS with_reminder
        FROM attendance a
        JOIN enrolments en ON en.id = a.enrolment_id
        JOIN population p ON p.client_id = en.client_id
        WHERE a.tenant_id = ${scope.tenantId} AND a.status IN ('present', 'late', 'absent')
      ), outcomes AS (
        SELECT * FROM visit_rows UNION ALL SELECT * FROM lesson_rows
      )
      SELECT p.wave_id, w.name AS wave_name, o.kind, o.with_reminder,
        count(*) AS appointments, count(*) FILTER (WHERE o.missed) AS missed
      FROM outcomes o
      JOIN population p ON p.client_id = o.client_id
      LEFT JOIN waves w ON w.id = p.wave_id
      GROUP BY p.wave_id, w.name, o.kind, o.with_reminder`,
  });
  return {
    rows: rows.map(
      (row): ReminderEffectRow => ({
        ...row,
        appointments: Number(row.appointments),
        missed: Number(row.missed),
      }),
    ),
  };
}
