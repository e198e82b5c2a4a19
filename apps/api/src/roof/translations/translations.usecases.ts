import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CLIENT_LANGUAGE_CODES,
  CLIENT_LANGUAGES,
  type ClientLanguage,
  isClientLanguage,
  measureSmsTemplate,
  placeholdersOf,
  reviewOfEntries,
  SMS_MAX_SEGMENTS,
} from '@digipakket/domain';
import { compilePo, type PoEntry, type PoFile, type PoProblem, parsePo } from './translations.po';

/**
 * Where the PO files (`po/<language>.po`) and the catalog generated from them live, in the domain: found
 * from this module upwards, as it runs from the source or bundled in `dist/`.
 */
export const TRANSLATIONS_DIR = ((): string => {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'packages/domain/src/translations');
    if (existsSync(join(candidate, 'po', 'nl.po'))) return candidate;
    if (dirname(folder) === folder) return candidate;
    folder = dirname(folder);
  }
})();

/** The file the domain reads its texts from, generated from the PO files. */
export const CATALOG_MODULE = 'translations.catalog.gen.ts';

/** The source language: its msgids are the keys' texts every other language translates. */
export const SOURCE_LANGUAGE = 'nl';

/** Each language's plural rule as GNU gettext writes it; the texts use none, but translators' tools want it. */
export const PLURAL_FORMS: Record<ClientLanguage, string> = {
  nl: 'nplurals=2; plural=(n != 1);',
  fr: 'nplurals=2; plural=(n > 1);',
  en: 'nplurals=2; plural=(n != 1);',
  ar: 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);',
  tr: 'nplurals=2; plural=(n != 1);',
  bg: 'nplurals=2; plural=(n != 1);',
  ro: 'nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);',
  pl: 'nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  sk: 'nplurals=3; plural=((n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2);',
  uk: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  ru: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  fa: 'nplurals=2; plural=(n > 1);',
};

/** Message templates go out by SMS too: their length is checked. */
const isSmsTemplate = (key: string) => key.startsWith('message.');

export const poFileOf = ({ dir, language }: { dir: string; language: ClientLanguage }) =>
  join(dir, 'po', `${language}.po`);

