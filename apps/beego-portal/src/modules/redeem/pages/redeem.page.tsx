import {
  parseChequeCode,
  VISIT_MINUTES,
  VISIT_TOPICS,
  type VisitReasonCode,
  type VisitTopic,
  validateVisit,
} from '@digipakket/domain';
import { ErrorSummary, SubmitButton, type SummaryError, usePageTitle } from '@digipakket/portal-kit';
import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { BeegoKey } from '../../../i18n/beego.dictionary.nl';
import { t } from '../../../portal';
import { canScanQr, QrScanner } from '../components/qr-scanner.component';
import { codeFromScan, formatTypedCode } from '../redeem.code';
import { refusalOf } from '../redeem.errors';
import type { OutboxEntry } from '../redeem.outbox';
import { checkCode as askServer, type CodeCheckResult, outbox } from '../redeem.services';

/** Where each of the domain's visit refusals is shown, and in which words. */
const VISIT_REASON_FIELDS: Record<VisitReasonCode, { field: string; key: BeegoKey }> = {
  'visit.student_missing': { field: 'visitedOn', key: 'refusal.other' },
  'visit.date_invalid': { field: 'visitedOn', key: 'redeem.error.date' },
  'visit.date_in_future': { field: 'visitedOn', key: 'redeem.error.future' },
  'visit.date_out_of_range': { field: 'visitedOn', key: 'redeem.error.beforeIssue' },
  'visit.minutes_out_of_range': { field: 'minutes', key: 'redeem.error.minutes' },
  'visit.topics_missing': { field: 'topics', key: 'redeem.error.topics' },
  'visit.topic_unknown': { field: 'topics', key: 'redeem.error.topics' },
  'visit.topic_duplicate': { field: 'topics', key: 'redeem.error.topics' },
  'visit.other_topic_needs_notes': { field: 'notes', key: 'redeem.error.otherNeedsNotes' },
  'visit.follow_up_reason_missing': { field: 'followUpReason', key: 'redeem.error.followUpReason' },
};

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Redeems a cheque on the spot: the code from the paper cheque (typed or scanned), then the visit.
 * The visit is kept on the phone before it is sent, so a home without signal loses nothing.
 */
