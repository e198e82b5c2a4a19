import type { PortalName } from '@digipakket/domain';
import type { JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { createI18n, type Locale } from '../i18n/i18n';
import { kitEn } from '../i18n/kit.dictionary.en';
import { kitFr } from '../i18n/kit.dictionary.fr';
import { kitNl } from '../i18n/kit.dictionary.nl';
import { createPortal, type Portal, PortalProvider } from './portal-context';

/** The kit's options for a portal in its own tests; the API answers through `fetch`, by default 401 to all. */
export type TestPortalOptions = { name?: PortalName; locale?: Locale; fetch?: typeof globalThis.fetch };

/** A portal with the kit's dictionaries, speaking `locale` (Dutch unless said). */
export function createTestPortal({
  name = 'ocmw',
  locale,
  fetch = async () => new Response(null, { status: 401 }),
}: TestPortalOptions = {}): Portal {
  const i18n = createI18n({ dictionaries: { nl: kitNl, en: kitEn, fr: kitFr } });
  if (locale) i18n.setLocale(locale);
  return createPortal({ name, i18n, fetch });
}

/** Renders a view inside a test portal, in a new element on the page. */
export function mountInPortal(view: () => JSX.Element, options: TestPortalOptions = {}) {
  const portal = createTestPortal(options);
  const host = document.createElement('div');
  document.body.append(host);
  const dispose = render(() => <PortalProvider value={portal}>{view()}</PortalProvider>, host);
  return { host, dispose, portal };
}
