import type { IntakeEvaluation } from '@digipakket/api/contracts';
import { FieldFrame, fieldId, TextAreaField } from '@digipakket/portal-kit';
import { For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { Checkbox } from '../../shared/checkbox.component';
import { type DraftProps, draftText, reasonText } from './intake-parts.component';

/** The verdict: the level, whether the client is eligible, each failed rule, and the reason to override. */
export function EligibilitySection(props: DraftProps & { result: IntakeEvaluation }) {
  return (
    <section aria-labelledby="verdict-title" class="card">
      <h2 id="verdict-title">{t('intake.verdict')}</h2>
      <Show when={props.result.missingAnswers.length > 0}>
        <p class="notice notice--error">
          {t('intake.missingAnswers', { count: props.result.missingAnswers.length })}
        </p>
      </Show>
      <Show when={props.result.level}>
        <p>
          {t('intake.level')} <strong>{t(`level.${props.result.level}` as OcmwKey)}</strong>
        </p>
      </Show>
      <Show
        when={
          props.result.reasons.filter((reason) => reason.code !== 'eligibility.override_reason_too_short')
            .length > 0
        }
        fallback={<p class="verdict verdict--ok">{t('intake.eligible')}</p>}
      >
        <p class="verdict verdict--no">{t('intake.notEligible')}</p>
        <ul>
          <For
            each={props.result.reasons.filter(
              (reason) => reason.code !== 'eligibility.override_reason_too_short',
            )}
          >
            {(reason) => <li>{reasonText(reason.code)}</li>}
          </For>
        </ul>
        <TextAreaField
          name="overrideReason"
          {...draftText(props, 'overrideReason')}
          label={t('intake.overrideReason')}
          hint={t('intake.overrideHint')}
          required={false}
          rows={3}
        />
      </Show>
    </section>
  );
}

const PACKAGE_OPTIONS = ['basicCourse', 'digibuddy', 'infoSession'] as const;

function PackageToggle(props: DraftProps & { option: (typeof PACKAGE_OPTIONS)[number] }) {
  return (
    <Checkbox
      class="choice"
      checked={props.draft.package[props.option]}
      onChecked={(checked) => props.update({ package: { ...props.draft.package, [props.option]: checked } })}
      label={t(`package.${props.option}`)}
    />
  );
}

/** The recommended package, and the social worker's change to it with the reason. */
export function PackageSection(props: DraftProps & { result: IntakeEvaluation }) {
  return (
    <section aria-labelledby="package-title" class="card">
      <h2 id="package-title">{t('intake.package')}</h2>
      <Show when={props.result.recommendedPackage}>
        {(recommended) => (
          <p>
            {t('intake.recommended', {
              cheques: recommended().cheques,
              course: recommended().basicCourse ? t('common.yes') : t('common.no'),
            })}
          </p>
        )}
      </Show>
      <Checkbox
        class="choice"
        checked={props.draft.changePackage}
        onChecked={(checked) => props.update({ changePackage: checked })}
        label={t('intake.changePackage')}
      />
      <Show when={props.draft.changePackage}>
        <FieldFrame name="package-cheques" label={t('intake.packageCheques')}>
          <input
            id={fieldId('package-cheques')}
            class="input input--short"
            type="number"
            min="0"
            max="10"
            value={props.draft.package.cheques}
            onInput={(event) =>
              props.update({
                package: {
                  ...props.draft.package,
                  cheques: Number(event.currentTarget.value) || 0,
                },
              })
            }
          />
        </FieldFrame>
        <For each={PACKAGE_OPTIONS}>
          {(option) => <PackageToggle draft={props.draft} update={props.update} option={option} />}
        </For>
        <TextAreaField
          name="packageChangeReason"
          {...draftText(props, 'packageChangeReason')}
          label={t('intake.packageChangeReason')}
          required={false}
          rows={2}
        />
      </Show>
    </section>
  );
}
