import { TextField } from '@digipakket/portal-kit';
import { For } from 'solid-js';
import { t } from '../../../portal';
import type { ProgrammeSettingsBody } from '../admin.services';
import { NUMBER_FIELDS, parseDays, readSetting, writeSetting } from '../admin.settings';

/** The settings as they stand in the form, each change handed back whole, and the words of a refusal by field. */
type FieldsProps = {
  settings: ProgrammeSettingsBody;
  onChange: (settings: ProgrammeSettingsBody) => void;
  errorOf: (field: string) => string | undefined;
};

/** One short number field per numeric setting. */
export function NumberSettingsFields(props: FieldsProps) {
  return (
    <div class="settings-grid">
      <For each={NUMBER_FIELDS}>
        {(field) => (
          <TextField
            name={`setting-${field}`}
            label={t(`admin.setting.${field}`)}
            value={String(readSetting(props.settings, field))}
            onValue={(value) =>
              props.onChange(
                writeSetting(props.settings, field, value.trim() === '' ? Number.NaN : Number(value)),
              )
            }
            error={props.errorOf(field)}
            width="short"
          />
        )}
      </For>
    </div>
  );
}

/**
 * When the messages to clients go out: the reminder days before a session (kept as typed, so
 * "5, " stays on screen while the second number is on its way) and the nudge about a second cheque.
 */
export function MessageSettingsFields(
  props: FieldsProps & { daysText: string | undefined; onDaysText: (value: string) => void },
) {
  return (
    <fieldset>
      <legend>{t('admin.settings.messages')}</legend>
      <div class="settings-grid">
        <TextField
          name="setting-reminderDaysBefore"
          label={t('admin.setting.reminderDaysBefore')}
          hint={t('admin.setting.reminderDaysBefore.hint')}
          value={props.daysText ?? (props.settings.reminderDaysBefore ?? [5, 1]).join(', ')}
          onValue={(value) => {
            props.onDaysText(value);
            props.onChange({ ...props.settings, reminderDaysBefore: parseDays(value) });
          }}
          error={props.errorOf('reminderDaysBefore')}
          width="short"
        />
        <TextField
          name="setting-secondChequeNudgeWeeks"
          label={t('admin.setting.secondChequeNudgeWeeks')}
          hint={t('admin.setting.secondChequeNudgeWeeks.hint')}
          value={String(props.settings.secondChequeNudgeWeeks ?? 4)}
          onValue={(value) =>
            props.onChange({
              ...props.settings,
              secondChequeNudgeWeeks: /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN,
            })
          }
          error={props.errorOf('secondChequeNudgeWeeks')}
          width="short"
        />
      </div>
    </fieldset>
  );
}

const VARIATIONS = ['chequesInsteadOfTraining', 'digibuddy'] as const;

/** The programme's variations, each switched on or off. */
export function VariationSettingsFields(props: Omit<FieldsProps, 'errorOf'>) {
  const setVariation = (name: (typeof VARIATIONS)[number], on: boolean) =>
    props.onChange({ ...props.settings, variations: { ...props.settings.variations, [name]: on } });
  return (
    <fieldset>
      <legend>{t('admin.settings.variations')}</legend>
      <For each={VARIATIONS}>
        {(name) => (
          <label class="checkbox-line">
            <input
              type="checkbox"
              checked={props.settings.variations[name]}
              onChange={(event) => setVariation(name, event.currentTarget.checked)}
            />{' '}
            {t(`admin.setting.variations.${name}`)}
          </label>
        )}
      </For>
    </fieldset>
  );
}
