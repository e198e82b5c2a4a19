import type { PluginOption, UserConfig } from 'vite';

/** What sets one portal apart in its page and its build. */
export interface PortalBuild {
  /** The portal's name, also its address under the API server (`/ocmw/`). */
  name: 'ocmw' | 'beego' | 'ligo';
  title: string;
  /** The page's description for search engines and link previews. */
  description: string;
  /** The browser bar's colour on phones, the portal's brand colour. */
  themeColor: string;
  /** The development server's port. */
  port: number;
  /** Plugins of this portal only, after the Solid one. */
  plugins?: PluginOption[];
}

/** The portal's `index.html`: the same page for the three portals, with their name, texts and colour. */
export function portalPage(portal: PortalBuild): string;

/**
 * A portal's Vite configuration: served under `/<name>/`, the API proxied in development, and its
 * page written from `portalPage` in place of the `index.html` placeholder.
 */
export function portalViteConfig(portal: PortalBuild): UserConfig;
