import { createAction, Loaded, OutcomeQuestionnaire, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { A, useNavigate, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../../portal';
import { outcomeRefusalText } from '../outcomes.errors';
import { createClientRoundsQuery } from '../outcomes.queries';
import { recordEndRound } from '../outcomes.services';

/**
 * The end round of the outcome measure, taken by the teacher with one learner at the group's last
 * half-day, on the tablet: one item per screen, read aloud, in the learner's language beside the Dutch.
 * The teacher sees only the rounds Ligo took, never the client's other answers.
 */
export function EndRoundPage() {
  const params = useParams<{ sessionId: string; clientId: string }>();
  const navigate = useNavigate();
  const { status } = usePortal();
  usePageTitle(() => t('outcomes.end.title'));
  const [rounds, { refetch }] = createClientRoundsQuery(() => params.clientId);
  const save = createAction({
    run: (result: Parameters<typeof recordEndRound>[0]['round']) =>
      recordEndRound({ clientId: params.clientId, sessionId: params.sessionId, round: result }),
    onSuccess: () => {
      status.announce(t('outcomes.end.saved'));
      navigate(`/sessions/${params.sessionId}`);
    },
    errorText: outcomeRefusalText,
  });
  return (
    <>
      <p>
        <A href={`/sessions/${params.sessionId}`}>{t('outcomes.end.back')}</A>
      </p>
      <h1>{t('outcomes.end.title')}</h1>
      <p class="lead">{t('outcomes.end.intro')}</p>
      <Loaded resource={rounds} retry={refetch}>
        {(data) => (
          <Show
            when={!data().rounds.some((round) => round.round === 'end')}
            fallback={<p class="notice">{t('outcomes.end.done')}</p>}
          >
            <OutcomeQuestionnaire
              id="end-round"
              items={data().itemsAsked}
              language={data().language}
              modes={['in_person']}
              oneByOne
              submitLabel={t('outcomes.end.submit')}
              busy={save.busy()}
              error={save.error()}
              onSubmit={(result) => save.run(result)}
            />
          </Show>
        )}
      </Loaded>
    </>
  );
}
