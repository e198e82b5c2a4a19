import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorCode } from '../api/api-client';
import { outcomeRefusalKey } from './outcome-refusals';

const refusal = (code: ApiErrorCode) => new ApiError({ status: 409, code, message: code });

describe('outcomeRefusalKey', () => {
  it.each<[ApiErrorCode, string]>([
    ['outcome_round.already_taken', 'outcomes.error.alreadyTaken'],
    ['outcome_round.not_open', 'outcomes.error.notOpen'],
    ['outcome_round.not_allowed', 'outcomes.error.notAllowed'],
    ['outcome_round.occasion_not_found', 'outcomes.error.notAllowed'],
  ])('names the words for %s', (code, key) => {
    expect(outcomeRefusalKey(refusal(code))).toBe(key);
  });

  it('has none for another refusal or an error that is not the API’s', () => {
    expect(outcomeRefusalKey(refusal('cheque.already_redeemed'))).toBeUndefined();
    expect(outcomeRefusalKey(new Error('offline'))).toBeUndefined();
  });
});
