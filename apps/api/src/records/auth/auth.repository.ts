import type { OrgKind, Role } from '@digipakket/domain';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { preparedPerDatabase } from '../../ground/database/prepared';
import { columnsOf } from '../../ground/database/query-helpers';
import {
  organisationsTable,
  partnershipsTable,
  tenantsTable,
} from '../../ground/organisations/organisations.tables';
import { usersTable } from '../users/users.tables';
import { type SecondFactorStep, sessionsTable } from './auth.tables';

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: string;
  passwordHash: string;
  disabledAt: Date | null;
  passwordChangeRequired: boolean;
  organisation: { id: string; name: string; kind: OrgKind; tenantId: string | null };
};

const userColumns = {
  ...columnsOf(usersTable, [
    'id',
    'email',
    'displayName',
    'role',
    'locale',
    'passwordHash',
    'disabledAt',
    'passwordChangeRequired',
  ]),
  orgId: organisationsTable.id,
  orgName: organisationsTable.name,
  orgKind: organisationsTable.kind,
  orgTenantId: organisationsTable.tenantId,
};

function toSessionUser(row: {
  id: string;
  email: string;
  displayName: string;
  role: string;
  locale: string;
  passwordHash: string;
  disabledAt: Date | null;
  passwordChangeRequired: boolean;
  orgId: string;
  orgName: string;
  orgKind: OrgKind;
  orgTenantId: string | null;
}): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as Role,
    locale: row.locale,
    passwordHash: row.passwordHash,
    disabledAt: row.disabledAt,
    passwordChangeRequired: row.passwordChangeRequired,
    organisation: { id: row.orgId, name: row.orgName, kind: row.orgKind, tenantId: row.orgTenantId },
  };
}

// Every request with a session cookie runs this first.
const sessionByTokenHash = preparedPerDatabase((db) =>
  db
    .select({
      sessionId: sessionsTable.id,
      ...columnsOf(sessionsTable, ['createdAt', 'lastSeenAt', 'expiresAt', 'secondFactor']),
      ...userColumns,
    })
    .from(sessionsTable)
    .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
    .innerJoin(organisationsTable, eq(organisationsTable.id, usersTable.organisationId))
    .where(eq(sessionsTable.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('auth_session_by_token_hash'),
);

export function createAuthRepository({ db }: { db: Database }) {
  return {
    async findUserByEmail({ email }: { email: string }) {
      const [row] = await db
        .select(userColumns)
        .from(usersTable)
        .innerJoin(organisationsTable, eq(organisationsTable.id, usersTable.organisationId))
        .where(eq(usersTable.email, email.toLowerCase()))
        .limit(1);
      return { user: row ? toSessionUser(row) : undefined };
    },

    async createSession(values: {
      tokenHash: string;
      userId: string;
      createdAt: Date;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
      /** What the session still lacks after the first step; none for a full session. */
      secondFactor?: SecondFactorStep | null;
    }) {
      const [session] = await db
        .insert(sessionsTable)
        .values({ ...values, lastSeenAt: values.createdAt })
        .returning({ id: sessionsTable.id });
      return { session: session! };
    },

    async findSessionByTokenHash({ tokenHash }: { tokenHash: string }) {
      const [row] = await sessionByTokenHash(db).execute({ tokenHash });
      if (!row) return { session: undefined, user: undefined };
      const session = {
        id: row.sessionId,
        createdAt: row.createdAt,
        lastSeenAt: row.lastSeenAt,
        expiresAt: row.expiresAt,
        secondFactor: row.secondFactor,
      };
      return { session, user: toSessionUser(row) };
    },

    async touchSession({ sessionId, at }: { sessionId: string; at: Date }) {
      await db.update(sessionsTable).set({ lastSeenAt: at }).where(eq(sessionsTable.id, sessionId));
    },

    async deleteSession({ sessionId }: { sessionId: string }) {
      await db.delete(sessionsTable).where(eq(sessionsTable.id, sessionId));
    },

    /** Stores a password the user chose and lifts the requirement to change it. */
    async setOwnPassword({ userId, passwordHash, at }: { userId: string; passwordHash: string; at: Date }) {
      await db
        .update(usersTable)
        .set({ passwordHash, passwordChangeRequired: false, updatedAt: at })
        .where(eq(usersTable.id, userId));
    },

    async deleteSessionsOfUser({ userId }: { userId: string }) {
      await db.delete(sessionsTable).where(eq(sessionsTable.userId, userId));
    },

    /** The tenants a user works for: its own for welfare staff, the partnered ones for partners. */
    async listTenantsOf({ organisation }: { organisation: SessionUser['organisation'] }) {
      if (organisation.tenantId) {
        const tenants = await db
          .select({ id: tenantsTable.id, name: tenantsTable.name })
          .from(tenantsTable)
          .where(eq(tenantsTable.id, organisation.tenantId));
        return { tenants };
      }
      const tenants = await db
        .selectDistinct({ id: tenantsTable.id, name: tenantsTable.name })
        .from(partnershipsTable)
        .innerJoin(tenantsTable, eq(tenantsTable.id, partnershipsTable.tenantId))
        .where(eq(partnershipsTable.partnerOrgId, organisation.id))
        .orderBy(tenantsTable.name);
      return { tenants };
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
