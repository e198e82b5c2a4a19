import type { IntakeEvaluation, IntakeResponse } from '@digipakket/api/contracts';
import { SelectField } from '@digipakket/portal-kit';
import { For } from 'solid-js';
import { t } from '../../../portal';
import { type DraftProps, draftText, StepActions, StepForm } from './intake-parts.component';
import { EligibilitySection, PackageSection } from './verdict-sections.component';

/** The decisions besides approving, in the order of their buttons. */
const OTHER_DECISIONS = [
  { decision: 'rejected', label: 'intake.reject' },
  { decision: 'draft', label: 'intake.saveDraft' },
] as const;

/** Step three: the verdict, the package and the wave, and the decision saved in one go. */
export function VerdictStep(
  props: DraftProps & {
    result: IntakeEvaluation;
    waves: IntakeResponse['waves'];
    busy: boolean;
    onDecide: (decision: 'approved' | 'rejected' | 'draft') => void;
    onPrevious: () => void;
  },
) {
  return (
    <StepForm onSubmit={() => props.onDecide('approved')}>
      <EligibilitySection draft={props.draft} update={props.update} result={props.result} />
      <PackageSection draft={props.draft} update={props.update} result={props.result} />
      <SelectField
        name="wave"
        label={t('intake.wave')}
        {...draftText(props, 'waveId')}
        placeholder={t('intake.chooseWave')}
        options={props.waves.map((wave) => ({
          value: wave.id,
          label: t('intake.waveOption', {
            name: wave.name,
            free: wave.laptopsFree,
          }),
        }))}
      />
      <StepActions submit={t('intake.approve')} busy={props.busy} onPrevious={props.onPrevious}>
        <For each={OTHER_DECISIONS}>
          {(other) => (
            <button
              type="button"
              class="button button--secondary"
              disabled={props.busy}
              onClick={() => props.onDecide(other.decision)}
            >
              {t(other.label)}
            </button>
          )}
        </For>
      </StepActions>
    </StepForm>
  );
}
