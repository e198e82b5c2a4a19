import type { PortalName } from '@digipakket/domain';
import { createContext, useContext } from 'solid-js';
import { type ApiClient, createApiClient } from '../api/api-client';
import { createStatusRegion, type StatusRegion } from '../display/status-region';
import type { I18n } from '../i18n/i18n';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { createSession, type Session } from './session';

/** Everything a portal's pages and the kit's parts share: one per portal, made at start-up. */
export interface Portal {
  name: PortalName;
  api: ApiClient;
  i18n: I18n<KitKey>;
  session: Session;
  status: StatusRegion;
}

export function createPortal<Key extends string>({
  name,
  i18n,
  fetch,
}: {
  name: PortalName;
  i18n: I18n<Key | KitKey>;
  fetch?: typeof globalThis.fetch;
}): Portal {
  const status = createStatusRegion();
  let session: Session | undefined;
  const api = createApiClient({
    ...(fetch ? { fetch } : {}),
    onUnauthorized: () => {
      if (!session?.me()) return;
      session.clear();
      status.announce(i18n.t('session.expired'), 'info');
    },
  });
  session = createSession({ api, portal: name });
  return { name, api, i18n, session, status };
}

const PortalContext = createContext<Portal>();

export const PortalProvider = PortalContext.Provider;

export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal needs a PortalProvider around the app');
  return portal;
}
