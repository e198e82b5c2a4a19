import { isRoleOf, type Role } from '@digipakket/domain';
import { type Database, withTransaction } from '../../ground/database/database';
import { createOrganisationNotFoundError } from '../../ground/organisations/organisations.errors';
import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import type { Clock } from '../../ground/shared/clock';
import { createAuthRepository } from '../../records/auth/auth.repository';
import {
  createRoleNotOfOrgKindError,
  createUserNotFoundError,
  createWeakPasswordError,
} from '../../records/users/users.errors';
import { hashPassword } from '../../records/users/users.passwords';
import { createUsersRepository } from '../../records/users/users.repository';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../records/users/users.schemas';

/**
 * Creates an account in an organisation; the role must exist for the organisation's kind. With
 * `passwordChangeRequired` (a password someone else chose and saw), the user's sessions reach only
 * the change of password until they choose their own.
 */
export async function createUser({
  db,
  email,
  organisationRef,
  role,
  displayName,
  password,
  passwordChangeRequired,
}: {
  db: Database;
  email: string;
  organisationRef: string;
  role: string;
  displayName: string | undefined;
  password: string;
  passwordChangeRequired: boolean;
}) {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
    throw createWeakPasswordError();
  const { organisation } = await createOrganisationsRepository({ db }).findOrganisation({
    ref: organisationRef,
  });
  if (!organisation) throw createOrganisationNotFoundError();
  if (!isRoleOf(organisation.kind, role)) {
    throw createRoleNotOfOrgKindError({ details: { kind: organisation.kind, role } });
  }
  const passwordHash = await hashPassword({ password });
  const {
    users: [user],
  } = await createUsersRepository({ db }).insertUsers({
    users: [
      {
        email,
        passwordHash,
        displayName: displayName ?? email.split('@')[0]!,
        organisationId: organisation.id,
        orgKind: organisation.kind,
        role: role as Role,
        passwordChangeRequired,
      },
    ],
  });
  return { user: user!, organisation };
}

/** Disables an account and ends all of its sessions, in one transaction. */
export async function disableUser({ db, clock, email }: { db: Database; clock: Clock; email: string }) {
  return withTransaction({
    db,
    work: async (tx) => {
      const users = createUsersRepository({ db: tx });
      const { user } = await users.findUserByEmail({ email });
      if (!user) throw createUserNotFoundError();
      await users.setDisabledAt({ userId: user.id, at: clock.now() });
      await createAuthRepository({ db: tx }).deleteSessionsOfUser({ userId: user.id });
      return { user };
    },
  });
}
