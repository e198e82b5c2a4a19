import { randomBytes } from 'node:crypto';

/** The prefixes of our ids, one per kind of row, so an id says what it points at. */
export const ID_PREFIXES = {
  tenant: 'ten',
  organisation: 'org',
  partnership: 'prt',
  user: 'usr',
  session: 'ses',
  audit: 'aud',
  programme: 'prg',
  wave: 'wav',
  client: 'cli',
  intake: 'int',
  device: 'dev',
  deviceEvent: 'dve',
  cheque: 'chq',
  visit: 'vis',
  statement: 'stm',
  statementLine: 'stl',
  location: 'loc',
  courseGroup: 'grp',
  courseSession: 'cse',
  courseSessionChange: 'csc',
  enrolment: 'enr',
  attendance: 'att',
  referral: 'ref',
  buddyPairing: 'bud',
  buddyMeeting: 'bdm',
  signal: 'sig',
  message: 'msg',
  letterBatch: 'ltb',
  trajectoryEvent: 'tje',
  infoMoment: 'imo',
  outcomeRound: 'ocr',
  idempotencyKey: 'idk',
  job: 'job',
  loginAttempt: 'lga',
  signInLink: 'sil',
  passkey: 'pky',
  totpFactor: 'tot',
  recoveryCode: 'rcv',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_BODY_LENGTH = 20;

/**
 * Makes an unguessable id such as `cli_k3f9…`: 20 characters of base36 (about 103 bits) from the
 * crypto random source. Rejection sampling keeps every character equally likely.
 */
export function generateId({ kind }: { kind: IdKind }): string {
  return `${ID_PREFIXES[kind]}_${randomString({ length: ID_BODY_LENGTH })}`;
}

/** A random lowercase base36 string without modulo bias. */
export function randomString({ length, alphabet = ALPHABET }: { length: number; alphabet?: string }): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** Whether a string looks like an id of the given kind; cheap check before a database round trip. */
export function isIdOf({ kind, value }: { kind: IdKind; value: string }): boolean {
  return new RegExp(`^${ID_PREFIXES[kind]}_[0-9a-z]{${ID_BODY_LENGTH}}$`).test(value);
}
