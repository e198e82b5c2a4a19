import type { IntakeEvaluation } from '@digipakket/api/contracts';
import { createAction, ErrorNotice, Loaded, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { useNavigate, useParams } from '@solidjs/router';
import { createEffect, createSignal, Show, untrack } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { type Step, StepNav } from '../components/intake-parts.component';
import { SituationStep } from '../components/situation-step.component';
import { SkillsStep } from '../components/skills-step.component';
import { VerdictStep } from '../components/verdict-step.component';
import { type Draft, draftInput, toDraft } from '../intake.draft';
import { createIntakeQuery } from '../intake.queries';
import { evaluateIntake, saveIntake } from '../intake.services';

/**
 * The intake wizard: the client's situation, the skills questionnaire, then the verdict with every
 * reason, the recommended package (changeable with a reason) and the wave. Every "next" saves a draft,
 * so leaving half-way loses nothing; the decision is saved in one go.
 */
export function IntakePage() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const { status } = usePortal();
  const [context, { refetch }] = createIntakeQuery(() => params.id);
  const [step, setStep] = createSignal<Step>('situation');
  const [draft, setDraft] = createSignal<Draft>();
  const [evaluation, setEvaluation] = createSignal<IntakeEvaluation>();
  let heading: HTMLHeadingElement | undefined;

  usePageTitle(() => t('intake.title'));

  createEffect(() => {
    const loaded = context.latest;
    if (loaded && !untrack(draft)) setDraft(toDraft(loaded));
  });
  const current = draft;
  const update = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous!, ...changes }));
  const input = () => draftInput(current()!);

  // One save at a time, whether it moves a step or decides, with one error line for both.
  const saving = createAction({ run: (work: () => Promise<void>) => work(), errorText });

  const goTo = (next: Step) =>
    void saving.run(async () => {
      await saveIntake({ clientId: params.id, intake: { ...input(), decision: 'draft' } });
      if (next === 'verdict') {
        const { evaluation: result } = await evaluateIntake({ clientId: params.id, input: input() });
        setEvaluation(result);
        if (!current()!.changePackage && result.recommendedPackage)
          update({ package: result.recommendedPackage });
      }
      setStep(next);
      queueMicrotask(() => heading?.focus());
    });

  const decide = (decision: 'approved' | 'rejected' | 'draft') =>
    void saving.run(async () => {
      await saveIntake({ clientId: params.id, intake: { ...input(), decision } });
      status.announce(t(`intake.saved.${decision}` as OcmwKey));
      navigate(`/clients/${params.id}`);
    });

  return (
    <>
      <h1 tabindex="-1" ref={heading}>
        {t('intake.title')}
      </h1>
      <Loaded resource={context} retry={refetch}>
        {(data) => (
          <Show when={current()}>
            {(value) => (
              <>
                <p class="lead">{t('intake.intro', { programme: data().programme.name })}</p>
                <StepNav step={step()} />
                <ErrorNotice error={saving.error()} />
                <Show when={step() === 'situation'}>
                  <SituationStep
                    draft={value()}
                    update={update}
                    clientId={params.id}
                    busy={saving.busy()}
                    onNext={() => goTo('skills')}
                  />
                </Show>
                <Show when={step() === 'skills'}>
                  <SkillsStep
                    draft={value()}
                    update={update}
                    busy={saving.busy()}
                    onNext={() => goTo('verdict')}
                    onPrevious={() => goTo('situation')}
                  />
                </Show>
                <Show when={step() === 'verdict' && evaluation()}>
                  {(result) => (
                    <VerdictStep
                      draft={value()}
                      update={update}
                      result={result()}
                      waves={data().waves}
                      busy={saving.busy()}
                      onDecide={decide}
                      onPrevious={() => setStep('skills')}
                    />
                  )}
                </Show>
              </>
            )}
          </Show>
        )}
      </Loaded>
    </>
  );
}
