import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One place where a portal reaches the API or loads data outside the layer meant for it. */
export interface DataAccessFault {
  file: string;
  line: number;
  fault: 'untyped-request' | 'resource-outside-queries' | 'api-in-component';
}

const RULES: { fault: DataAccessFault['fault']; pattern: RegExp; applies: (file: string) => boolean }[] = [
  // Every call names a route contract, so its input and answer are typed by the API's schemas.
  { fault: 'untyped-request', pattern: /\bapi\.request\b|\.request</, applies: () => true },
  // Reads are resources made in the feature's `*.queries.ts`, so a page only says what it shows.
  {
    fault: 'resource-outside-queries',
    pattern: /\bcreateResource\s*\(/,
    applies: (file) => !file.endsWith('.queries.ts'),
  },
  // Components reach the API through the feature's services and queries, never on their own.
  { fault: 'api-in-component', pattern: /\bapi\.call\s*\(/, applies: (file) => file.endsWith('.tsx') },
];

/**
 * Where portal source files call the API untyped (`api.request`), make a resource outside a
 * `*.queries.ts` file, or call the API from a component.
 */
export function findDataAccessFaults(files: { file: string; text: string }[]): DataAccessFault[] {
  return files.flatMap(({ file, text }) =>
    text.split('\n').flatMap((content, index) =>
      RULES.filter((rule) => rule.applies(file) && rule.pattern.test(content)).map((rule) => ({
        file,
        line: index + 1,
        fault: rule.fault,
      })),
    ),
  );
}

/** The `.ts` and `.tsx` files under `directory` other than tests, with their paths relative to it. */
export function readPortalSources(directory: string): { file: string; text: string }[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(directory, file), 'utf8') }));
}
