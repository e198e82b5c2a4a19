import { randomBytes } from 'node:crypto';
import { withTransaction } from '../../ground/database/database';
import type { RequestContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createAuthRepository } from '../../records/auth/auth.repository';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { createUsersRepository } from '../../records/users/users.repository';
import { createUser } from '../accounts/accounts.usecases';
import { createTeacherNotFoundError } from '../training/training.errors';
import type { Teacher, TeacherInviteResponse, TrainingProgramme } from '../training/training.schemas';
import { orgOf } from './courses.mapping';
import { createCoursesRepository } from './courses.repository';

export async function listTeachers({ ctx }: { ctx: RequestContext }): Promise<{ items: Teacher[] }> {
  const { db } = ctx;
  const { rows } = await createCoursesRepository({ db }).listTeachers({ trainingOrgId: orgOf(ctx) });
  return {
    items: rows.map((row) => ({
      id: row.id,
      displayName: row.displayName,
      email: row.email,
      active: row.disabledAt === null,
    })),
  };
}

/**
 * Creates a teacher account with a one-time password, which is returned this once and never stored.
 * It opens only the change of password: the teacher chooses their own at first login.
 */
export async function inviteTeacher({
  ctx,
  email,
  displayName,
}: {
  ctx: RequestContext;
  email: string;
  displayName: string;
}): Promise<TeacherInviteResponse> {
  const { db } = ctx;
  const oneTimePassword = randomBytes(12).toString('base64url');
  const { user } = await createUser({
    db,
    email,
    organisationRef: orgOf(ctx),
    role: 'teacher',
    displayName,
    password: oneTimePassword,
    passwordChangeRequired: true,
  });
  return {
    teacher: { id: user.id, displayName, email: user.email, active: true },
    oneTimePassword,
  };
}

/** Disables a teacher of the organisation and ends all of their sessions, in one transaction. */
export async function deactivateTeacher({
  ctx,
  userId,
}: {
  ctx: RequestContext;
  userId: string;
}): Promise<{ teacher: Teacher }> {
  const { db, clock } = ctx;
  return withTransaction({
    db,
    work: async (tx) => {
      const { teacher } = isIdOf({ kind: 'user', value: userId })
        ? await createCoursesRepository({ db: tx }).findTeacher({ trainingOrgId: orgOf(ctx), userId })
        : { teacher: undefined };
      if (!teacher) throw createTeacherNotFoundError();
      await createUsersRepository({ db: tx }).setDisabledAt({
        userId,
        at: teacher.disabledAt ?? clock.now(),
      });
      await createAuthRepository({ db: tx }).deleteSessionsOfUser({ userId });
      return {
        teacher: { id: teacher.id, displayName: teacher.displayName, email: teacher.email, active: false },
      };
    },
  });
}

export async function listTrainingProgrammes({
  ctx,
}: {
  ctx: RequestContext;
}): Promise<{ items: TrainingProgramme[] }> {
  const { db } = ctx;
  const { rows } = await createCoursesRepository({ db }).listProgrammes({ trainingOrgId: orgOf(ctx) });
  return {
    items: rows.map((row) => {
      const settings = readProgrammeSettings({ stored: row.settings });
      return {
        id: row.id,
        name: row.name,
        tenantName: row.tenantName,
        basicSessions: settings.basicSessions,
        sessionsToComplete: settings.sessionsToComplete,
      };
    }),
  };
}
