import { For, type JSX, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { FormActions } from '../../shared/form-actions.component';
import type { Draft } from '../intake.draft';

export const STEPS = ['situation', 'skills', 'verdict'] as const;
export type Step = (typeof STEPS)[number];

/** What every step gets: the intake as filled in so far, and a way to change part of it. */
export interface DraftProps {
  draft: Draft;
  update: (changes: Partial<Draft>) => void;
}

/** The texts of the draft a field edits as it is: the wave and the two reasons. */
type DraftText = 'waveId' | 'overrideReason' | 'packageChangeReason';

/** A field's value and its change, bound to one text of the draft. */
export function draftText(props: DraftProps, key: DraftText) {
  return {
    get value() {
      return props.draft[key];
    },
    onValue: (value: string) => {
      const change: Partial<Draft> = {};
      change[key] = value;
      props.update(change);
    },
  };
}

/** A step's form: submitting it, with Enter or its main button, moves the intake on. */
export function StepForm(props: { onSubmit: () => void; children: JSX.Element }) {
  return (
    <form
      class="form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}

/**
 * A step's buttons: the main one submits the step (`submit` its words), then the step's own
 * (`children`), then "previous" when there is a step before.
 */
export function StepActions(props: {
  submit: string;
  busy: boolean;
  onPrevious?: () => void;
  children?: JSX.Element;
}) {
  return (
    <FormActions submit={props.submit} busy={props.busy}>
      {props.children}
      <Show when={props.onPrevious}>
        <button type="button" class="button button--secondary" onClick={() => props.onPrevious?.()}>
          {t('intake.previous')}
        </button>
      </Show>
    </FormActions>
  );
}

/** A refusal reason's words; an unknown code shows itself rather than nothing. */
export function reasonText(code: string): string {
  const key = `reason.${code}` as OcmwKey;
  const text = t(key);
  return text === key ? code : text;
}

/** A yes-or-no question as two radio buttons. */
export function YesNo(props: {
  name: string;
  legend: string;
  value: boolean | undefined;
  onValue: (value: boolean) => void;
}) {
  return (
    <fieldset class="choice-group">
      <legend>{props.legend}</legend>
      <For each={[true, false]}>
        {(option) => (
          <label class="choice">
            <input
              type="radio"
              name={props.name}
              checked={props.value === option}
              onChange={() => props.onValue(option)}
            />
            {option ? t('common.yes') : t('common.no')}
          </label>
        )}
      </For>
    </fieldset>
  );
}

/** Where the wizard is: its three steps, the current one marked. */
export function StepNav(props: { step: Step }) {
  return (
    <ol class="steps" aria-label={t('intake.steps')}>
      <For each={STEPS}>
        {(step, index) => (
          <li class="steps__item" aria-current={props.step === step ? 'step' : undefined}>
            {index() + 1}. {t(`intake.step.${step}` as OcmwKey)}
          </li>
        )}
      </For>
    </ol>
  );
}
