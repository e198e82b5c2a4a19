import type { BeegoKey } from '../../i18n/beego.dictionary.nl';

/** Each refusal of a redemption has its own words; the step it sends the student back to follows. */
const REFUSAL_KEYS: Record<string, { key: BeegoKey; step: 'code' | 'visit' }> = {
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

export function refusalOf(code: string): { key: BeegoKey; step: 'code' | 'visit' } {
  return REFUSAL_KEYS[code] ?? { key: 'refusal.other', step: 'visit' };
}
