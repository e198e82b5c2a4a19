import {
  Badge,
  CardList,
  createAction,
  createFormValues,
  createShownSignInLink,
  ErrorNotice,
  errorMessageKey,
  Loaded,
  ResetFactorsButton,
  SendByEmailField,
  SubmitButton,
  TextField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { createStudentsQuery } from '../../queue/queue.queries';
import { deactivateStudent, inviteStudent, issueStudentLink } from '../../queue/queue.services';

/**
 * The coordinator's students: invite one (a link and QR code to hand over, shown once), give one a
 * new link (to invite again, or after a forgotten password) or deactivate one.
 */
export function StudentsPage() {
  usePageTitle(() => t('students.title'));
  const { status } = usePortal();
  const [students, { refetch }] = createStudentsQuery();
  const form = createFormValues({ displayName: '', email: '' });
  const [sendEmail, setSendEmail] = createSignal(false);
  const { show, Notice: InvitedNotice } = createShownSignInLink({ titleId: 'invited-title' });

  const invitation = createAction({
    run: inviteStudent,
    onSuccess: (done) => {
      show({
        link: done.link,
        name: done.student.displayName,
        title: t('students.invited', { name: done.student.displayName }),
      });
      form.reset();
    },
    refetch,
  });

  const newLink = createAction({
    run: (student: { studentId: string }, _displayName: string) => issueStudentLink(student),
    onSuccess: (link, _student, displayName) =>
      show({ link, name: displayName, title: t('students.newLink', { name: displayName }) }),
    onError: (caught) => status.announce(t(errorMessageKey(caught)), 'error'),
  });
  const invite = async (event: Event) => {
    event.preventDefault();
    const values = form.values();
    await invitation.run({
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      sendEmail: sendEmail(),
    });
  };

  const deactivation = createAction({
    run: (student: { studentId: string }, _displayName: string) => deactivateStudent(student),
    onSuccess: (_done, _student, displayName) =>
      status.announce(t('students.deactivated', { name: displayName }), 'success'),
    refetch,
    onError: (caught) => status.announce(t(errorMessageKey(caught)), 'error'),
  });
  const deactivate = async (studentId: string, displayName: string) => {
    if (!window.confirm(t('students.confirmDeactivate', { name: displayName }))) return;
    await deactivation.run({ studentId }, displayName);
  };

  return (
    <>
      <h1>{t('students.title')}</h1>
      <InvitedNotice />
      <Loaded resource={students} retry={refetch}>
        {(list) => (
          <CardList each={list().items}>
            {(student) => (
              <li class="card">
                <h2 class="card__title">{student.displayName}</h2>
                <p class="card__meta">{student.email}</p>
                <div class="card__badges">
                  <Badge tone={student.active ? 'success' : 'danger'}>
                    {student.active ? t('students.active') : t('students.inactive')}
                  </Badge>
                  <Badge tone="info">{t('students.upcoming', { count: student.upcomingVisits })}</Badge>
                </div>
                <Show when={student.active}>
                  <div class="card__actions">
                    <button
                      type="button"
                      class="button button--secondary"
                      disabled={newLink.busy()}
                      onClick={() => newLink.run({ studentId: student.id }, student.displayName)}
                    >
                      {t('signInLink.new')}
                      <span class="visually-hidden"> {student.displayName}</span>
                    </button>
                    <ResetFactorsButton userId={student.id} name={student.displayName} />
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => deactivate(student.id, student.displayName)}
                    >
                      {t('students.deactivate')}
                      <span class="visually-hidden"> {student.displayName}</span>
                    </button>
                  </div>
                </Show>
              </li>
            )}
          </CardList>
        )}
      </Loaded>
      <form class="form" onSubmit={invite} aria-labelledby="invite-title">
        <h2 id="invite-title">{t('students.invite')}</h2>
        <ErrorNotice error={invitation.error()} inline />
        <TextField {...form.field('displayName')} label={t('students.name')} autocomplete="off" />
        <TextField {...form.field('email')} type="email" label={t('students.email')} autocomplete="off" />
        <SendByEmailField checked={sendEmail()} onChange={setSendEmail} />
        <div class="form__actions">
          <SubmitButton busy={invitation.busy()} label={t('students.inviteButton')} />
        </div>
      </form>
    </>
  );
}
