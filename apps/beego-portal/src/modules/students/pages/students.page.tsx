import type { StudentInvited } from '@digipakket/api/contracts';
import {
  Badge,
  errorMessageKey,
  Loaded,
  SubmitButton,
  TextField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { createResource, createSignal, For, Show } from 'solid-js';
import { t } from '../../../portal';
import { deactivateStudent, fetchStudents, inviteStudent } from '../../queue/queue.services';

/** The coordinator's students: invite one (a one-time password, shown once) or deactivate one. */
export function StudentsPage() {
  usePageTitle(() => t('students.title'));
  const { status } = usePortal();
  const [students, { refetch }] = createResource(fetchStudents);
  const [email, setEmail] = createSignal('');
  const [name, setName] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [invited, setInvited] = createSignal<StudentInvited>();

  const invite = async (event: Event) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      setInvited(await inviteStudent({ email: email().trim(), displayName: name().trim() }));
      setEmail('');
      setName('');
      void refetch();
      queueMicrotask(() => document.getElementById('invited-title')?.focus());
    } catch (caught) {
      setError(t(errorMessageKey(caught)));
    } finally {
      setBusy(false);
    }
  };

  const deactivate = async (studentId: string, displayName: string) => {
    if (!window.confirm(t('students.confirmDeactivate', { name: displayName }))) return;
    try {
      await deactivateStudent({ studentId });
      status.announce(t('students.deactivated', { name: displayName }), 'success');
      void refetch();
    } catch (caught) {
      status.announce(t(errorMessageKey(caught)), 'error');
    }
  };

  return (
    <>
      <h1>{t('students.title')}</h1>
      <Show when={invited()}>
        {(done) => (
          <section class="notice" aria-labelledby="invited-title">
            <h2 id="invited-title" tabindex="-1">
              {t('students.invited', { name: done().student.displayName })}
            </h2>
            <p>{t('students.passwordOnce')}</p>
            <p class="code code--large">{done().oneTimePassword}</p>
          </section>
        )}
      </Show>
      <Loaded resource={students} retry={refetch}>
        {(list) => (
          <ul class="card-list">
            <For each={list().items}>
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
                        onClick={() => deactivate(student.id, student.displayName)}
                      >
                        {t('students.deactivate')}
                        <span class="visually-hidden"> {student.displayName}</span>
                      </button>
                    </div>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        )}
      </Loaded>
      <form class="form" onSubmit={invite} aria-labelledby="invite-title">
        <h2 id="invite-title">{t('students.invite')}</h2>
        <Show when={error()}>
          <p class="field__error" role="alert">
            {error()}
          </p>
        </Show>
        <TextField
          name="displayName"
          label={t('students.name')}
          value={name()}
          onValue={setName}
          autocomplete="off"
        />
        <TextField
          name="email"
          type="email"
          label={t('students.email')}
          value={email()}
          onValue={setEmail}
          autocomplete="off"
        />
        <div class="form__actions">
          <SubmitButton busy={busy()} label={t('students.inviteButton')} />
        </div>
      </form>
    </>
  );
}
