// Moves texts still written in TypeScript (the documents' catalogs, message templates in the domain's
// `MESSAGE_TEXTS`) into the PO files: keys the PO files lack are added with their texts and review
// state, keys they have are left as they are. Run again after adding texts the old way:
//   pnpm --filter @digipakket/api exec tsx src/roof/translations/translations.convert.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as domain from '@digipakket/domain';
import { CLIENT_LANGUAGE_CODES, type ClientLanguage } from '@digipakket/domain';
import { compilePo, type PoEntry, type PoFile, parsePo } from './translations.po';
import { buildTranslations, poFileOf, TRANSLATIONS_DIR } from './translations.usecases';

type LegacyCatalog = { meta: { reviewed: boolean }; messages: Record<string, string> };

async function legacyDocumentTexts(): Promise<Record<string, LegacyCatalog> | undefined> {
  const path = '../../ground/printing/printing.i18n';
  try {
    const module = (await import(path)) as { CATALOGS?: Record<string, LegacyCatalog> };
    return module.CATALOGS && 'meta' in (module.CATALOGS.nl ?? {}) ? module.CATALOGS : undefined;
  } catch {
    return undefined;
  }
}

function legacyMessageTexts() {
  const exports = domain as unknown as {
    MESSAGE_TEXTS?: Record<string, Partial<Record<ClientLanguage, string>>>;
    MESSAGE_TEXT_REVIEW?: Record<ClientLanguage, string>;
  };
  return exports.MESSAGE_TEXTS
    ? { texts: exports.MESSAGE_TEXTS, review: exports.MESSAGE_TEXT_REVIEW }
    : undefined;
}

function readOrEmpty(language: ClientLanguage): PoFile {
  const path = poFileOf({ dir: TRANSLATIONS_DIR, language });
  if (!existsSync(path)) return { headers: {}, entries: [] };
  return parsePo(readFileSync(path, 'utf8')).file;
}

const documents = await legacyDocumentTexts();
const messages = legacyMessageTexts();
const legacy: { key: string; texts: (language: ClientLanguage) => { text: string; reviewed: boolean } }[] =
  [];
for (const key of Object.keys(documents?.nl?.messages ?? {}))
  legacy.push({
    key: `document.${key}`,
    texts: (language) => ({
      text: documents?.[language]?.messages[key] ?? '',
      reviewed: documents?.[language]?.meta.reviewed === true,
    }),
  });
for (const [kind, texts] of Object.entries(messages?.texts ?? {}))
  legacy.push({
    key: `message.${kind}`,
    texts: (language) => ({
      text: texts[language] ?? '',
      reviewed: messages?.review?.[language] === 'reviewed',
    }),
  });

mkdirSync(join(TRANSLATIONS_DIR, 'po'), { recursive: true });
let added = 0;
for (const language of CLIENT_LANGUAGE_CODES) {
  const file = readOrEmpty(language);
  const known = new Set(file.entries.map((entry) => entry.key));
  const dutch = (key: string) => legacy.find((one) => one.key === key)!.texts('nl').text;
  const fresh: PoEntry[] = legacy
    .filter((one) => !known.has(one.key))
    .map((one) => {
      const { text, reviewed } = one.texts(language);
      return {
        key: one.key,
        source: dutch(one.key),
        text,
        fuzzy: text !== '' && !reviewed,
        translatorComment: '',
        extractedComment: '',
        line: 0,
      };
    });
  added += fresh.length;
  writeFileSync(
    poFileOf({ dir: TRANSLATIONS_DIR, language }),
    compilePo({ headers: file.headers, entries: [...file.entries, ...fresh] }),
  );
}
buildTranslations({ now: new Date() });
process.stdout.write(`${added} entries added across ${CLIENT_LANGUAGE_CODES.length} languages.\n`);
