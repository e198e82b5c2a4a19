import { hash, verify } from '@node-rs/argon2';
import { randomString } from '../../ground/shared/ids';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. Algorithm 2 is Argon2id (a const enum in the typings).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword({ password }: { password: string }): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword({
  hash: stored,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for logins with an unknown e-mail address, so
 * the answer time does not tell whether an account exists.
 */
export async function verifyDummyPassword({ password }: { password: string }): Promise<void> {
  dummyHash ??= hashPassword({ password: randomString({ length: 24 }) });
  await verifyPassword({ hash: await dummyHash, password });
}

/** A password for a new account, readable aloud: four groups of five lowercase letters and digits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 4 }, () => randomString({ length: 5, alphabet })).join('-');
}

// Words of this product and its users' languages that the general list lacks.
const LOCAL_COMMON_PASSWORDS = [
  'digipakket',
  'digipakket-demo',
  'wachtwoord',
  'wachtwoord123',
  'motdepasse',
  'motdepasse123',
  'ocmwgent',
  'ocmw-gent',
];

let commonPasswords: Promise<Set<string>> | undefined;

/** zxcvbn-ts's list of about 49,000 passwords seen most in leaks, lowercased, loaded on first use. */
function loadCommonPasswords(): Promise<Set<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set([...dictionary['passwords-common'], ...LOCAL_COMMON_PASSWORDS]),
  );
  return commonPasswords;
}

/**
 * Whether a password is too easy to guess: on the list of common passwords (ignoring case), or the
 * user's own e-mail address or the part of it before the @.
 */
export async function isCommonPassword({
  password,
  email,
}: {
  password: string;
  email: string;
}): Promise<boolean> {
  const lowered = password.toLowerCase();
  const ownNames = [email.toLowerCase(), email.toLowerCase().split('@')[0] ?? ''];
  if (ownNames.includes(lowered)) return true;
  return (await loadCommonPasswords()).has(lowered);
}
