import { CardList, createAction, createShownSignInLink, Loaded, usePageTitle } from '@digipakket/portal-kit';
import { portal, t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { createTeachersQuery } from '../../training/training.queries';
import { deactivateTeacher, issueTeacherLink } from '../../training/training.services';
import { InviteTeacherForm } from '../components/invite-teacher-form.component';
import { TeacherCard } from '../components/teacher-card.component';

/**
 * The partner's teachers: invite one (a link and QR code to hand over, shown once), give one a new
 * link (to invite again, or after a forgotten password) or deactivate one.
 */
export function TeachersPage() {
  const [teachers, { refetch }] = createTeachersQuery();
  const { show, hide, Notice: LinkNotice } = createShownSignInLink({ titleId: 'sign-in-link-title' });
  usePageTitle(() => t('teachers.title'));

  const newLink = createAction({
    run: (id: string, _displayName: string) => issueTeacherLink(id),
    onSuccess: (link, _id, displayName) =>
      show({ link, name: displayName, title: t('teachers.link.newTitle', { name: displayName }) }),
    onError: (error) => portal.status.announce(t(ligoErrorKey(error)), 'error'),
  });

  const deactivation = createAction({
    run: (id: string, _displayName: string) => deactivateTeacher(id),
    onSuccess: async (_done, _id, displayName) => {
      portal.status.announce(t('teachers.deactivated', { name: displayName }));
      await refetch();
    },
    onError: (error) => portal.status.announce(t(ligoErrorKey(error)), 'error'),
  });
  const deactivate = async (id: string, displayName: string) => {
    if (!window.confirm(t('teachers.confirmDeactivate', { name: displayName }))) return;
    await deactivation.run(id, displayName);
  };

  return (
    <>
      <h1>{t('teachers.title')}</h1>
      <p class="lead">{t('teachers.intro')}</p>
      <LinkNotice>
        <button type="button" class="button button--secondary" onClick={hide}>
          {t('teachers.link.done')}
        </button>
      </LinkNotice>
      <Loaded resource={teachers} retry={refetch}>
        {(list) => (
          <CardList each={list().items} aria-label={t('teachers.title')}>
            {(teacher) => (
              <TeacherCard
                teacher={teacher}
                linkBusy={newLink.busy()}
                onNewLink={() => newLink.run(teacher.id, teacher.displayName)}
                onDeactivate={() => deactivate(teacher.id, teacher.displayName)}
              />
            )}
          </CardList>
        )}
      </Loaded>
      <InviteTeacherForm
        onInvited={async ({ teacher, link }) => {
          await refetch();
          show({
            link,
            name: teacher.displayName,
            title: t('teachers.link.title', { name: teacher.displayName }),
          });
        }}
      />
    </>
  );
}
