import type { Purpose } from '../assessment/assessment';
import type { Reason } from '../shared/result';

/**
 * What the social worker established at intake, the input of the eligibility rules. `wave` is the
 * wave the client would join, with the laptops already committed to it; leave it out while no wave is
 * chosen yet (capacity is then checked again at reservation).
 *
 * @example
 * const facts: EligibilityFacts = { activeWelfareFile: true, purposes: ['work'], householdHasUsableLaptop: false,
 *   canAffordLaptop: false, householdAlreadyEquipped: false, wave: { laptopCapacity: 50, laptopsCommitted: 12 } };
 */
export interface EligibilityFacts {
  readonly activeWelfareFile: boolean;
  readonly purposes: readonly Purpose[];
  readonly householdHasUsableLaptop: boolean;
  readonly canAffordLaptop: boolean;
  /** Anyone in the household already received a laptop from this or an earlier programme. */
  readonly householdAlreadyEquipped: boolean;
  readonly wave?: { readonly laptopCapacity: number; readonly laptopsCommitted: number };
}

/**
 * The codes of failed eligibility rules, one per rule.
 *
 * @example
 * const code: EligibilityReasonCode = 'household.already_equipped';
 */
export type EligibilityReasonCode =
  | 'welfare_file.not_active'
  | 'purpose.missing'
  | 'household.has_usable_laptop'
  | 'means.sufficient'
  | 'household.already_equipped'
  | 'wave.full';

/**
 * One eligibility rule: an id, the code it fails with, and a pure check.
 *
 * @example
 * const rule = ELIGIBILITY_RULES.find((candidate) => candidate.id === 'not_already_equipped');
 * rule?.check(facts); // { passed: true } or { passed: false, reason: { code: 'household.already_equipped' } }
 */
export interface EligibilityRule {
  readonly id: string;
  readonly code: EligibilityReasonCode;
  readonly check: (facts: EligibilityFacts) => RuleCheck;
}

/** What one rule said. @example const check: RuleCheck = { passed: false, reason: { code: 'purpose.missing' } }; */
export type RuleCheck =
  | { readonly passed: true }
  | { readonly passed: false; readonly reason: Reason<EligibilityReasonCode> };

function rule(
  id: string,
  code: EligibilityReasonCode,
  passes: (facts: EligibilityFacts) => boolean,
  details: (facts: EligibilityFacts) => Record<string, unknown> = () => ({}),
): EligibilityRule {
  return {
    id,
    code,
    check: (facts) =>
      passes(facts) ? { passed: true } : { passed: false, reason: { code, ...details(facts) } },
  };
}

/**
 * The programme's eligibility rules, in the order a social worker reads them.
 *
 * @example
 * ELIGIBILITY_RULES.map((rule) => rule.code);
 * // ['welfare_file.not_active', 'purpose.missing', 'household.has_usable_laptop', 'means.sufficient', 'household.already_equipped', 'wave.full']
 */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  rule('active_welfare_file', 'welfare_file.not_active', (facts) => facts.activeWelfareFile),
  rule('stated_purpose', 'purpose.missing', (facts) => facts.purposes.length > 0),
  rule('no_usable_laptop', 'household.has_usable_laptop', (facts) => !facts.householdHasUsableLaptop),
  rule('insufficient_means', 'means.sufficient', (facts) => !facts.canAffordLaptop),
  rule('not_already_equipped', 'household.already_equipped', (facts) => !facts.householdAlreadyEquipped),
  rule(
    'within_wave_capacity',
    'wave.full',
    (facts) => facts.wave === undefined || facts.wave.laptopsCommitted < facts.wave.laptopCapacity,
    (facts) => ({
      laptopCapacity: facts.wave?.laptopCapacity,
      laptopsCommitted: facts.wave?.laptopsCommitted,
    }),
  ),
];

/**
 * The shortest written reason an override accepts (trimmed).
 *
 * @example
 * OVERRIDE_REASON_MIN_LENGTH; // 20
 */
export const OVERRIDE_REASON_MIN_LENGTH = 20;

/**
 * A social worker's decision to set the failed rules aside, with the written reason that is recorded.
 *
 * @example
 * const override: EligibilityOverride = { reason: 'Laptop in the household belongs to the landlord.', by: 'usr_3' };
 */
export interface EligibilityOverride {
  readonly reason: string;
  readonly by: string;
}

/**
 * The eligibility verdict. `reasons` lists every failed rule, also when overridden (they stay on
 * record); `override` carries the override that was applied and which codes it set aside.
 *
 * @example
 * const verdict: EligibilityVerdict = { eligible: false, reasons: [{ code: 'means.sufficient' }], overridden: false, checks: [] };
 */
export interface EligibilityVerdict {
  readonly eligible: boolean;
  readonly reasons: readonly Reason<EligibilityReasonCode | 'eligibility.override_reason_too_short'>[];
  readonly overridden: boolean;
  readonly override?: EligibilityOverride & { readonly overriddenCodes: readonly EligibilityReasonCode[] };
  readonly checks: readonly { readonly ruleId: string; readonly passed: boolean }[];
}

/**
 * Runs every rule. Without failures the client is eligible (an override is then ignored). With failures
 * the client is not eligible unless an override with a reason of at least
 * {@link OVERRIDE_REASON_MIN_LENGTH} characters is given; a shorter reason adds
 * `eligibility.override_reason_too_short` and changes nothing else.
 *
 * @example
 * evaluateEligibility({ facts: { ...facts, canAffordLaptop: true } });
 * // { eligible: false, reasons: [{ code: 'means.sufficient' }], overridden: false, checks: [...] }
 * evaluateEligibility({ facts: { ...facts, canAffordLaptop: true },
 *   override: { reason: 'Income is seized by a debt mediator until 2026.', by: 'usr_3' } });
 * // { eligible: true, reasons: [{ code: 'means.sufficient' }], overridden: true, override: { ..., overriddenCodes: ['means.sufficient'] }, checks: [...] }
 */
export function evaluateEligibility({
  facts,
  override,
  rules = ELIGIBILITY_RULES,
}: {
  facts: EligibilityFacts;
  override?: EligibilityOverride;
  rules?: readonly EligibilityRule[];
}): EligibilityVerdict {
  const results = rules.map((candidate) => ({ ruleId: candidate.id, result: candidate.check(facts) }));
  const checks = results.map(({ ruleId, result }) => ({ ruleId, passed: result.passed }));
  const failures = results.flatMap(({ result }) => (result.passed ? [] : [result.reason]));
  if (failures.length === 0) return { eligible: true, reasons: [], overridden: false, checks };
  if (override === undefined) return { eligible: false, reasons: failures, overridden: false, checks };
  if (override.reason.trim().length < OVERRIDE_REASON_MIN_LENGTH) {
    return {
      eligible: false,
      reasons: [
        ...failures,
        { code: 'eligibility.override_reason_too_short', minLength: OVERRIDE_REASON_MIN_LENGTH },
      ],
      overridden: false,
      checks,
    };
  }
  return {
    eligible: true,
    reasons: failures,
    overridden: true,
    override: {
      reason: override.reason.trim(),
      by: override.by,
      overriddenCodes: failures.map((failure) => failure.code),
    },
    checks,
  };
}
