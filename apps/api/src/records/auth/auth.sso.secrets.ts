import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** The AES-256 key derived from the deployment's `SECRETS_KEY`. */
function keyOf(secretsKey: string): Buffer {
  return createHash('sha256').update(`digipakket-secrets:${secretsKey}`).digest();
}

/**
 * Encrypts a provider's client secret for the database with AES-256-GCM: `v1.iv.tag.ciphertext`, each
 * part base64url. A database copy without `SECRETS_KEY` reveals no secret.
 */
export function encryptSecret({ secretsKey, plaintext }: { secretsKey: string; plaintext: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretsKey), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The client secret back; throws when the key is not the one it was encrypted with. */
export function decryptSecret({ secretsKey, stored }: { secretsKey: string; stored: string }): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('Unknown secret format');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secretsKey), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
