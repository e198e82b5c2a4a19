import type { SignInLink } from '@digipakket/api/contracts';
import {
  Badge,
  createAction,
  ErrorSummary,
  Loaded,
  ResetFactorsButton,
  SendByEmailField,
  SignInLinkNotice,
  SubmitButton,
  type SummaryError,
  TextField,
  usePageTitle,
} from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
import { portal, t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { createTeachersQuery } from '../../training/training.queries';
import { deactivateTeacher, inviteTeacher, issueTeacherLink } from '../../training/training.services';

/**
 * The partner's teachers: invite one (a link and QR code to hand over, shown once), give one a new
 * link (to invite again, or after a forgotten password) or deactivate one.
 */
export function TeachersPage() {
  const [teachers, { refetch }] = createTeachersQuery();
  const [name, setName] = createSignal('');
  const [sendEmail, setSendEmail] = createSignal(false);
  const [email, setEmail] = createSignal('');
  const [errors, setErrors] = createSignal<SummaryError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const [shown, setShown] = createSignal<{ link: SignInLink; name: string; title: string }>();
  const show = (value: { link: SignInLink; name: string; title: string }) => {
    setShown(value);
    queueMicrotask(() => document.getElementById('sign-in-link-title')?.focus());
  };
  usePageTitle(() => t('teachers.title'));
  const invite = createAction({
    run: inviteTeacher,
    onSuccess: async ({ teacher, link }) => {
      setName('');
      setEmail('');
      await refetch();
      show({
        link,
        name: teacher.displayName,
        title: t('teachers.link.title', { name: teacher.displayName }),
      });
    },
    onError: (error) => {
      setErrors([{ message: t(ligoErrorKey(error)) }]);
      setAttempt(attempt() + 1);
    },
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!name().trim()) found.push({ field: 'displayName', message: t('teachers.form.nameMissing') });
    if (!/^\S+@\S+\.\S+$/.test(email().trim()))
      found.push({ field: 'email', message: t('teachers.form.emailInvalid') });
    setErrors(found);
    setAttempt(attempt() + 1);
    if (found.length > 0) return;
    await invite.run({ email: email().trim(), displayName: name().trim(), sendEmail: sendEmail() });
  };

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
      <Show when={shown()}>
        {(done) => (
          <>
            <SignInLinkNotice
              link={done().link}
              name={done().name}
              title={done().title}
              titleId="sign-in-link-title"
            />
            <button type="button" class="button button--secondary" onClick={() => setShown(undefined)}>
              {t('teachers.link.done')}
            </button>
          </>
        )}
      </Show>
      <Loaded resource={teachers} retry={refetch}>
        {(list) => (
          <ul class="card-list" aria-label={t('teachers.title')}>
            <For each={list().items}>
              {(teacher) => (
                <li class="card">
                  <h2 class="card__title">{teacher.displayName}</h2>
                  <p class="card__meta">{teacher.email}</p>
                  <p class="card__badges">
                    <Badge tone={teacher.active ? 'success' : 'neutral'}>
                      {teacher.active ? t('teachers.active') : t('teachers.inactive')}
                    </Badge>
                  </p>
                  <Show when={teacher.active}>
                    <div class="card__actions">
                      <button
                        type="button"
                        class="button button--secondary"
                        disabled={newLink.busy()}
                        onClick={() => newLink.run(teacher.id, teacher.displayName)}
                      >
                        {t('signInLink.new')}
                        <span class="visually-hidden"> {teacher.displayName}</span>
                      </button>
                      <ResetFactorsButton userId={teacher.id} name={teacher.displayName} />
                      <button
                        type="button"
                        class="button button--secondary"
                        onClick={() => deactivate(teacher.id, teacher.displayName)}
                      >
                        {t('teachers.deactivate', { name: teacher.displayName })}
                      </button>
                    </div>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        )}
      </Loaded>
      <form class="form" onSubmit={submit} noValidate aria-labelledby="invite-title">
        <h2 id="invite-title">{t('teachers.form.title')}</h2>
        <Show when={errors().length > 0}>
          <ErrorSummary errors={errors()} attempt={attempt()} />
        </Show>
        <TextField
          name="displayName"
          label={t('teachers.form.name')}
          value={name()}
          onValue={setName}
          error={errors().find((e) => e.field === 'displayName')?.message}
        />
        <TextField
          name="email"
          type="email"
          label={t('teachers.form.email')}
          value={email()}
          onValue={setEmail}
          autocomplete="off"
          error={errors().find((e) => e.field === 'email')?.message}
        />
        <SendByEmailField checked={sendEmail()} onChange={setSendEmail} />
        <div class="form__actions">
          <SubmitButton busy={invite.busy()} label={t('teachers.form.submit')} />
        </div>
      </form>
    </>
  );
}