/** What a translator is told about an entry (`#.`): the placeholders to keep, and the SMS length. */
function extractedComment({ key, source }: { key: string; source: string }): string {
  const placeholders = placeholdersOf(source);
  return [
    placeholders.length > 0
      ? `Keep the placeholders as they are: ${placeholders.map((name) => `{${name}}`).join(' ')}`
      : '',
    isSmsTemplate(key)
      ? `Sent by SMS: at most ${SMS_MAX_SEGMENTS} SMS parts once filled in (a part is 160 characters of the GSM alphabet, or 70 when any character is outside it, as in Arabic, Cyrillic, Persian or Turkish)`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function headersOf({
  language,
  entries,
  previous,
  now,
}: {
  language: ClientLanguage;
  entries: PoEntry[];
  previous: Record<string, string>;
  now: Date;
}): Record<string, string> {
  const autonym = CLIENT_LANGUAGES.find((one) => one.code === language)!.autonym;
  const stamp = `${now.toISOString().slice(0, 16).replace('T', ' ')}+0000`;
  return {
    'Project-Id-Version': 'Digipakket client texts',
    'PO-Revision-Date': previous['PO-Revision-Date'] || stamp,
    'Last-Translator':
      previous['Last-Translator'] ||
      (language === SOURCE_LANGUAGE
        ? 'Digipakket <source@digipakket.invalid>'
        : 'Machine draft (not reviewed)'),
    'Language-Team': previous['Language-Team'] || autonym,
    Language: language,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': PLURAL_FORMS[language],
    'X-Source-Language': SOURCE_LANGUAGE,
    'X-Review-Status': reviewOfEntries(
      entries.map((entry) => ({ text: entry.text, reviewed: !entry.fuzzy })),
    ),
  };
}

/**
 * A language's file brought in line with the Dutch source, as `msgmerge` would: the source's keys in
 * its order, each with the current Dutch msgid; a translation whose Dutch text changed is kept but
 * flagged `fuzzy` (to be checked); a new key comes in untranslated (the Dutch text is used meanwhile);
 * keys the source no longer has are dropped. The review header follows the entries.
 */
export function alignWithSource({
  language,
  file,
  source,
  now,
}: {
  language: ClientLanguage;
  file: PoFile;
  source: PoFile;
  now: Date;
}): PoFile {
  const own = new Map(file.entries.map((entry) => [entry.key, entry]));
  const entries = source.entries.map((reference): PoEntry => {
    const entry = own.get(reference.key);
    const base = {
      key: reference.key,
      source: reference.source,
      extractedComment: extractedComment(reference),
      line: 0,
    };
    if (language === SOURCE_LANGUAGE)
      return {
        ...base,
        text: reference.source,
        fuzzy: false,
        translatorComment: reference.translatorComment,
      };
    if (!entry) return { ...base, text: '', fuzzy: false, translatorComment: '' };
    return {
      ...base,
      text: entry.text,
      fuzzy: entry.text !== '' && (entry.fuzzy || entry.source !== reference.source),
      translatorComment: entry.translatorComment,
    };
  });
  return { headers: headersOf({ language, entries, previous: file.headers, now }), entries };
}

function readStored({ dir, language }: { dir: string; language: ClientLanguage }): PoFile {
  const { file, problems } = parsePo(readFileSync(poFileOf({ dir, language }), 'utf8'));
  if (problems.length > 0)
    throw new Error(`${poFileOf({ dir, language })}:${problems[0]!.line}: ${problems[0]!.message}`);
  return file;
}

/** The TypeScript module the domain reads: every language's texts and review state, from its PO file. */
export function catalogModule(files: Record<ClientLanguage, PoFile>): string {
  const source = files[SOURCE_LANGUAGE];
  const lines = [
    `// Generated by \`pnpm cli translations:build\` from po/<language>.po: edit those, then build again.`,
    `import type { ClientLanguage } from '../languages/languages';`,
    `import type { LanguageTranslations } from './translations';`,
    '',
    "/** Every key of the texts a client reads, in the Dutch source file's order. */",
    'export const TRANSLATION_KEYS = [',
    ...source.entries.map((entry) => `  ${JSON.stringify(entry.key)},`),
    '] as const;',
    '',
    '/** One of {@link TRANSLATION_KEYS}. */',
    'export type TranslationKey = (typeof TRANSLATION_KEYS)[number];',
    '',
    '/** The texts of every client language, with their review state. */',
    'export const TRANSLATION_CATALOG: Record<ClientLanguage, LanguageTranslations> = {',
  ];
  for (const language of CLIENT_LANGUAGE_CODES) {
    const file = files[language];
    lines.push(
      `  ${language}: {`,
      `    review: ${JSON.stringify(file.headers['X-Review-Status'])},`,
      '    entries: {',
    );
    for (const entry of file.entries)
      lines.push(
        `      ${JSON.stringify(entry.key)}: { text: ${JSON.stringify(entry.text)}, reviewed: ${!entry.fuzzy} },`,
      );
    lines.push('    },', '  },');
  }
  lines.push('};', '');
  return lines.join('\n');
}

/** Writes files so that either all of them change or none (each through a temporary file renamed into place). */
function writeAll(files: { path: string; text: string }[]) {
  for (const file of files) writeFileSync(`${file.path}.tmp`, file.text);
  for (const file of files) renameSync(`${file.path}.tmp`, file.path);
}

/** Every stored language aligned with the Dutch source, as the files to write and the catalog module. */
function alignedOutputs({
  dir,
  now,
  replace,
}: {
  dir: string;
  now: Date;
  replace?: { language: ClientLanguage; file: PoFile };
}) {
  const source = readStored({ dir, language: SOURCE_LANGUAGE });
  const files = Object.fromEntries(
    CLIENT_LANGUAGE_CODES.map((language) => [
      language,
      alignWithSource({
        language,
        file: replace?.language === language ? replace.file : readStored({ dir, language }),
        source,
        now,
      }),
    ]),
  ) as Record<ClientLanguage, PoFile>;
  return {
    files,
    outputs: [
      ...CLIENT_LANGUAGE_CODES.map((language) => ({
        path: poFileOf({ dir, language }),
        text: compilePo(files[language]),
      })),
      { path: join(dir, CATALOG_MODULE), text: catalogModule(files) },
    ],
  };
}

/**
 * After the Dutch source (`po/nl.po`) changed: every language's file aligned with it (see
 * {@link alignWithSource}) and the catalog module generated again.
 */
export function buildTranslations({ dir = TRANSLATIONS_DIR, now }: { dir?: string; now: Date }) {
  const { outputs } = alignedOutputs({ dir, now });
  writeAll(outputs);
  return { written: outputs.map((output) => output.path) };
}

/** Whether the stored PO files and the catalog module are what a build would write. */
export function translationsUpToDate({ dir = TRANSLATIONS_DIR, now }: { dir?: string; now: Date }): {
  stale: string[];
} {
  const { outputs } = alignedOutputs({ dir, now });
  return {
    stale: outputs.filter((output) => readFileSync(output.path, 'utf8') !== output.text).map((o) => o.path),
  };
}

/** A language's PO file for a translator (Poedit, Weblate, ...): the stored file, aligned with the source. */
export function exportLanguage({
  dir = TRANSLATIONS_DIR,
  language,
  now,
}: {
  dir?: string;
  language: ClientLanguage;
  now: Date;
}): string {
  const { files } = alignedOutputs({ dir, now });
  return compilePo(files[language]);
}

/**
 * Every problem of a translator's file, each at its line: not valid PO, no or an unknown `Language`,
 * the Dutch source itself, a key the source does not have or that comes twice, a msgid that is not the
 * current Dutch text (the source changed since the export), placeholders not exactly those of the
 * source, and an SMS template longer than {@link SMS_MAX_SEGMENTS} parts.
 */
export function checkTranslatorFile({ text, source }: { text: string; source: PoFile }): {
  language: ClientLanguage | undefined;
  file: PoFile;
  problems: PoProblem[];
} {
  const { file, problems } = parsePo(text);
  if (problems.length > 0 && file.entries.length === 0) return { language: undefined, file, problems };
  const headerLine = text.split(/\r?\n/).findIndex((line) => /^"Language:/.test(line)) + 1;
  const declared = (file.headers.Language ?? '').trim();
  let language: ClientLanguage | undefined;
  if (declared === '') problems.push({ line: 0, message: 'the header has no Language' });
  else if (!isClientLanguage(declared))
    problems.push({ line: headerLine, message: `Language "${declared}" is not one of the client languages` });
  else if (declared === SOURCE_LANGUAGE)
    problems.push({
      line: headerLine,
      message: 'Dutch is the source: edit po/nl.po and run translations:build',
    });
  else language = declared;

  const sources = new Map(source.entries.map((entry) => [entry.key, entry.source]));
  const seen = new Set<string>();
  for (const entry of file.entries) {
    const at = (message: string) => problems.push({ line: entry.line, message: `${entry.key}: ${message}` });
    const reference = sources.get(entry.key);
    if (reference === undefined) {
      at('unknown key (msgctxt): the Dutch source has no such entry');
      continue;
    }
    if (seen.has(entry.key)) at('the key comes more than once');
    seen.add(entry.key);
    if (entry.source !== reference)
      at('the msgid is not the current Dutch text (it changed since the export): export the file again');
    if (entry.text === '') continue;
    const expected = placeholdersOf(reference);
    const found = placeholdersOf(entry.text);
    if (expected.join(',') !== found.join(','))
      at(
        `placeholders ${found.map((name) => `{${name}}`).join(' ') || '(none)'} differ from the source's ${expected.map((name) => `{${name}}`).join(' ') || '(none)'}`,
      );
    if (isSmsTemplate(entry.key)) {
      const measured = measureSmsTemplate(entry.text);
      if (!measured.withinLimit)
        at(
          `too long for SMS: ${measured.segments} parts (${measured.units} ${measured.encoding === 'gsm7' ? 'GSM' : 'UCS-2'} characters once filled in); at most ${SMS_MAX_SEGMENTS}`,
        );
    }
  }
  return { language, file, problems };
}

export type ImportResult =
  | { ok: false; problems: PoProblem[] }
  | {
      ok: true;
      language: ClientLanguage;
      entries: number;
      changed: number;
      reviewed: number;
      review: string;
    };

/**
 * Takes a translator's file in: when every check of {@link checkTranslatorFile} passes, the language's
 * PO file is replaced (keys the file leaves out keep their stored text) and the catalog module
 * generated again; when any fails, nothing changes and every problem is answered.
 */
export function importTranslations({
  dir = TRANSLATIONS_DIR,
  text,
  now,
}: {
  dir?: string;
  text: string;
  now: Date;
}): ImportResult {
  const source = readStored({ dir, language: SOURCE_LANGUAGE });
  const { language, file, problems } = checkTranslatorFile({ text, source });
  if (problems.length > 0 || !language)
    return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  const stored = readStored({ dir, language });
  const incoming = new Map(file.entries.map((entry) => [entry.key, entry]));
  const merged: PoFile = {
    headers: { ...stored.headers, ...file.headers },
    entries: stored.entries.map((entry) => incoming.get(entry.key) ?? entry),
  };
  const { files, outputs } = alignedOutputs({ dir, now, replace: { language, file: merged } });
  const before = new Map(stored.entries.map((entry) => [entry.key, entry]));
  const after = files[language].entries;
  writeAll(outputs);
  return {
    ok: true,
    language,
    entries: after.length,
    changed: after.filter((entry) => {
      const old = before.get(entry.key);
      return !old || old.text !== entry.text || old.fuzzy !== entry.fuzzy;
    }).length,
    reviewed: after.filter((entry) => !entry.fuzzy && entry.text !== '').length,
    review: files[language].headers['X-Review-Status']!,
  };
}
