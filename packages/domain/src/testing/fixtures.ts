import type { ChequeCode } from '../cheques/cheque-code';
import { CHEQUE_CODE_RANDOM_BYTES, generateChequeCode } from '../cheques/cheque-code';
import type { VisitRecord } from '../visits/visits';

/** A deterministic byte source for tests: a simple linear congruential sequence from a seed. */
export function seededBytes(seed: number): (size: number) => Uint8Array {
  let state = seed >>> 0;
  return (size) => {
    const bytes = new Uint8Array(size);
    for (let index = 0; index < size; index += 1) {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      bytes[index] = state >>> 24;
    }
    return bytes;
  };
}

/** A valid cheque code made from a seed. */
export function codeFromSeed(seed: number): ChequeCode {
  return generateChequeCode({ randomBytes: seededBytes(seed)(CHEQUE_CODE_RANDOM_BYTES) }).code;
}

/** An instant from an ISO string, to keep test data short. */
export function at(iso: string): Date {
  return new Date(iso);
}

/**
 * A home visit as a student records it: an hour on 2 April 2025 that installed the laptop and the
 * wifi, no follow-up needed; `fields` change any of it.
 */
export function visitRecord(fields: Partial<VisitRecord> = {}): VisitRecord {
  return {
    studentId: 'usr_7',
    date: '2025-04-02',
    minutes: 60,
    topics: ['installed_laptop', 'wifi'],
    notes: '',
    needsFollowUp: false,
    ...fields,
  };
}
