import type { Config } from '../../ground/config/config';
import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createAuthRepository } from '../../records/auth/auth.repository';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { createUsersRepository } from '../../records/users/users.repository';
import type { SignInLink } from '../../records/users/users.schemas';
import { inviteMember, issueMemberLink } from '../accounts/accounts.links.usecases';
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
 * Creates a teacher account and its invitation link, shown once to the coordinator to hand over (as
 * a link or QR code): the teacher opens it and chooses their own password.
 */
export async function inviteTeacher({
  ctx,
  config,
  email,
  displayName,
  sendEmail = false,
}: {
  ctx: RequestContext;
  config: Config;
  email: string;
  displayName: string;
  sendEmail?: boolean;
}): Promise<TeacherInviteResponse> {
  const { user, link } = await inviteMember({
    ctx,
    config,
    user: { email, displayName, role: 'teacher' },
    sendEmail,
  });
  return { teacher: { id: user.id, displayName, email: user.email, active: true }, link };
}

/** A new sign-in link for an active teacher (to invite again, or for a forgotten password). */
export async function issueTeacherLink({
  ctx,
  config,
  userId,
}: RequestArgs<{ config: Config; userId: string }>): Promise<SignInLink> {
  return issueMemberLink({
    ctx,
    config,
    userId,
    role: 'teacher',
    notFound: () => createTeacherNotFoundError(),
  });
}

/** Disables a teacher of the organisation and ends all of their sessions, in one transaction. */
export async function deactivateTeacher({
  ctx,
  userId,
}: RequestArgs<{ userId: string }>): Promise<{ teacher: Teacher }> {
  const { clock } = ctx;
  return ctx.transaction(async ({ tx }) => {
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
  });
}

export async function listTrainingProgrammes({ ctx }: RequestArgs): Promise<{ items: TrainingProgramme[] }> {
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
