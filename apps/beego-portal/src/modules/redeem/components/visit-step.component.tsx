import { VISIT_MINUTES, VISIT_TOPICS } from '@digipakket/domain';
import {
  DateField,
  ErrorSummary,
  FieldFrame,
  fieldId,
  SubmitButton,
  type SummaryError,
  TextAreaField,
} from '@digipakket/portal-kit';
import { For, Show } from 'solid-js';
import { t } from '../../../portal';
import { localToday, type VisitDraft } from '../redeem.draft';
import type { CodeCheckResult } from '../redeem.services';

/** The visit behind a checked code: day, length, topics, notes and whether the client needs more help. */
export function VisitStep(props: {
  draft: VisitDraft;
  code: string;
  checked: Exclude<CodeCheckResult, { kind: 'refused' }> | undefined;
  errors: SummaryError[];
  attempt: number;
  busy: boolean;
  onChangeCode: () => void;
  onSubmit: (event: Event) => void;
}) {
  const draft = props.draft;
  return (
    <form class="form" onSubmit={props.onSubmit} novalidate aria-labelledby="visit-title">
      <h2 id="visit-title" tabindex="-1">
        {t('redeem.visit.title')}
      </h2>
      <p>
        {t('redeem.visit.code')} <strong class="code">{props.code}</strong>{' '}
        <button type="button" class="button button--secondary button--compact" onClick={props.onChangeCode}>
          {t('redeem.visit.changeCode')}
        </button>
      </p>
      <Show when={props.checked}>
        {(answer) => (
          <p class="notice" classList={{ 'notice--success': answer().kind === 'redeemable' }} role="status">
            {(() => {
              const current = answer();
              return current.kind === 'redeemable'
                ? t('redeem.check.ok', { purpose: t(`purpose.${current.check.purpose}`) })
                : t('redeem.check.offline');
            })()}
          </p>
        )}
      </Show>
      <Show when={props.errors.length > 0}>
        <ErrorSummary errors={props.errors} attempt={props.attempt} />
      </Show>
      <DateField
        name="visitedOn"
        label={t('redeem.visit.date')}
        value={draft.visitedOn()}
        max={localToday()}
        onValue={draft.setVisitedOn}
      />
      <FieldFrame name="minutes" label={t('redeem.visit.minutes')}>
        <input
          id={fieldId('minutes')}
          type="number"
          inputMode="numeric"
          min={VISIT_MINUTES.min}
          max={VISIT_MINUTES.max}
          step="5"
          class="input input--short"
          value={draft.minutes()}
          onInput={(event) => draft.setMinutes(event.currentTarget.value)}
        />
      </FieldFrame>
      <fieldset class="field topics" id="field-topics" tabindex="-1">
        <legend class="field__label">{t('redeem.visit.topics')}</legend>
        <For each={VISIT_TOPICS}>
          {(topic) => (
            <label class="check">
              <input
                type="checkbox"
                name="topics"
                value={topic}
                checked={draft.topics().includes(topic)}
                onChange={(event) => draft.toggleTopic(topic, event.currentTarget.checked)}
              />
              <span>{t(`topic.${topic}`)}</span>
            </label>
          )}
        </For>
      </fieldset>
      <TextAreaField
        name="notes"
        label={t('redeem.visit.notes')}
        optional
        rows={3}
        maxLength={4000}
        value={draft.notes()}
        onValue={draft.setNotes}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={draft.needsFollowUp()}
          onChange={(event) => draft.setNeedsFollowUp(event.currentTarget.checked)}
        />
        <span>{t('redeem.visit.followUp')}</span>
      </label>
      <Show when={draft.needsFollowUp()}>
        <TextAreaField
          name="followUpReason"
          label={t('redeem.visit.followUpReason')}
          required={false}
          rows={2}
          maxLength={1000}
          value={draft.followUpReason()}
          onValue={draft.setFollowUpReason}
        />
      </Show>
      <div class="form__actions">
        <SubmitButton busy={props.busy} label={t('redeem.visit.save')} busyLabel={t('redeem.visit.saving')} />
      </div>
    </form>
  );
}
