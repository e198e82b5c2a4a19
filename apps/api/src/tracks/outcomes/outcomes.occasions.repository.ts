import type { OrgKind } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';

/** Where a partner takes the end round: the teacher's session, the student's visit, and whether the partner serves the client. */
export function createOutcomeOccasionsRepository({ db }: { db: Database }) {
  return {
    /**
     * A session of a group the teacher teaches and the client is enrolled in, with the group's last
     * half-day (cancelled sessions left out).
     */
    async findTeacherSession({
      sessionId,
      clientId,
      teacherUserId,
      trainingOrgId,
    }: {
      sessionId: string;
      clientId: string;
      teacherUserId: string;
      trainingOrgId: string;
    }): Promise<{ session: { session_date: string; last_session_date: string } | undefined }> {
      const [session] = await queryRows<{ session_date: string; last_session_date: string }>({
        db,
        query: sql`SELECT to_char(s.date, 'YYYY-MM-DD') AS session_date,
            (SELECT to_char(max(o.date), 'YYYY-MM-DD') FROM course_sessions o
              WHERE o.group_id = g.id AND o.cancelled_at IS NULL) AS last_session_date
          FROM course_sessions s
          JOIN course_groups g ON g.id = s.group_id
          WHERE s.id = ${sessionId} AND s.cancelled_at IS NULL AND g.training_org_id = ${trainingOrgId}
            AND g.teacher_user_id = ${teacherUserId}
            AND EXISTS (SELECT 1 FROM enrolments e WHERE e.group_id = g.id AND e.client_id = ${clientId}
              AND e.status = 'enrolled')`,
      });
      return { session };
    },

    /**
     * A cheque of the client planned with (or redeemed by) the student, and which of the client's
     * visits it is: its place among the client's redeemed cheques, or the next one when not redeemed yet.
     */
    async findStudentVisit({
      chequeId,
      clientId,
      studentUserId,
      homeHelpOrgId,
    }: {
      chequeId: string;
      clientId: string;
      studentUserId: string;
      homeHelpOrgId: string;
    }): Promise<{ visit: { visit_number: number } | undefined }> {
      const [visit] = await queryRows<{ visit_number: number }>({
        db,
        query: sql`SELECT (CASE WHEN ch.redeemed_at IS NULL
              THEN (SELECT count(*) FROM cheques o WHERE o.client_id = ch.client_id AND o.redeemed_at IS NOT NULL) + 1
              ELSE (SELECT count(*) FROM cheques o WHERE o.client_id = ch.client_id AND o.redeemed_at IS NOT NULL
                AND o.redeemed_at <= ch.redeemed_at) END)::int AS visit_number
          FROM cheques ch
          WHERE ch.id = ${chequeId} AND ch.client_id = ${clientId} AND ch.home_help_org_id = ${homeHelpOrgId}
            AND ch.student_user_id = ${studentUserId}`,
      });
      return { visit };
    },

    /** Whether the partner organisation works with the client: a cheque of theirs, or an enrolment. */
    async partnerServesClient({
      clientId,
      orgId,
      orgKind,
    }: {
      clientId: string;
      orgId: string;
      orgKind: OrgKind;
    }): Promise<boolean> {
      const [row] = await queryRows<{ served: boolean }>({
        db,
        query:
          orgKind === 'home_help'
            ? sql`SELECT EXISTS (SELECT 1 FROM cheques WHERE client_id = ${clientId} AND home_help_org_id = ${orgId}) AS served`
            : sql`SELECT EXISTS (SELECT 1 FROM enrolments WHERE client_id = ${clientId} AND training_org_id = ${orgId}) AS served`,
      });
      return row?.served === true;
    },
  };
}
