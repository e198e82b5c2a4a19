// Plain JavaScript, typed by portal-vite.d.ts: Vite loads its configuration's packages with Node,
// which does not read TypeScript.
import solid from 'vite-plugin-solid';

/** @param {import('./portal-vite').PortalBuild} portal */
export function portalPage(portal) {
  return `<!doctype html>
<html lang="nl" data-portal="${portal.name}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="${portal.description}" />
    <meta name="color-scheme" content="light" />
    <meta name="theme-color" content="${portal.themeColor}" />
    <link rel="icon" href="data:," />
    <title>${portal.title}</title>
  </head>
  <body>
    <noscript>Dit portaal heeft JavaScript nodig. / This portal needs JavaScript.</noscript>
    <div id="app"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;
}

/**
 * Writes the portal's page in place of its `index.html` placeholder, before Vite reads its scripts.
 * @param {import('./portal-vite').PortalBuild} portal
 * @returns {import('vite').Plugin}
 */
function portalPagePlugin(portal) {
  return {
    name: 'digipakket-portal-page',
    transformIndexHtml: { order: 'pre', handler: () => portalPage(portal) },
  };
}

/** @param {import('./portal-vite').PortalBuild} portal */
export function portalViteConfig(portal) {
  return {
    base: `/${portal.name}/`,
    plugins: [solid(), ...(portal.plugins ?? []), portalPagePlugin(portal)],
    build: { target: 'es2022' },
    server: {
      port: portal.port,
      strictPort: true,
      proxy: { '/api': 'http://127.0.0.1:3000' },
    },
  };
}
