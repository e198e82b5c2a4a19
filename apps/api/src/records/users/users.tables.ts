import { ORG_KINDS, PORTAL_LANGUAGES, ROLES_BY_ORG_KIND } from '@digipakket/domain';
import { type SQL, sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { orgKindForeignKey } from '../../ground/organisations/organisations.tables';
import { idColumn, referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { inListText, sqlIn } from '../../ground/shared/sql';

const allRoles = [...new Set(Object.values(ROLES_BY_ORG_KIND).flat())];

function roleMatchesKind(): SQL {
  const cases = ORG_KINDS.map(
    (kind) => `(org_kind = '${kind}' AND ${inListText('role', ROLES_BY_ORG_KIND[kind])})`,
  );
  return sql.raw(cases.join(' OR '));
}

/**
 * A person who logs in. The organisation's kind is repeated here and tied to the organisation by a
 * composite foreign key, so the database itself refuses a role that the organisation kind lacks.
 */
export const usersTable = pgTable(
  'users',
  {
    id: idColumn({ kind: 'user' }),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    organisationId: text('organisation_id').notNull(),
    orgKind: text('org_kind', { enum: ORG_KINDS }).notNull(),
    role: text('role', { enum: allRoles as [string, ...string[]] }).notNull(),
    locale: text('locale', { enum: PORTAL_LANGUAGES }).notNull().default('nl'),
    disabledAt: timestampColumn('disabled_at'),
    /**
     * Set when someone else chose the password (an invitation, an account made by an admin or an
     * operator): its sessions reach only the change of password until the user picks their own.
     */
    passwordChangeRequired: boolean('password_change_required').notNull().default(false),
    ...timestampColumns(),
  },
  (t) => [
    unique('users_email_unique').on(t.email),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('users_locale_valid', sqlIn('locale', PORTAL_LANGUAGES)),
    check('users_role_matches_org_kind', roleMatchesKind()),
    orgKindForeignKey('users_organisation_kind_fk', [t.organisationId, t.orgKind]),
    index('users_organisation_idx').on(t.organisationId),
  ],
);

/** The user a row belongs to; the row is deleted with the user. */
export const userIdColumn = () => referenceColumn('user_id', () => usersTable.id, { onDelete: 'cascade' });
