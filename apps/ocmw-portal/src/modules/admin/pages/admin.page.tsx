import '../admin.css';
import type { SignInLink } from '@digipakket/api/contracts';
import {
  createAction,
  DataTable,
  ErrorMessage,
  ErrorSummary,
  Loaded,
  ResetFactorsButton,
  SecondFactorPolicySetting,
  SelectField,
  SendByEmailField,
  SignInLinkNotice,
  TextField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { RetentionSection } from '../../privacy/components/retention-section.component';
import { createCurrentProgrammeQuery } from '../../programmes/programmes.queries';
import { createSettingsQuery, createUsersQuery } from '../admin.queries';
import {
  disableUser,
  inviteUser,
  issueUserLink,
  type ProgrammeSettingsBody,
  type SettingReason,
  saveSettings,
  settingReasonsOf,
} from '../admin.services';
import { BrandingSection } from '../components/branding-section.component';
import { DigipuntenSection } from '../components/digipunten-section.component';
import { ProgrammeSection } from '../components/programme-section.component';
import { SignInSection } from '../components/sign-in-section.component';

const NUMBER_FIELDS = [
  'chequesPerClient',
  'minutesPerCheque',
  'chequeValidityMonths',
  'basicSessions',
  'sessionsToComplete',
  'attendanceCorrectionDays',
  'priceCentsPerCheque',
  'homeHelpHoursPerMonth',
  'costs.laptopCents',
  'costs.chequeHourCents',
  'costs.lessonHourCents',
  'variations.extraCheques',
  'followUp.pickupOverdueDays',
  'followUp.installationOverdueDays',
  'followUp.chequeExpiringDays',
  'followUp.referralMissingDays',
  'followUp.needsFollowUpDays',
  'followUp.inactiveDays',
  'followUp.sessionChangeNoticeDays',
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

function read(settings: ProgrammeSettingsBody, path: NumberField): number {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], settings) as number;
}

function write(settings: ProgrammeSettingsBody, path: NumberField, value: number): ProgrammeSettingsBody {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (!tail) return { ...settings, [head]: value };
  return {
    ...settings,
    [head]: { ...(settings[head as 'followUp'] as object), [tail]: value },
  } as ProgrammeSettingsBody;
}

