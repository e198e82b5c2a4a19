import { z } from 'zod';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** An issuer is reached over HTTPS; plain HTTP only on this machine (a provider started for tests). */
export function isAllowedIssuerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.search || url.hash || url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname));
  } catch {
    return false;
  }
}

export const SignInSettingsSchema = z
  .object({
    configured: z.boolean().meta({ description: 'Whether the organisation has an OpenID provider.' }),
    issuerUrl: z.string().nullable(),
    clientId: z.string().nullable(),
    clientSecretSet: z
      .boolean()
      .meta({ description: 'Whether a client secret is stored (it is never answered).' }),
    emailClaim: z.string(),
    emailDomains: z.array(z.string()),
    localPasswords: z.boolean(),
    redirectUri: z.string().meta({ description: 'The address to register at the provider.' }),
  })
  .meta({ id: 'SignInSettings' });
export type SignInSettings = z.infer<typeof SignInSettingsSchema>;

export const SignInSettingsUpdateSchema = z
  .strictObject({
    issuerUrl: z
      .string()
      .max(500)
      .refine(isAllowedIssuerUrl, {
        message: 'An https:// address without query (http:// only on localhost).',
      })
      .meta({ example: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0' }),
    clientId: z.string().min(1).max(300),
    clientSecret: z.string().min(1).max(1000).nullable().optional().meta({
      description:
        'Omitted: keep the stored one. null: none (a public client with PKCE). Stored encrypted; never answered.',
    }),
    emailClaim: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/)
      .default('email')
      .meta({
        description: 'The ID token claim with the e-mail address, e.g. `email` or `preferred_username`.',
      }),
    emailDomains: z
      .array(
        z
          .string()
          .max(253)
          .transform((value) => value.trim().toLowerCase())
          .refine((value) => DOMAIN.test(value), { message: 'An e-mail domain such as ocmw.example.be.' }),
      )
      .max(20)
      .default([]),
    localPasswords: z.boolean().default(true),
  })
  .meta({ id: 'SignInSettingsUpdate' });
export type SignInSettingsUpdate = z.infer<typeof SignInSettingsUpdateSchema>;

export const SignInDiscoveryRequestSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().max(320).meta({ example: 'sociaal@ocmw-gent.demo' }),
  })
  .meta({ id: 'SignInDiscoveryRequest' });

export const SignInDiscoverySchema = z
  .object({
    provider: z
      .object({
        organisation: z.string().meta({ description: 'The organisation’s name, for the button.' }),
        startUrl: z.string().meta({ description: 'Where the browser goes to sign in with the provider.' }),
      })
      .nullable(),
    localPasswords: z.boolean(),
  })
  .meta({ id: 'SignInDiscovery' });
export type SignInDiscovery = z.infer<typeof SignInDiscoverySchema>;
