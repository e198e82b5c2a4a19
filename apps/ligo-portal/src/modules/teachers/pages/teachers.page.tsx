import {
  Badge,
  createAction,
  ErrorSummary,
  Loaded,
  SubmitButton,
  type SummaryError,
  TextField,
  usePageTitle,
} from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
import { portal, t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { createTeachersQuery } from '../../training/training.queries';
import { deactivateTeacher, inviteTeacher } from '../../training/training.services';

/** The partner's teachers: invite one (with a one-time password shown once) or deactivate one. */
export function TeachersPage() {
  const [teachers, { refetch }] = createTeachersQuery();
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [errors, setErrors] = createSignal<SummaryError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const [invited, setInvited] = createSignal<{ name: string; email: string; password: string }>();
  usePageTitle(() => t('teachers.title'));
  const invite = createAction({
    run: inviteTeacher,
    onSuccess: async ({ teacher, oneTimePassword }) => {
      setInvited({ name: teacher.displayName, email: teacher.email, password: oneTimePassword });
      setName('');
      setEmail('');
      await refetch();
      document.getElementById('one-time-password')?.focus();
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
    await invite.run({ email: email().trim(), displayName: name().trim() });
  };

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
      <Show when={invited()}>
        {(shown) => (
          <section
            class="notice one-time"
            id="one-time-password"
            tabindex="-1"
            aria-labelledby="one-time-title"
          >
            <h2 id="one-time-title">{t('teachers.oneTime.title', { name: shown().name })}</h2>
            <p>{t('teachers.oneTime.text', { email: shown().email })}</p>
            <p class="one-time__password">
              <code>{shown().password}</code>
            </p>
            <button type="button" class="button button--secondary" onClick={() => setInvited(undefined)}>
              {t('teachers.oneTime.done')}
            </button>
          </section>
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
        <div class="form__actions">
          <SubmitButton busy={invite.busy()} label={t('teachers.form.submit')} />
        </div>
      </form>
    </>
  );
}
