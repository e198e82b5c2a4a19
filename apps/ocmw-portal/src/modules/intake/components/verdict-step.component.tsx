import type { IntakeEvaluation, IntakeResponse } from '@digipakket/api/contracts';
import { SelectField } from '@digipakket/portal-kit';
import { t } from '../../../portal';
import { type DraftProps, StepForm } from './intake-parts.component';
import { EligibilitySection, PackageSection } from './verdict-sections.component';

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
        value={props.draft.waveId}
        onValue={(waveId) => props.update({ waveId })}
        placeholder={t('intake.chooseWave')}
        options={props.waves.map((wave) => ({
          value: wave.id,
          label: t('intake.waveOption', {
            name: wave.name,
            free: wave.laptopsFree,
          }),
        }))}
      />
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={props.busy}>
          {t('intake.approve')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={props.busy}
          onClick={() => props.onDecide('rejected')}
        >
          {t('intake.reject')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={props.busy}
          onClick={() => props.onDecide('draft')}
        >
          {t('intake.saveDraft')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onPrevious}>
          {t('intake.previous')}
        </button>
      </div>
    </StepForm>
  );
}
