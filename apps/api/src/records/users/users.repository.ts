import type { OrgKind, Role } from '@digipakket/domain';
import { asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf, findOne, refuseDuplicate } from '../../ground/database/query-helpers';
import { createEmailTakenError } from './users.errors';
import { usersTable } from './users.tables';

export type NewUser = {
  email: string;
  passwordHash: string;
  displayName: string;
  organisationId: string;
  orgKind: OrgKind;
  role: Role;
  locale?: 'nl' | 'en' | 'fr';
  /** True when someone else chose the password: the user must replace it at first login. */
  passwordChangeRequired: boolean;
};

export function createUsersRepository({ db }: { db: Database }) {
  return {
    async insertUsers({ users }: { users: NewUser[] }) {
      const rows = await db
        .insert(usersTable)
        .values(users.map((user) => ({ ...user, email: user.email.toLowerCase() })))
        .returning({ id: usersTable.id, email: usersTable.email })
        .catch(refuseDuplicate('users_email_unique', createEmailTakenError));
      return { users: rows };
    },

    async findUserByEmail({ email }: { email: string }) {
      return { user: await findOne(db, usersTable, { email: email.toLowerCase() }) };
    },

    async listUsersOfOrganisation({ organisationId }: { organisationId: string }) {
      const users = await db
        .select(columnsOf(usersTable, ['id', 'email', 'displayName', 'role', 'disabledAt', 'createdAt']))
        .from(usersTable)
        .where(eq(usersTable.organisationId, organisationId))
        .orderBy(asc(usersTable.displayName), asc(usersTable.email));
      return { users };
    },

    /** Disables an active user of the organisation; answers whether one was disabled. */
    async disableUserOfOrganisation({
      organisationId,
      userId,
      at,
    }: {
      organisationId: string;
      userId: string;
      at: Date;
    }) {
      const rows = await db
        .update(usersTable)
        .set({ disabledAt: at })
        .where(columnsEqual(usersTable, { id: userId, organisationId }, isNull(usersTable.disabledAt)))
        .returning({ id: usersTable.id });
      return { disabled: rows.length > 0 };
    },

    /** An active account of the organisation with this role (any role without one), or undefined. */
    async findActiveUserOfOrganisation({
      organisationId,
      userId,
      role,
    }: {
      organisationId: string;
      userId: string;
      role?: Role;
    }) {
      const [user] = await db
        .select({ id: usersTable.id, orgKind: usersTable.orgKind })
        .from(usersTable)
        .where(
          columnsEqual(
            usersTable,
            { id: userId, organisationId },
            isNull(usersTable.disabledAt),
            role ? eq(usersTable.role, role) : undefined,
          ),
        )
        .limit(1);
      return { user };
    },

    async setDisabledAt({ userId, at }: { userId: string; at: Date | null }) {
      await db.update(usersTable).set({ disabledAt: at }).where(eq(usersTable.id, userId));
    },
  };
}
