import { OUTCOME_PICTOGRAM_STROKE, OUTCOME_PICTOGRAMS } from '@digipakket/domain';

const drawings: Readonly<Record<string, string>> = OUTCOME_PICTOGRAMS;
/** A plain frame for a pictogram this build does not know yet (an item the API added later). */
const UNKNOWN = 'M5 5h14v14H5z';

/** An item's pictogram, beside its wording; decorative, since the wording says the same. */
export function OutcomePictogram(props: { name: string }) {
  const grid = OUTCOME_PICTOGRAM_STROKE.grid;
  return (
    <svg class="outcome-pictogram" viewBox={`0 0 ${grid} ${grid}`} width="40" height="40" aria-hidden="true">
      <path
        d={drawings[props.name] ?? UNKNOWN}
        fill="none"
        stroke="currentColor"
        stroke-width={OUTCOME_PICTOGRAM_STROKE.width}
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