export function RedeemPage() {
  usePageTitle(() => t('redeem.title'));
  const [params] = useSearchParams<{ client?: string }>();
  const [step, setStep] = createSignal<'code' | 'visit' | 'done'>('code');
  const [code, setCode] = createSignal('');
  const [codeError, setCodeError] = createSignal<string>();
  const [scanning, setScanning] = createSignal(false);
  const [visitedOn, setVisitedOn] = createSignal(localToday());
  const [minutes, setMinutes] = createSignal('60');
  const [topics, setTopics] = createSignal<string[]>([]);
  const [notes, setNotes] = createSignal('');
  const [needsFollowUp, setNeedsFollowUp] = createSignal(false);
  const [followUpReason, setFollowUpReason] = createSignal('');
  const [errors, setErrors] = createSignal<SummaryError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const [result, setResult] = createSignal<OutboxEntry>();
  const [checking, setChecking] = createSignal(false);
  const [checked, setChecked] = createSignal<Exclude<CodeCheckResult, { kind: 'refused' }>>();

  // The code is checked first, so an expired, cancelled or out-of-order cheque is refused before the
  // student writes the whole visit down; without signal it is checked when the visit is sent.
  const checkCode = async (event: Event) => {
    event.preventDefault();
    if (checking()) return;
    const parsed = parseChequeCode(code());
    if (!parsed.ok) {
      setCodeError(t(refusalOf(parsed.reason).key));
      return;
    }
    setCodeError(undefined);
    setChecking(true);
    try {
      const answer = await askServer(code());
      if (answer.kind === 'refused') {
        setCodeError(t(refusalOf(answer.code).key));
        queueMicrotask(() => document.getElementById('field-code')?.focus());
        return;
      }
      setChecked(answer);
      setStep('visit');
      queueMicrotask(() => document.getElementById('visit-title')?.focus());
    } finally {
      setChecking(false);
    }
  };

  const validateVisitForm = (): SummaryError[] => {
    const result = validateVisit({
      visit: {
        studentId: 'self',
        date: visitedOn(),
        minutes: Number(minutes()),
        topics: topics() as VisitTopic[],
        notes: notes(),
        needsFollowUp: needsFollowUp(),
        followUpReason: followUpReason(),
      },
      today: localToday(),
    });
    if (result.ok) return [];
    return result.reasons.map((reason) => {
      const { field, key } = VISIT_REASON_FIELDS[reason.code];
      return { field, message: t(key, { min: VISIT_MINUTES.min, max: VISIT_MINUTES.max }) };
    });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy()) return;
    const found = validateVisitForm();
    setErrors(found);
    setAttempt((value) => value + 1);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const entry = await outbox.add({
        body: {
          code: code(),
          minutes: Number(minutes()),
          topics: topics(),
          ...(notes().trim() ? { notes: notes().trim() } : {}),
          needsFollowUp: needsFollowUp(),
          ...(needsFollowUp() ? { followUpReason: followUpReason().trim() } : {}),
          visitedOn: visitedOn(),
        },
        clientName: params.client ?? null,
        now: new Date(),
      });
      if (entry.state === 'refused' && entry.refusal) {
        const refusal = refusalOf(entry.refusal.code);
        outbox.dismiss(entry.key);
        if (refusal.step === 'code') {
          setCodeError(t(refusal.key));
          setStep('code');
          queueMicrotask(() => document.getElementById('field-code')?.focus());
        } else {
          // The server's visit rules know what the phone cannot, such as the day the cheque was issued.
          const byField = (entry.refusal.reasons ?? []).flatMap((reason) => {
            const known = VISIT_REASON_FIELDS[reason as VisitReasonCode];
            return known
              ? [
                  {
                    field: known.field,
                    message: t(known.key, { min: VISIT_MINUTES.min, max: VISIT_MINUTES.max }),
                  },
                ]
              : [];
          });
          setErrors(byField.length > 0 ? byField : [{ message: t(refusal.key) }]);
          setAttempt((value) => value + 1);
        }
        return;
      }
      setResult(entry);
      setStep('done');
      queueMicrotask(() => document.getElementById('result-title')?.focus());
    } finally {
      setBusy(false);
    }
  };

  const toggleTopic = (topic: string, on: boolean) =>
    setTopics((current) => (on ? [...current, topic] : current.filter((item) => item !== topic)));

  return (
    <>
      <h1>{t('redeem.title')}</h1>
      <Show when={params.client}>
        <p class="lead">{t('redeem.forClient', { name: params.client ?? '' })}</p>
      </Show>
      <Switch>
        <Match when={step() === 'code'}>
          <form class="form" onSubmit={checkCode} novalidate>
            <div class="field" classList={{ 'field--invalid': Boolean(codeError()) }}>
              <label class="field__label" for="field-code">
                {t('redeem.code.label')}
              </label>
              <p class="field__hint" id="field-code-hint">
                {t('redeem.code.hint')}
              </p>
              <Show when={codeError()}>
                <p class="field__error" id="field-code-error" role="alert">
                  {codeError()}
                </p>
              </Show>
              <input
                id="field-code"
                name="code"
                class="input input--code"
                value={code()}
                onInput={(event) => {
                  const formatted = formatTypedCode(event.currentTarget.value);
                  event.currentTarget.value = formatted;
                  setCode(formatted);
                }}
                inputMode="text"
                autocapitalize="characters"
                autocomplete="off"
                spellcheck={false}
                maxLength={13}
                aria-describedby={codeError() ? 'field-code-hint field-code-error' : 'field-code-hint'}
                aria-invalid={codeError() ? 'true' : undefined}
                aria-required="true"
              />
            </div>
            <div class="form__actions">
              <SubmitButton
                busy={checking()}
                label={t('redeem.code.next')}
                busyLabel={t('redeem.check.checking')}
              />
              <button type="button" class="button button--secondary" onClick={() => setScanning(true)}>
                {t('redeem.scan.open')}
              </button>
            </div>
            <Show when={scanning()}>
              <QrScanner
                onCode={(text) => {
                  setScanning(false);
                  setCode(codeFromScan(text));
                  document.getElementById('field-code')?.focus();
                }}
                onClose={() => setScanning(false)}
              />
            </Show>
            <Show when={!canScanQr()}>
              <p class="field__hint">{t('redeem.scan.unsupportedShort')}</p>
            </Show>
          </form>
        </Match>
        <Match when={step() === 'visit'}>
          <form class="form" onSubmit={submit} novalidate aria-labelledby="visit-title">
            <h2 id="visit-title" tabindex="-1">
              {t('redeem.visit.title')}
            </h2>
            <p>
              {t('redeem.visit.code')} <strong class="code">{code()}</strong>{' '}
              <button
                type="button"
                class="button button--secondary button--compact"
                onClick={() => setStep('code')}
              >
                {t('redeem.visit.changeCode')}
              </button>
            </p>
            <Show when={checked()}>
              {(answer) => (
                <p
                  class="notice"
                  classList={{ 'notice--success': answer().kind === 'redeemable' }}
                  role="status"
                >
                  {(() => {
                    const current = answer();
                    return current.kind === 'redeemable'
                      ? t('redeem.check.ok', { purpose: t(`purpose.${current.check.purpose}`) })
                      : t('redeem.check.offline');
                  })()}
                </p>
              )}
            </Show>
            <Show when={errors().length > 0}>
              <ErrorSummary errors={errors()} attempt={attempt()} />
            </Show>
            <div class="field">
              <label class="field__label" for="field-visitedOn">
                {t('redeem.visit.date')}
              </label>
              <input
                id="field-visitedOn"
                type="date"
                class="input input--medium"
                value={visitedOn()}
                max={localToday()}
                onInput={(event) => setVisitedOn(event.currentTarget.value)}
              />
            </div>
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
                value={minutes()}
                onInput={(event) => setMinutes(event.currentTarget.value)}
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
                      checked={topics().includes(topic)}
                      onChange={(event) => toggleTopic(topic, event.currentTarget.checked)}
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
                value={notes()}
                onInput={(event) => setNotes(event.currentTarget.value)}
              />
            </div>
            <label class="check">
              <input
                type="checkbox"
                checked={needsFollowUp()}
                onChange={(event) => setNeedsFollowUp(event.currentTarget.checked)}
              />
              <span>{t('redeem.visit.followUp')}</span>
            </label>
            <Show when={needsFollowUp()}>
              <div class="field">
                <label class="field__label" for="field-followUpReason">
                  {t('redeem.visit.followUpReason')}
                </label>
                <textarea
                  id="field-followUpReason"
                  class="input"
                  rows="2"
                  maxLength={1000}
                  value={followUpReason()}
                  onInput={(event) => setFollowUpReason(event.currentTarget.value)}
                />
              </div>
            </Show>
            <div class="form__actions">
              <SubmitButton
                busy={busy()}
                label={t('redeem.visit.save')}
                busyLabel={t('redeem.visit.saving')}
              />
            </div>
          </form>
        </Match>
        <Match when={step() === 'done' && result()}>
          {(entry) => (
            <section class="result" aria-labelledby="result-title">
              <h2 id="result-title" tabindex="-1">
                {entry().state === 'sent' ? t('redeem.done.sent') : t('redeem.done.waiting')}
              </h2>
              <p>{entry().state === 'sent' ? t('redeem.done.sentText') : t('redeem.done.waitingText')}</p>
              <div class="form__actions">
                <Show when={entry().chequeId}>
                  {(chequeId) => (
                    <A class="button button--primary" href={`/visits/${chequeId()}`}>
                      {t('redeem.done.open')}
                    </A>
                  )}
                </Show>
                <A class="button button--secondary" href="/visits">
                  {t('redeem.done.back')}
                </A>
              </div>
            </section>
          )}
        </Match>
      </Switch>
    </>
  );
}
