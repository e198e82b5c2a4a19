import { parseChequeCode } from '@digipakket/domain';
import { createAction, errorMessageKey, type SummaryError, usePageTitle } from '@digipakket/portal-kit';
import { useSearchParams } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { t } from '../../../portal';
import { CodeStep } from '../components/code-step.component';
import { RedeemResult } from '../components/redeem-result.component';
import { VisitStep } from '../components/visit-step.component';
import { createVisitDraft, visitReasonErrors } from '../redeem.draft';
import { refusalOf } from '../redeem.errors';
import type { OutboxEntry } from '../redeem.outbox';
import { checkCode as askServer, type CodeCheckResult, outbox } from '../redeem.services';

const focusSoon = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

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
  const draft = createVisitDraft();
  const [errors, setErrors] = createSignal<SummaryError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const [result, setResult] = createSignal<OutboxEntry>();
  const [checked, setChecked] = createSignal<Exclude<CodeCheckResult, { kind: 'refused' }>>();

  // The code is checked first, so an expired, cancelled or out-of-order cheque is refused before the
  // student writes the whole visit down; without signal it is checked when the visit is sent.
  const check = createAction({
    run: askServer,
    onSuccess: (answer) => {
      if (answer.kind === 'refused') {
        setCodeError(t(refusalOf(answer.code).key));
        focusSoon('field-code');
        return;
      }
      setChecked(answer);
      setStep('visit');
      focusSoon('visit-title');
    },
    onError: (error) => setCodeError(t(errorMessageKey(error))),
  });

  const checkCode = async (event: Event) => {
    event.preventDefault();
    if (check.busy()) return;
    const parsed = parseChequeCode(code());
    if (!parsed.ok) {
      setCodeError(t(refusalOf(parsed.reason).key));
      return;
    }
    setCodeError(undefined);
    await check.run(code());
  };

  const send = createAction({
    run: () => outbox.add({ body: draft.body(code()), clientName: params.client ?? null, now: new Date() }),
    onSuccess: (entry) => {
      if (entry.state === 'refused' && entry.refusal) {
        const refusal = refusalOf(entry.refusal.code);
        outbox.dismiss(entry.key);
        if (refusal.step === 'code') {
          setCodeError(t(refusal.key));
          setStep('code');
          focusSoon('field-code');
        } else {
          // The server's visit rules know what the phone cannot, such as the day the cheque was issued.
          const byField = visitReasonErrors(entry.refusal.reasons ?? []);
          setErrors(byField.length > 0 ? byField : [{ message: t(refusal.key) }]);
          setAttempt((value) => value + 1);
        }
        return;
      }
      setResult(entry);
      setStep('done');
      focusSoon('result-title');
    },
    onError: (error) => {
      setErrors([{ message: t(errorMessageKey(error)) }]);
      setAttempt((value) => value + 1);
    },
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (send.busy()) return;
    const found = draft.validate();
    setErrors(found);
    setAttempt((value) => value + 1);
    if (found.length > 0) return;
    await send.run();
  };

  return (
    <>
      <h1>{t('redeem.title')}</h1>
      <Show when={params.client}>
        <p class="lead">{t('redeem.forClient', { name: params.client ?? '' })}</p>
      </Show>
      <Switch>
        <Match when={step() === 'code'}>
          <CodeStep
            code={code()}
            onCode={setCode}
            error={codeError()}
            busy={check.busy()}
            onSubmit={checkCode}
          />
        </Match>
        <Match when={step() === 'visit'}>
          <VisitStep
            draft={draft}
            code={code()}
            checked={checked()}
            errors={errors()}
            attempt={attempt()}
            busy={send.busy()}
            onChangeCode={() => setStep('code')}
            onSubmit={submit}
          />
        </Match>
        <Match when={step() === 'done' && result()}>{(entry) => <RedeemResult entry={entry()} />}</Match>
      </Switch>
    </>
  );
}
