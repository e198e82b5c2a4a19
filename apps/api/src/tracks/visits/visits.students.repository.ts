import { and, asc, count, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf } from '../../ground/database/query-helpers';
import { sessionsTable } from '../../records/auth/auth.tables';
import { createUsersRepository } from '../../records/users/users.repository';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';

/** The students of a home-help organisation who make the visits. */
export function createVisitStudentsRepository({ db }: { db: Database }) {
  return {
    async listStudents({ homeHelpOrgId, from }: { homeHelpOrgId: string; from: Date }) {
      const upcoming = db
        .select({ studentUserId: chequesTable.studentUserId, n: count().as('n') })
        .from(chequesTable)
        .where(and(eq(chequesTable.status, 'scheduled'), gte(chequesTable.appointmentAt, from)))
        .groupBy(chequesTable.studentUserId)
        .as('upcoming');
      const rows = await db
        .select({
          ...columnsOf(usersTable, ['id', 'email', 'displayName', 'disabledAt']),
          upcomingVisits: sql<number>`coalesce(${upcoming.n}, 0)`.mapWith(Number),
        })
        .from(usersTable)
        .leftJoin(upcoming, eq(upcoming.studentUserId, usersTable.id))
        .where(columnsEqual(usersTable, { organisationId: homeHelpOrgId, role: 'student' }))
        .orderBy(asc(usersTable.displayName));
      return { students: rows };
    },

    /** An active student of the home-help organisation, or undefined. */
    async findActiveStudent({ homeHelpOrgId, studentId }: { homeHelpOrgId: string; studentId: string }) {
      const { user } = await createUsersRepository({ db }).findActiveUserOfOrganisation({
        organisationId: homeHelpOrgId,
        userId: studentId,
        role: 'student',
      });
      return { student: user };
    },

    async disableStudent({
      homeHelpOrgId,
      studentId,
      at,
    }: {
      homeHelpOrgId: string;
      studentId: string;
      at: Date;
    }) {
      const rows = await db
        .update(usersTable)
        .set({ disabledAt: at, updatedAt: at })
        .where(columnsEqual(usersTable, { id: studentId, organisationId: homeHelpOrgId, role: 'student' }))
        .returning({ id: usersTable.id });
      if (rows.length === 1) await db.delete(sessionsTable).where(eq(sessionsTable.userId, studentId));
      return { disabled: rows.length === 1 };
    },
  };
}
