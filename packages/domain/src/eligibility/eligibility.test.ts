import { describe, expect, it } from 'vitest';
import type { EligibilityFacts } from './eligibility';
import { ELIGIBILITY_RULES, evaluateEligibility, OVERRIDE_REASON_MIN_LENGTH } from './eligibility';

const eligible: EligibilityFacts = {
  activeWelfareFile: true,
  purposes: ['work'],
  householdHasUsableLaptop: false,
  canAffordLaptop: false,
  householdAlreadyEquipped: false,
  wave: { laptopCapacity: 50, laptopsCommitted: 12 },
};
const override = { reason: 'Income is seized by a debt mediator until 2026.', by: 'usr_3' };

describe('eligibility', () => {
  it('given a client who meets every rule, then they are eligible with no reasons', () => {
    const verdict = evaluateEligibility({ facts: eligible });
    expect(verdict).toMatchObject({ eligible: true, reasons: [], overridden: false });
    expect(verdict.checks).toHaveLength(ELIGIBILITY_RULES.length);
  });

  it('given no wave chosen yet, then capacity does not block', () => {
    const { wave: _wave, ...facts } = eligible;
    expect(evaluateEligibility({ facts }).eligible).toBe(true);
  });

  it.each([
    [{ activeWelfareFile: false }, 'welfare_file.not_active'],
    [{ purposes: [] }, 'purpose.missing'],
    [{ householdHasUsableLaptop: true }, 'household.has_usable_laptop'],
    [{ canAffordLaptop: true }, 'means.sufficient'],
    [{ householdAlreadyEquipped: true }, 'household.already_equipped'],
    [{ wave: { laptopCapacity: 50, laptopsCommitted: 50 } }, 'wave.full'],
  ] as const)('given %o, then the client is refused with %s', (change, code) => {
    const verdict = evaluateEligibility({ facts: { ...eligible, ...change } });
    expect(verdict.eligible).toBe(false);
    expect(verdict.reasons.map((reason) => reason.code)).toEqual([code]);
  });

  it('lists every failed rule, not just the first', () => {
    const verdict = evaluateEligibility({
      facts: { ...eligible, activeWelfareFile: false, canAffordLaptop: true, householdAlreadyEquipped: true },
    });
    expect(verdict.reasons.map((reason) => reason.code)).toEqual([
      'welfare_file.not_active',
      'means.sufficient',
      'household.already_equipped',
    ]);
    expect(verdict.checks.filter((check) => !check.passed).map((check) => check.ruleId)).toEqual([
      'active_welfare_file',
      'insufficient_means',
      'not_already_equipped',
    ]);
  });

  it('gives the wave numbers with a full wave', () => {
    const verdict = evaluateEligibility({
      facts: { ...eligible, wave: { laptopCapacity: 5, laptopsCommitted: 7 } },
    });
    expect(verdict.reasons).toEqual([{ code: 'wave.full', laptopCapacity: 5, laptopsCommitted: 7 }]);
  });

  it('given failed rules and an override with a written reason, then the client is eligible and the override is on record', () => {
    const verdict = evaluateEligibility({ facts: { ...eligible, canAffordLaptop: true }, override });
    expect(verdict).toMatchObject({
      eligible: true,
      overridden: true,
      reasons: [{ code: 'means.sufficient' }],
      override: { reason: override.reason, by: 'usr_3', overriddenCodes: ['means.sufficient'] },
    });
  });

  it('given failed rules and an override with too short a reason, then nothing is overridden', () => {
    const verdict = evaluateEligibility({
      facts: { ...eligible, canAffordLaptop: true },
      override: { reason: `${'x'.repeat(OVERRIDE_REASON_MIN_LENGTH - 1)}   `, by: 'usr_3' },
    });
    expect(verdict).toMatchObject({ eligible: false, overridden: false });
    expect(verdict.override).toBeUndefined();
    expect(verdict.reasons.map((reason) => reason.code)).toEqual([
      'means.sufficient',
      'eligibility.override_reason_too_short',
    ]);
  });

  it('given no failed rules, then an override is not applied', () => {
    const verdict = evaluateEligibility({ facts: eligible, override });
    expect(verdict).toMatchObject({ eligible: true, overridden: false });
    expect(verdict.override).toBeUndefined();
  });
});
