import { SSO_ROUTES } from '@digipakket/api/routes';
import { type Accessor, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { ApiClient } from '../api/api-client';

/** How the owner of an address signs in, as the API's home-realm discovery answers it. */
export type Discovery = {
  provider: { organisation: string; startUrl: string } | null;
  localPasswords: boolean;
};

/**
 * Asks the API how the address's domain signs in, once the address is typed (a short pause after
 * the last key), and once per domain: the answer for a domain asked before is kept.
 */
export function createHomeRealmDiscovery({ email, api }: { email: Accessor<string>; api: ApiClient }) {
  const [discovery, setDiscovery] = createSignal<Discovery>();
  const discovered = new Map<string, Discovery>();
  createEffect(
    on(
      () => /^[^\s@]+@([^\s@]+\.[^\s@]+)$/.exec(email().trim().toLowerCase())?.[1],
      (domain) => {
        if (!domain) return setDiscovery(undefined);
        const known = discovered.get(domain);
        if (known) return setDiscovery(known);
        const timer = setTimeout(() => {
          api
            .call(SSO_ROUTES.discover, { body: { email: `x@${domain}` } }, { expectUnauthorized: true })
            .then((answer) => {
              discovered.set(domain, answer);
              if (email().trim().toLowerCase().endsWith(`@${domain}`)) setDiscovery(answer);
            })
            .catch(() => setDiscovery(undefined));
        }, 300);
        onCleanup(() => clearTimeout(timer));
      },
    ),
  );
  return { discovery, passwordsOn: () => discovery()?.localPasswords !== false };
}
