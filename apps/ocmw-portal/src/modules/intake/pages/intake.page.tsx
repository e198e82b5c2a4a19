import type { IntakeEvaluation, IntakeInput, IntakeResponse, Package } from '@digipakket/api/contracts';
import { ANSWERS, type Answer, PURPOSES, type Purpose, QUESTION_IDS } from '@digipakket/domain';
import { Loaded, SelectField, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { A, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, type JSX, Show, untrack } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { evaluateIntake, fetchIntake, saveIntake } from '../intake.services';

const STEPS = ['situation', 'skills', 'verdict'] as const;
type Step = (typeof STEPS)[number];

type Draft = {
  purposes: Purpose[];
  householdHasUsableLaptop: boolean | undefined;
  canAffordLaptop: boolean | undefined;
  answers: Partial<Record<(typeof QUESTION_IDS)[number], Answer>>;
  waveId: string;
  changePackage: boolean;
  package: Package;
  packageChangeReason: string;
  overrideReason: string;
};

function reasonText(code: string): string {
  const key = `reason.${code}` as OcmwKey;
  const text = t(key);
  return text === key ? code : text;
}

function YesNo(props: {
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

function StepNav(props: { step: Step }) {
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

function toDraft(response: IntakeResponse): Draft {
  const intake = response.intake;
  const recommended = response.evaluation?.recommendedPackage;
  return {
    purposes: (intake?.purposes ?? []) as Purpose[],
    householdHasUsableLaptop: intake?.householdHasUsableLaptop ?? undefined,
    canAffordLaptop: intake?.canAffordLaptop ?? undefined,
    answers: (intake?.answers ?? {}) as Draft['answers'],
    waveId: intake?.waveId ?? response.waves.at(-1)?.id ?? '',
    changePackage: Boolean(intake?.packageChangeReason),
    package: intake?.package ??
      recommended ?? { cheques: 2, basicCourse: true, digibuddy: false, infoSession: true },
    packageChangeReason: intake?.packageChangeReason ?? '',
    overrideReason: intake?.overrideReason ?? '',
  };
}

/**
 * The intake wizard: the client's situation, the skills questionnaire, then the verdict with every
 * reason, the recommended package (changeable with a reason) and the wave. Every "next" saves a draft,
 * so leaving half-way loses nothing; the decision is saved in one go.
 */
export function IntakePage() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const { status } = usePortal();
  const [context, { refetch }] = createResource(
    () => params.id,
    (clientId) => fetchIntake({ clientId }),
  );
  const [step, setStep] = createSignal<Step>('situation');
  const [draft, setDraft] = createSignal<Draft>();
  const [evaluation, setEvaluation] = createSignal<IntakeEvaluation>();
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;

  usePageTitle(() => t('intake.title'));

  createEffect(() => {
    const loaded = context.latest;
    if (loaded && !untrack(draft)) setDraft(toDraft(loaded));
  });
  const current = draft;
  const update = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous!, ...changes }));

  const input = (): IntakeInput => {
    const value = current()!;
    return {
      purposes: value.purposes,
      ...(value.householdHasUsableLaptop === undefined
        ? {}
        : { householdHasUsableLaptop: value.householdHasUsableLaptop }),
      ...(value.canAffordLaptop === undefined ? {} : { canAffordLaptop: value.canAffordLaptop }),
      answers: value.answers,
      ...(value.waveId ? { waveId: value.waveId } : {}),
      ...(value.changePackage
        ? { package: value.package, packageChangeReason: value.packageChangeReason.trim() || undefined }
        : {}),
      ...(value.overrideReason.trim() ? { overrideReason: value.overrideReason.trim() } : {}),
    } as IntakeInput;
  };

  const goTo = async (next: Step) => {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      await saveIntake({ clientId: params.id, intake: { ...input(), decision: 'draft' } });
      if (next === 'verdict') {
        const { evaluation: result } = await evaluateIntake({ clientId: params.id, input: input() });
        setEvaluation(result);
        if (!current()!.changePackage && result.recommendedPackage)
          update({ package: result.recommendedPackage });
      }
      setStep(next);
      queueMicrotask(() => heading?.focus());
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const decide = async (decision: 'approved' | 'rejected' | 'draft') => {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      await saveIntake({ clientId: params.id, intake: { ...input(), decision } });
      status.announce(t(`intake.saved.${decision}` as OcmwKey));
      navigate(`/clients/${params.id}`);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const packageToggle = (key: 'basicCourse' | 'digibuddy' | 'infoSession', label: OcmwKey): JSX.Element => (
    <label class="choice">
      <input
        type="checkbox"
        checked={current()!.package[key]}
        onChange={(event) =>
          update({ package: { ...current()!.package, [key]: event.currentTarget.checked } })
        }
      />
      {t(label)}
    </label>
  );

  return (
    <>
      <h1 tabindex="-1" ref={heading}>
        {t('intake.title')}
      </h1>
      <Loaded resource={context} retry={refetch}>
        {(data) => (
          <Show when={current()}>
            <p class="lead">{t('intake.intro', { programme: data().programme.name })}</p>
            <StepNav step={step()} />
            <Show when={error()}>
              <p class="notice notice--error" role="alert">
                {error()}
              </p>
            </Show>

            <Show when={step() === 'situation'}>
              <form
                class="form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void goTo('skills');
                }}
              >
                <fieldset class="choice-group">
                  <legend>{t('intake.purposes')}</legend>
                  <For each={PURPOSES}>
                    {(purpose) => (
                      <label class="choice">
                        <input
                          type="checkbox"
                          checked={current()!.purposes.includes(purpose)}
                          onChange={(event) =>
                            update({
                              purposes: event.currentTarget.checked
                                ? [...current()!.purposes, purpose]
                                : current()!.purposes.filter((candidate) => candidate !== purpose),
                            })
                          }
                        />
                        {t(`purpose.${purpose}` as OcmwKey)}
                      </label>
                    )}
                  </For>
                </fieldset>
                <YesNo
                  name="household-laptop"
                  legend={t('intake.householdLaptop')}
                  value={current()!.householdHasUsableLaptop}
                  onValue={(value) => update({ householdHasUsableLaptop: value })}
                />
                <YesNo
                  name="can-afford"
                  legend={t('intake.canAfford')}
                  value={current()!.canAffordLaptop}
                  onValue={(value) => update({ canAffordLaptop: value })}
                />
                <div class="form__actions">
                  <button type="submit" class="button button--primary" disabled={busy()}>
                    {t('intake.next')}
                  </button>
                  <A href={`/clients/${params.id}`}>{t('intake.later')}</A>
                </div>
              </form>
            </Show>

            <Show when={step() === 'skills'}>
              <form
                class="form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void goTo('verdict');
                }}
              >
                <p>{t('intake.skillsIntro')}</p>
                <For each={QUESTION_IDS}>
                  {(questionId) => (
                    <fieldset class="choice-group choice-group--inline">
                      <legend>{t(`question.${questionId}` as OcmwKey)}</legend>
                      <For each={ANSWERS}>
                        {(answer) => (
                          <label class="choice">
                            <input
                              type="radio"
                              name={`question-${questionId}`}
                              checked={current()!.answers[questionId] === answer}
                              onChange={() =>
                                update({ answers: { ...current()!.answers, [questionId]: answer } })
                              }
                            />
                            {t(`answer.${answer}` as OcmwKey)}
                          </label>
                        )}
                      </For>
                    </fieldset>
                  )}
                </For>
                <div class="form__actions">
                  <button type="submit" class="button button--primary" disabled={busy()}>
                    {t('intake.next')}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => void goTo('situation')}
                  >
                    {t('intake.previous')}
                  </button>
                </div>
              </form>
            </Show>

            <Show when={step() === 'verdict' && evaluation()}>
              {(_) => {
                const result = () => evaluation()!;
                return (
                  <form
                    class="form"
                    onSubmit={(event) => {
                      event.preventDefault();
                      void decide('approved');
                    }}
                  >
                    <section aria-labelledby="verdict-title" class="card">
                      <h2 id="verdict-title">{t('intake.verdict')}</h2>
                      <Show when={result().missingAnswers.length > 0}>
                        <p class="notice notice--error">
                          {t('intake.missingAnswers', { count: result().missingAnswers.length })}
                        </p>
                      </Show>
                      <Show when={result().level}>
                        <p>
                          {t('intake.level')} <strong>{t(`level.${result().level}` as OcmwKey)}</strong>
                        </p>
                      </Show>
                      <Show
                        when={
                          result().reasons.filter(
                            (reason) => reason.code !== 'eligibility.override_reason_too_short',
                          ).length > 0
                        }
                        fallback={<p class="verdict verdict--ok">{t('intake.eligible')}</p>}
                      >
                        <p class="verdict verdict--no">{t('intake.notEligible')}</p>
                        <ul>
                          <For
                            each={result().reasons.filter(
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
                            value={current()!.overrideReason}
                            onInput={(event) => update({ overrideReason: event.currentTarget.value })}
                          />
                        </div>
                      </Show>
                    </section>

                    <section aria-labelledby="package-title" class="card">
                      <h2 id="package-title">{t('intake.package')}</h2>
                      <Show when={result().recommendedPackage}>
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
                          checked={current()!.changePackage}
                          onChange={(event) => update({ changePackage: event.currentTarget.checked })}
                        />
                        {t('intake.changePackage')}
                      </label>
                      <Show when={current()!.changePackage}>
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
                            value={current()!.package.cheques}
                            onInput={(event) =>
                              update({
                                package: {
                                  ...current()!.package,
                                  cheques: Number(event.currentTarget.value) || 0,
                                },
                              })
                            }
                          />
                        </div>
                        {packageToggle('basicCourse', 'package.basicCourse')}
                        {packageToggle('digibuddy', 'package.digibuddy')}
                        {packageToggle('infoSession', 'package.infoSession')}
                        <div class="field">
                          <label class="field__label" for="field-packageChangeReason">
                            {t('intake.packageChangeReason')}
                          </label>
                          <textarea
                            id="field-packageChangeReason"
                            class="input"
                            rows="2"
                            value={current()!.packageChangeReason}
                            onInput={(event) => update({ packageChangeReason: event.currentTarget.value })}
                          />
                        </div>
                      </Show>
                    </section>

                    <SelectField
                      name="wave"
                      label={t('intake.wave')}
                      value={current()!.waveId}
                      onValue={(waveId) => update({ waveId })}
                      placeholder={t('intake.chooseWave')}
                      options={data().waves.map((wave) => ({
                        value: wave.id,
                        label: t('intake.waveOption', {
                          name: wave.name,
                          free: wave.laptopsFree,
                        }),
                      }))}
                    />

                    <div class="form__actions">
                      <button type="submit" class="button button--primary" disabled={busy()}>
                        {t('intake.approve')}
                      </button>
                      <button
                        type="button"
                        class="button button--secondary"
                        disabled={busy()}
                        onClick={() => void decide('rejected')}
                      >
                        {t('intake.reject')}
                      </button>
                      <button
                        type="button"
                        class="button button--secondary"
                        disabled={busy()}
                        onClick={() => void decide('draft')}
                      >
                        {t('intake.saveDraft')}
                      </button>
                      <button
                        type="button"
                        class="button button--secondary"
                        onClick={() => setStep('skills')}
                      >
                        {t('intake.previous')}
                      </button>
                    </div>
                  </form>
                );
              }}
            </Show>
          </Show>
        )}
      </Loaded>
    </>
  );
}
