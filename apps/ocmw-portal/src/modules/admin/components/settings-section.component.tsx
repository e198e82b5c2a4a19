import { createAction, ErrorSummary, FailureNotice, Loaded, usePortal } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { FormActions } from '../../shared/form-actions.component';
import { createSettingsQuery } from '../admin.queries';
import {
  type ProgrammeSettingsBody,
  type SettingReason,
  saveSettings,
  settingReasonsOf,
} from '../admin.services';
import type { NumberField } from '../admin.settings';
import {
  MessageSettingsFields,
  NumberSettingsFields,
  VariationSettingsFields,
} from './settings-fields.component';

function reasonText(reason: SettingReason): string {
  if (reason.code.endsWith('.out_of_range'))
    return t('admin.reason.range', { min: reason.min ?? 0, max: reason.max ?? 0 });
  if (reason.code === 'programme.sessions_to_complete.exceeds_sessions')
    return t('admin.reason.exceedsSessions');
  return t('admin.reason.languages');
}

/** The current programme's settings, changed in a draft and saved at once; a refusal names each field. */
export function SettingsSection() {
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
              <NumberSettingsFields settings={current()!} onChange={setDraft} errorOf={errorOf} />
              <MessageSettingsFields
                settings={current()!}
                onChange={setDraft}
                errorOf={errorOf}
                daysText={daysText()}
                onDaysText={setDaysText}
              />
              <VariationSettingsFields settings={current()!} onChange={setDraft} />
              <FailureNotice error={failure()} />
              <FormActions submit={t('admin.settings.save')} />
            </form>
          </Show>
        )}
      </Loaded>
    </section>
  );
}
