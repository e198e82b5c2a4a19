import { OUTCOME_ROUNDS } from '@digipakket/domain';
import {
  createAction,
  Loaded,
  type OutcomeQuestionMode,
  OutcomeQuestionnaire,
  type OutcomeQuestionnaireResult,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../../portal';
import { outcomeRefusalText, roundName } from '../outcomes.labels';
import { createBaselineFromIntakeQuery, createClientRoundsQuery } from '../outcomes.queries';
import { recordRound } from '../outcomes.services';
import '../outcomes.css';

type Round = (typeof OUTCOME_ROUNDS)[number];

/**
 * One round of the outcome measure taken by the social worker: at intake (the baseline, with what the
 * intake's skills questions already answered chosen), at the end, or a follow-up (by phone when the
 * follow-up list sent us here). Saved, it goes back to the client page.
 */
export function RecordRoundPage() {
  const params = useParams<{ id: string; round: string }>();
  const [search] = useSearchParams<{ mode?: string }>();
  const navigate = useNavigate();
  const { status } = usePortal();
  const round = () => (OUTCOME_ROUNDS.includes(params.round as Round) ? (params.round as Round) : 'baseline');
  usePageTitle(() => t('outcomes.record.title', { round: roundName(round()) }));
  const [rounds, { refetch }] = createClientRoundsQuery(() => params.id);
  const [baseline] = createBaselineFromIntakeQuery(() => ({ clientId: params.id, round: round() }));
  const modes = (): OutcomeQuestionMode[] =>
    search.mode === 'phone' ? ['phone', 'in_person', 'paper'] : ['in_person', 'phone', 'paper'];

  const save = createAction({
    run: (result: OutcomeQuestionnaireResult) =>
      recordRound({ clientId: params.id, round: { round: round(), ...result } }),
    onSuccess: () => {
      status.announce(t('outcomes.record.saved', { round: roundName(round()) }));
      navigate(`/clients/${params.id}`);
    },
    errorText: outcomeRefusalText,
  });

  return (
    <>
      <p class="eyebrow">
        <A href={`/clients/${params.id}`}>{t('outcomes.record.back')}</A>
      </p>
      <h1>{t('outcomes.record.title', { round: roundName(round()) })}</h1>
      <Show when={round() === 'baseline'}>
        <p class="lead">{t('outcomes.record.baselineIntro')}</p>
      </Show>
      <Show when={search.mode === 'phone'}>
        <p class="lead">{t('outcomes.record.phoneIntro')}</p>
      </Show>
      <Loaded resource={rounds} retry={refetch}>
        {(data) => (
          <Show when={round() !== 'baseline' || baseline.state === 'ready' || baseline.state === 'errored'}>
            <OutcomeQuestionnaire
              id="outcome-round"
              items={data().itemsAsked}
              language={data().language}
              modes={modes()}
              initial={baseline.state === 'ready' ? (baseline()?.answers ?? []) : []}
              submitLabel={t('outcomes.record.submit', { round: roundName(round()) })}
              save={save}
            />
          </Show>
        )}
      </Loaded>
    </>
  );
}
