import { A } from '@solidjs/router';
import { type Resource, Show } from 'solid-js';
import { createAction } from '../actions/create-action';
import { Loaded } from '../display/display-parts.component';
import { usePortal } from '../session/portal-context';
import {
  type OutcomeQuestionItem,
  OutcomeQuestionnaire,
  type OutcomeQuestionnaireResult,
} from './outcome-questionnaire.component';

/** What a partner reads of a client's rounds: only its own, with the items the programme asks. */
export type PartnerRounds = {
  rounds: { round: string }[];
  itemsAsked: OutcomeQuestionItem[];
  language: string;
};

/**
 * The end round of the outcome measure as a partner takes it (the teacher on the tablet, the student
 * on the phone): one item per screen, in person, or a notice when the round was taken already. The
 * partner sees only the rounds it took, never the client's other answers.
 */
export function PartnerEndRound(props: {
  backHref: string;
  texts: { back: string; title: string; intro: string; done: string; submit: string; saved: string };
  rounds: Resource<PartnerRounds>;
  retry: () => void;
  record: (result: OutcomeQuestionnaireResult) => Promise<unknown>;
  errorText: (error: unknown) => string;
  onSaved: () => void;
}) {
  const { status } = usePortal();
  const save = createAction({
    run: (result: OutcomeQuestionnaireResult) => props.record(result),
    onSuccess: () => {
      status.announce(props.texts.saved);
      props.onSaved();
    },
    errorText: props.errorText,
  });
  return (
    <>
      <p>
        <A href={props.backHref}>{props.texts.back}</A>
      </p>
      <h1>{props.texts.title}</h1>
      <p class="lead">{props.texts.intro}</p>
      <Loaded resource={props.rounds} retry={props.retry}>
        {(data) => (
          <Show
            when={!data().rounds.some((round) => round.round === 'end')}
            fallback={<p class="notice">{props.texts.done}</p>}
          >
            <OutcomeQuestionnaire
              id="end-round"
              items={data().itemsAsked}
              language={data().language}
              modes={['in_person']}
              oneByOne
              submitLabel={props.texts.submit}
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
