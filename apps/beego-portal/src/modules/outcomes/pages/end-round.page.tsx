import { createAction, Loaded, OutcomeQuestionnaire, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { A, useNavigate, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../../portal';
import { outcomeRefusalText } from '../outcomes.errors';
import { createClientRoundsQuery } from '../outcomes.queries';
import { recordEndRound } from '../outcomes.services';

/**
 * The end round of the outcome measure, taken by the student at the client's second visit, on the
 * phone: one item per screen, read aloud, in the client's language beside the Dutch. The student sees
 * only the rounds Beego took, never the client's other answers.
 */
export function EndRoundPage() {
  const params = useParams<{ chequeId: string; clientId: string }>();
  const navigate = useNavigate();
  const { status } = usePortal();
  usePageTitle(() => t('outcomes.end.title'));
  const [rounds, { refetch }] = createClientRoundsQuery(() => params.clientId);
  const save = createAction({
    run: (result: Parameters<typeof recordEndRound>[0]['round']) =>
      recordEndRound({ clientId: params.clientId, chequeId: params.chequeId, round: result }),
    onSuccess: () => {
      status.announce(t('outcomes.end.saved'));
      navigate(`/visits/${params.chequeId}`);
    },
    errorText: outcomeRefusalText,
  });
  return (
    <>
      <p>
        <A href={`/visits/${params.chequeId}`}>{t('outcomes.end.back')}</A>
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
