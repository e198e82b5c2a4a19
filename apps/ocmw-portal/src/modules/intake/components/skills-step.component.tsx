import { ANSWERS, QUESTION_IDS } from '@digipakket/domain';
import { For } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { type DraftProps, StepActions, StepForm } from './intake-parts.component';

/** Step two: the skills questionnaire, one row of answers per question. */
export function SkillsStep(
  props: DraftProps & {
    busy: boolean;
    onNext: () => void;
    onPrevious: () => void;
  },
) {
  return (
    <StepForm onSubmit={props.onNext}>
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
                    checked={props.draft.answers[questionId] === answer}
                    onChange={() =>
                      props.update({ answers: { ...props.draft.answers, [questionId]: answer } })
                    }
                  />
                  {t(`answer.${answer}` as OcmwKey)}
                </label>
              )}
            </For>
          </fieldset>
        )}
      </For>
      <StepActions submit={t('intake.next')} busy={props.busy} onPrevious={props.onPrevious} />
    </StepForm>
  );
}
