import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Builds the service worker with the list of every file of the build, so it can store them all at
 * install: the portal then opens offline on any page, also one never visited. The list and the cache
 * version come from the build's own output, so each build replaces the previous one's files.
 */
export function precacheServiceWorker({ source }: { source: URL }): Plugin {
  let base = '/';
  return {
    name: 'digipakket-precache-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name !== 'index.html' && name !== 'sw.js' && !name.endsWith('.map'))
        .map((name) => `${base}${name}`)
        .sort();
      const urls = [base, ...files];
      const version = createHash('sha256')
        .update(urls.join('\n'))
        .update(String((bundle['index.html'] as { source?: unknown } | undefined)?.source ?? ''))
        .digest('hex')
        .slice(0, 12);
      const code = readFileSync(source, 'utf8')
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace("'__BASE__'", JSON.stringify(base))
        .replace('self.__PRECACHE__', JSON.stringify(urls));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}
