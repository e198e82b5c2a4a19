import { A, useNavigate } from '@solidjs/router';
import { Show } from 'solid-js';
import { createAction } from '../actions/create-action';
import { Loaded } from '../display/display-parts.component';
import type { I18n } from '../i18n/i18n';
import { usePageTitle } from '../layout/page-title';
import { usePortal } from '../session/portal-context';
import { OutcomeQuestionnaire, type OutcomeQuestionnaireResult } from './outcome-questionnaire.component';
import { createClientRoundsQuery, type EndRoundOccasion, recordEndRound } from './partner-end-round.queries';

/** The keys a partner portal's dictionaries hold for the end round. */
export type PartnerEndRoundKey =
  | 'outcomes.end.back'
  | 'outcomes.end.title'
  | 'outcomes.end.intro'
  | 'outcomes.end.done'
  | 'outcomes.end.submit'
  | 'outcomes.end.saved';

/**
 * The end round of the outcome measure as a partner takes it (the teacher on the tablet, the student
 * on the phone): one item per screen, in person, or a notice when the round was taken already. The
 * partner sees only the rounds it took, never the client's other answers. Once saved, it goes back.
 */
export function PartnerEndRound(props: {
  /** The portal's own i18n: its dictionaries must hold every {@link PartnerEndRoundKey}. */
  i18n: I18n<PartnerEndRoundKey>;
  clientId: string;
  occasion: EndRoundOccasion;
  backHref: string;
  errorText: (error: unknown) => string;
}) {
  const { api, status } = usePortal();
  const navigate = useNavigate();
  const t = (key: PartnerEndRoundKey) => props.i18n.t(key);
  usePageTitle(() => t('outcomes.end.title'));
  const [rounds, { refetch }] = createClientRoundsQuery({ api, clientId: () => props.clientId });
  const save = createAction({
    run: (round: OutcomeQuestionnaireResult) =>
      recordEndRound({ api, clientId: props.clientId, occasion: props.occasion, round }),
    onSuccess: () => {
      status.announce(t('outcomes.end.saved'));
      navigate(props.backHref);
    },
    errorText: props.errorText,
  });
  return (
    <>
      <p>
        <A href={props.backHref}>{t('outcomes.end.back')}</A>
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
              save={save}
            />
          </Show>
        )}
      </Loaded>
    </>
  );
}
