import type { IntakeEvaluation } from '@digipakket/api/contracts';
import { For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import type { Draft } from '../intake.draft';
import { reasonText } from './intake-parts.component';

interface DraftProps {
  draft: Draft;
  update: (changes: Partial<Draft>) => void;
}

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
        <div class="field">
          <label class="field__label" for="field-overrideReason">
            {t('intake.overrideReason')}
          </label>
          <p class="field__hint" id="field-overrideReason-hint">
            {t('intake.overrideHint')}
          </p>
          <textarea
            id="field-overrideReason"
            class="input"
            rows="3"
            aria-describedby="field-overrideReason-hint"
            value={props.draft.overrideReason}
            onInput={(event) => props.update({ overrideReason: event.currentTarget.value })}
          />
        </div>
      </Show>
    </section>
  );
}

function PackageToggle(
  props: DraftProps & { option: 'basicCourse' | 'digibuddy' | 'infoSession'; label: OcmwKey },
) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={props.draft.package[props.option]}
        onChange={(event) =>
          props.update({ package: { ...props.draft.package, [props.option]: event.currentTarget.checked } })
        }
      />
      {t(props.label)}
    </label>
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
      <label class="choice">
        <input
          type="checkbox"
          checked={props.draft.changePackage}
          onChange={(event) => props.update({ changePackage: event.currentTarget.checked })}
        />
        {t('intake.changePackage')}
      </label>
      <Show when={props.draft.changePackage}>
        <div class="field">
          <label class="field__label" for="field-package-cheques">
            {t('intake.packageCheques')}
          </label>
          <input
            id="field-package-cheques"
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
        </div>
        <PackageToggle
          draft={props.draft}
          update={props.update}
          option="basicCourse"
          label="package.basicCourse"
        />
        <PackageToggle
          draft={props.draft}
          update={props.update}
          option="digibuddy"
          label="package.digibuddy"
        />
        <PackageToggle
          draft={props.draft}
          update={props.update}
          option="infoSession"
          label="package.infoSession"
        />
        <div class="field">
          <label class="field__label" for="field-packageChangeReason">
            {t('intake.packageChangeReason')}
          </label>
          <textarea
            id="field-packageChangeReason"
            class="input"
            rows="2"
            value={props.draft.packageChangeReason}
            onInput={(event) => props.update({ packageChangeReason: event.currentTarget.value })}
          />
        </div>
      </Show>
    </section>
  );
}