/** The reminder days as typed ("5, 1"): whole numbers; anything else is sent as it is, for the domain to refuse. */
function parseDays(value: string): number[] {
  return value
    .split(/[\s,;]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}

function reasonText(reason: SettingReason): string {
  if (reason.code.endsWith('.out_of_range'))
    return t('admin.reason.range', { min: reason.min ?? 0, max: reason.max ?? 0 });
  if (reason.code === 'programme.sessions_to_complete.exceeds_sessions')
    return t('admin.reason.exceedsSessions');
  return t('admin.reason.languages');
}

function SettingsSection() {
  const { status } = usePortal();
  const [loaded, { refetch }] = createSettingsQuery();
  const [draft, setDraft] = createSignal<ProgrammeSettingsBody>();
  const [reasons, setReasons] = createSignal<SettingReason[]>([]);
  const [failure, setFailure] = createSignal<unknown>();
  const [attempt, setAttempt] = createSignal(0);
  // The reminder days as typed, so "5, " stays on screen while the second number is on its way.
  const [daysText, setDaysText] = createSignal<string>();
  const current = () => draft() ?? loaded.latest?.settings;
  const errorOf = (field: string) => {
    const reason = reasons().find((item) => item.field === field);
    return reason ? reasonText(reason) : undefined;
  };

  const saving = createAction({
    run: saveSettings,
    onSuccess: () => {
      setReasons([]);
      status.announce(t('admin.settings.saved'));
      setDraft(undefined);
      setDaysText(undefined);
    },
    refetch,
    onError: (error) => {
      const found = settingReasonsOf(error);
      if (found) {
        setReasons(found);
        setAttempt(attempt() + 1);
      } else setFailure(error);
    },
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const programme = loaded.latest?.programme;
    const settings = current();
    if (!programme || !settings) return;
    setFailure(undefined);
    void saving.run({ programmeId: programme.id, settings });
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('admin.settings.title')}</h2>
      <Loaded resource={loaded} retry={refetch}>
        {(data) => (
          <Show when={data() && current()}>
            <p>{t('admin.settings.intro', { programme: data()!.programme.name })}</p>
            <form class="form" onSubmit={submit} novalidate>
              <Show when={reasons().length > 0}>
                <ErrorSummary
                  attempt={attempt()}
                  errors={reasons().map((reason) => ({
                    field: `setting-${reason.field}`,
                    message: `${t(`admin.setting.${reason.field as NumberField | 'reminderDaysBefore' | 'secondChequeNudgeWeeks'}`)}: ${reasonText(reason)}`,
                  }))}
                />
              </Show>
              <div class="settings-grid">
                <For each={NUMBER_FIELDS}>
                  {(field) => (
                    <TextField
                      name={`setting-${field}`}
                      label={t(`admin.setting.${field}`)}
                      value={String(read(current()!, field))}
                      onValue={(value) =>
                        setDraft(write(current()!, field, value.trim() === '' ? Number.NaN : Number(value)))
                      }
                      error={errorOf(field)}
                      width="short"
                    />
                  )}
                </For>
              </div>
              <fieldset>
                <legend>{t('admin.settings.messages')}</legend>
                <div class="settings-grid">
                  <TextField
                    name="setting-reminderDaysBefore"
                    label={t('admin.setting.reminderDaysBefore')}
                    hint={t('admin.setting.reminderDaysBefore.hint')}
                    value={daysText() ?? (current()!.reminderDaysBefore ?? [5, 1]).join(', ')}
                    onValue={(value) => {
                      setDaysText(value);
                      setDraft({ ...current()!, reminderDaysBefore: parseDays(value) });
                    }}
                    error={errorOf('reminderDaysBefore')}
                    width="short"
                  />
                  <TextField
                    name="setting-secondChequeNudgeWeeks"
                    label={t('admin.setting.secondChequeNudgeWeeks')}
                    hint={t('admin.setting.secondChequeNudgeWeeks.hint')}
                    value={String(current()!.secondChequeNudgeWeeks ?? 4)}
                    onValue={(value) =>
                      setDraft({
                        ...current()!,
                        secondChequeNudgeWeeks: /^\d+$/.test(value.trim())
                          ? Number(value.trim())
                          : Number.NaN,
                      })
                    }
                    error={errorOf('secondChequeNudgeWeeks')}
                    width="short"
                  />
                </div>
              </fieldset>
              <fieldset>
                <legend>{t('admin.settings.variations')}</legend>
                <label class="checkbox-line">
                  <input
                    type="checkbox"
                    checked={current()!.variations.chequesInsteadOfTraining}
                    onChange={(event) =>
                      setDraft({
                        ...current()!,
                        variations: {
                          ...current()!.variations,
                          chequesInsteadOfTraining: event.currentTarget.checked,
                        },
                      })
                    }
                  />{' '}
                  {t('admin.setting.variations.chequesInsteadOfTraining')}
                </label>
                <label class="checkbox-line">
                  <input
                    type="checkbox"
                    checked={current()!.variations.digibuddy}
                    onChange={(event) =>
                      setDraft({
                        ...current()!,
                        variations: { ...current()!.variations, digibuddy: event.currentTarget.checked },
                      })
                    }
                  />{' '}
                  {t('admin.setting.variations.digibuddy')}
                </label>
              </fieldset>
              <Show when={failure()}>
                <p class="notice notice--error" role="alert">
                  <ErrorMessage error={failure()} />
                </p>
              </Show>
              <div class="form__actions">
                <button type="submit" class="button button--primary">
                  {t('admin.settings.save')}
                </button>
              </div>
            </form>
          </Show>
        )}
      </Loaded>
    </section>
  );
}

function UsersSection() {
  const { status } = usePortal();
  const [users, { refetch }] = createUsersQuery();
  const [email, setEmail] = createSignal('');
  const [name, setName] = createSignal('');
  const [sendEmail, setSendEmail] = createSignal(false);
  const [role, setRole] = createSignal('social_worker');
  const [shown, setShown] = createSignal<{ link: SignInLink; name: string; title: string }>();
  const show = (value: { link: SignInLink; name: string; title: string }) => {
    setShown(value);
    queueMicrotask(() => document.getElementById('sign-in-link-title')?.focus());
  };
  const [failure, setFailure] = createSignal<unknown>();

  const inviting = createAction({
    run: inviteUser,
    onSuccess: (result) => {
      show({
        link: result.link,
        name: result.user.displayName,
        title: t('admin.users.invited', { name: result.user.displayName, email: result.user.email }),
      });
      setEmail('');
      setName('');
    },
    refetch,
    onError: (error) => setFailure(error),
  });
  const invite = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(undefined);
    void inviting.run({
      user: {
        email: email().trim(),
        displayName: name().trim(),
        role: role() as 'social_worker',
        sendEmail: sendEmail(),
      },
    });
  };

  const linking = createAction({
    run: (user: { userId: string; displayName: string }) => issueUserLink(user),
    onSuccess: (link, { displayName }) =>
      show({ link, name: displayName, title: t('admin.users.newLink', { name: displayName }) }),
    onError: (error) => setFailure(error),
  });

  const disabling = createAction({
    run: (user: { userId: string; displayName: string }) => disableUser(user),
    onSuccess: (_none, { displayName }) => status.announce(t('admin.users.disabled', { name: displayName })),
    refetch,
    onError: (error) => {
      status.announce(t('admin.users.disableFailed'), 'error');
      setFailure(error);
    },
  });
  const disable = (userId: string, displayName: string) => {
    if (!window.confirm(t('admin.users.confirmDisable', { name: displayName }))) return;
    void disabling.run({ userId, displayName });
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users.title')}</h2>
      <Loaded resource={users} retry={refetch}>
        {(list) => (
          <DataTable
            caption={t('admin.users.title')}
            captionHidden
            rows={list().items}
            columns={[
              { header: t('admin.users.name'), rowHeader: true, cell: (user) => user.displayName },
              { header: t('admin.users.email'), cell: (user) => user.email },
              { header: t('admin.users.role'), cell: (user) => i18n.t(`role.${user.role}` as 'role.admin') },
              {
                header: t('admin.users.state'),
                cell: (user) => (user.active ? t('admin.users.active') : t('admin.users.inactive')),
              },
              {
                header: t('admin.users.actions'),
                cell: (user) => (
                  <Show when={user.active}>
                    <button
                      type="button"
                      class="button button--secondary button--compact"
                      aria-label={t('admin.users.newLink', { name: user.displayName })}
                      disabled={linking.busy()}
                      onClick={() => void linking.run({ userId: user.id, displayName: user.displayName })}
                    >
                      {t('signInLink.new')}
                    </button>{' '}
                    <ResetFactorsButton
                      userId={user.id}
                      name={user.displayName}
                      class="button button--secondary button--compact"
                    />{' '}
                    <button
                      type="button"
                      class="button button--secondary button--compact"
                      aria-label={t('admin.users.disableFor', { name: user.displayName })}
                      onClick={() => void disable(user.id, user.displayName)}
                    >
                      {t('admin.users.disable')}
                    </button>
                  </Show>
                ),
              },
            ]}
          />
        )}
      </Loaded>

      <h3 id="invite-title">{t('admin.users.invite')}</h3>
      <form class="form" aria-labelledby="invite-title" onSubmit={invite}>
        <TextField name="invite-name" label={t('admin.users.name')} value={name()} onValue={setName} />
        <TextField
          name="invite-email"
          label={t('admin.users.email')}
          type="email"
          value={email()}
          onValue={setEmail}
        />
        <SelectField
          name="invite-role"
          label={t('admin.users.role')}
          value={role()}
          onValue={setRole}
          options={(['social_worker', 'project_lead', 'admin'] as const).map((value) => ({
            value,
            label: i18n.t(`role.${value}`),
          }))}
        />
        <SendByEmailField checked={sendEmail()} onChange={setSendEmail} />
        <Show when={failure()}>
          <p class="notice notice--error" role="alert">
            <ErrorMessage error={failure()} />
          </p>
        </Show>
        <div class="form__actions">
          <button type="submit" class="button button--primary">
            {t('admin.users.inviteSubmit')}
          </button>
        </div>
      </form>
      <Show when={shown()}>
        {(done) => (
          <SignInLinkNotice
            link={done().link}
            name={done().name}
            title={done().title}
            titleId="sign-in-link-title"
          />
        )}
      </Show>
    </section>
  );
}

/**
 * The welfare centre's set-up: the programme (started here when there is none), its settings, the
 * details on its documents, the Digipunten directory and the colleagues' accounts.
 */
export function AdminPage() {
  usePageTitle(() => t('admin.title'));
  const { session } = usePortal();
  const [current, { refetch: refetchProgramme }] = createCurrentProgrammeQuery();
  return (
    <>
      <div class="page-header">
        <h1>{t('admin.title')}</h1>
      </div>
      <ProgrammeSection current={current} retry={refetchProgramme} onStarted={refetchProgramme} />
      {/* Settings belong to a programme: shown once there is one, loaded again for a new one. */}
      <Show when={current.latest?.programme?.id} keyed>
        <SettingsSection />
      </Show>
      <BrandingSection />
      <DigipuntenSection />
      <Show when={session.me()?.user.role === 'admin'}>
        <RetentionSection />
        <UsersSection />
        <SecondFactorPolicySetting />
        <SignInSection />
      </Show>
    </>
  );
}
