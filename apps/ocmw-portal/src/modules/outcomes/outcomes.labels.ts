import type { OcmwKey } from '../../i18n/ocmw.dictionary.nl';
import { t } from '../../portal';
import { refusalTextOf } from '../shared/error-text';

/** The round's name: baseline, end, 3 and 6 months later. */
export function roundName(round: string): string {
  return t(`outcomes.round.${round}` as OcmwKey);
}

/** A code from the API in words (a variation's name), or the code itself when it has none. */
export function codeLabel(prefix: string, code: string): string {
  const key = `${prefix}.${code}` as OcmwKey;
  const text = t(key);
  return text === key ? code : text;
}

/** Where a round stands, in words. */
export function roundStatusName(status: string): string {
  return t(`outcomes.status.${status}` as OcmwKey);
}

const REFUSALS: Record<string, OcmwKey> = {
  'outcome_round.already_taken': 'outcomes.error.alreadyTaken',
  'outcome_round.not_open': 'outcomes.error.notOpen',
  'outcome_round.not_allowed': 'outcomes.error.notAllowed',
  'outcome_round.no_intake': 'outcomes.error.noIntake',
  'outcome_round.answers_invalid': 'outcomes.error.answersInvalid',
};

/** A refusal of a round in the words a social worker acts on. */
export const outcomeRefusalText = refusalTextOf(REFUSALS);

/** A signed whole-number change: "+3", "0", "−2". */
export function signed(value: number | null): string {
  if (value === null) return '—';
  if (value > 0) return `+${value}`;
  return value < 0 ? `−${Math.abs(value)}` : '0';
}
