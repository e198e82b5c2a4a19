import { VISIT_MINUTES, VISIT_TOPICS } from '@digipakket/domain';
import { DateField, ErrorSummary, SubmitButton, type SummaryError } from '@digipakket/portal-kit';
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
      <div class="field">
        <label class="field__label" for="field-minutes">
          {t('redeem.visit.minutes')}
        </label>
        <input
          id="field-minutes"
          type="number"
          inputMode="numeric"
          min={VISIT_MINUTES.min}
          max={VISIT_MINUTES.max}
          step="5"
          class="input input--short"
          value={draft.minutes()}
          onInput={(event) => draft.setMinutes(event.currentTarget.value)}
        />
      </div>
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
      <div class="field">
        <label class="field__label" for="field-notes">
          {t('redeem.visit.notes')} <span class="field__optional">{t('redeem.visit.optional')}</span>
        </label>
        <textarea
          id="field-notes"
          class="input"
          rows="3"
          maxLength={4000}
          value={draft.notes()}
          onInput={(event) => draft.setNotes(event.currentTarget.value)}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.needsFollowUp()}
          onChange={(event) => draft.setNeedsFollowUp(event.currentTarget.checked)}
        />
        <span>{t('redeem.visit.followUp')}</span>
      </label>
      <Show when={draft.needsFollowUp()}>
        <div class="field">
          <label class="field__label" for="field-followUpReason">
            {t('redeem.visit.followUpReason')}
          </label>
          <textarea
            id="field-followUpReason"
            class="input"
            rows="2"
            maxLength={1000}
            value={draft.followUpReason()}
            onInput={(event) => draft.setFollowUpReason(event.currentTarget.value)}
          />
        </div>
      </Show>
      <div class="form__actions">
        <SubmitButton busy={props.busy} label={t('redeem.visit.save')} busyLabel={t('redeem.visit.saving')} />
      </div>
    </form>
  );
}
