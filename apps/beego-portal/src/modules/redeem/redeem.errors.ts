import type { ErrorCodeMap } from '@digipakket/portal-kit';
import type { BeegoKey } from '../../i18n/beego.dictionary.nl';

/** Each refusal of a redemption has its own words; the step it sends the student back to follows. */
type Refusal = { key: BeegoKey; step: 'code' | 'visit' };

const REFUSAL_KEYS: ErrorCodeMap<Refusal> = {
  'cheque_code.malformed': { key: 'refusal.malformed', step: 'code' },
  'cheque_code.mistyped': { key: 'refusal.mistyped', step: 'code' },
  'cheque.not_found': { key: 'refusal.notFound', step: 'code' },
  'cheque.expired': { key: 'refusal.expired', step: 'code' },
  'cheque.cancelled': { key: 'refusal.cancelled', step: 'code' },
  'cheque.already_redeemed': { key: 'refusal.alreadyRedeemed', step: 'code' },
  'cheque.installation_first': { key: 'refusal.installationFirst', step: 'code' },
  'cheque.other_student': { key: 'refusal.otherStudent', step: 'code' },
  'visit.invalid': { key: 'refusal.visitInvalid', step: 'visit' },
  'validation.failed': { key: 'refusal.visitInvalid', step: 'visit' },
};

/** `code` is a string: an outbox entry kept on the phone may hold a code of an older server. */
export function refusalOf(code: string): Refusal {
  return (REFUSAL_KEYS as Partial<Record<string, Refusal>>)[code] ?? { key: 'refusal.other', step: 'visit' };
}
