import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLIENT_LANGUAGE_CODES,
  type ClientLanguage,
  measureSmsTemplate,
  placeholdersOf,
  SMS_MAX_SEGMENTS,
} from '@digipakket/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePo } from './translations.po';
import {
  CATALOG_MODULE,
  exportLanguage,
  importTranslations,
  poFileOf,
  TRANSLATIONS_DIR,
  translationsUpToDate,
} from './translations.usecases';

const NOW = new Date('2026-12-05T12:00:00Z');
const stored = (language: ClientLanguage) =>
  parsePo(readFileSync(poFileOf({ dir: TRANSLATIONS_DIR, language }), 'utf8')).file;
const source = stored('nl');
const hasMsgfmt = spawnSync('msgfmt', ['--version']).status === 0;

describe('the PO files of the client texts', () => {
  it.each(CLIENT_LANGUAGE_CODES)('give %s every key of the Dutch source, each translated', (language) => {
    const file = stored(language);
    expect(file.entries.map((entry) => entry.key)).toEqual(source.entries.map((entry) => entry.key));
    expect(file.entries.filter((entry) => entry.text.trim() === '').map((entry) => entry.key)).toEqual([]);
  });

  it.each(CLIENT_LANGUAGE_CODES)('keep the placeholders of the Dutch source in every %s text', (language) => {
    const file = stored(language);
    const mismatches = file.entries.filter(
      (entry, index) =>
        placeholdersOf(entry.text).join(',') !== placeholdersOf(source.entries[index]!.text).join(','),
    );
    expect(mismatches.map((entry) => entry.key)).toEqual([]);
  });

  it.each(CLIENT_LANGUAGE_CODES)(
    `keep every %s message within ${SMS_MAX_SEGMENTS} SMS parts once filled in`,
    (language) => {
      const tooLong = stored(language)
        .entries.filter((entry) => entry.key.startsWith('message.'))
        .filter((entry) => !measureSmsTemplate(entry.text).withinLimit);
      expect(tooLong.map((entry) => entry.key)).toEqual([]);
    },
  );

  it('state each language review in a header that agrees with its fuzzy entries', () => {
    const reviews = Object.fromEntries(
      CLIENT_LANGUAGE_CODES.map((language) => [language, stored(language).headers['X-Review-Status']]),
    );
    expect(reviews).toMatchObject({ nl: 'reviewed', fr: 'partly_reviewed', tr: 'machine_draft' });
    expect(
      stored('fr')
        .entries.filter((entry) => !entry.fuzzy)
        .map((entry) => entry.key),
    ).toEqual(source.entries.filter((entry) => entry.key.startsWith('message.')).map((entry) => entry.key));
  });

  it('are what translations:build writes, and so is the catalog the domain reads', () => {
    expect(translationsUpToDate({ now: NOW }).stale).toEqual([]);
  });

  it.skipIf(!hasMsgfmt)('pass GNU msgfmt --check (headers, plural forms, placeholders)', () => {
    for (const language of CLIENT_LANGUAGE_CODES) {
      const result = spawnSync(
        'msgfmt',
        ['--check', '--use-fuzzy', '-o', '/dev/null', poFileOf({ dir: TRANSLATIONS_DIR, language })],
        { encoding: 'utf8' },
      );
      expect(result.stderr, language).toBe('');
      expect(result.status, language).toBe(0);
    }
  });
});

describe('exporting a language for a translator', () => {
  it('writes a standard PO file: Language, plural forms, UTF-8, the Dutch text as msgid, fuzzy drafts', () => {
    const text = exportLanguage({ language: 'ar', now: NOW });
    const { file, problems } = parsePo(text);
    expect(problems).toEqual([]);
    expect(file.headers).toMatchObject({
      Language: 'ar',
      'MIME-Version': '1.0',
      'Content-Transfer-Encoding': '8bit',
      'X-Review-Status': 'machine_draft',
    });
    expect(file.headers['Content-Type']).toMatch(/charset=utf-8/i);
    expect(file.headers['Plural-Forms']).toMatch(/^nplurals=6; plural=/);
    const reminder = file.entries.find((entry) => entry.key === 'message.visit_reminder')!;
    expect(reminder.source).toBe(
      source.entries.find((entry) => entry.key === 'message.visit_reminder')!.text,
    );
    expect(reminder.fuzzy).toBe(true);
    expect(text).toMatch(/#, fuzzy, python-brace-format\nmsgctxt "message.visit_reminder"/);
  });
});

describe('importing a translator file', () => {
  let dir: string;
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'digipakket-translations-'));
    cpSync(TRANSLATIONS_DIR, dir, { recursive: true });
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const exported = (language: ClientLanguage) => exportLanguage({ language, now: NOW });
  const lineOf = (text: string, needle: string) =>
    text
      .split('\n')
      .findIndex((line, index, lines) => line.startsWith('msgstr') && lines[index - 2]?.includes(needle)) + 1;
  /** Imports `text` into the copy, expects the import refused, and gives the problems it names. */
  const refusedImportProblems = (text: string) => {
    const result = importTranslations({ dir, text, now: NOW });
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.problems;
  };
  const untouched = () => {
    for (const language of CLIENT_LANGUAGE_CODES)
      expect(readFileSync(poFileOf({ dir, language }), 'utf8')).toBe(
        readFileSync(poFileOf({ dir: TRANSLATIONS_DIR, language }), 'utf8'),
      );
    expect(readFileSync(join(dir, CATALOG_MODULE), 'utf8')).toBe(
      readFileSync(join(TRANSLATIONS_DIR, CATALOG_MODULE), 'utf8'),
    );
  };

  it('takes a reviewed translation in: the entry loses its fuzzy flag, the header and the catalog follow', () => {
    copy();
    const text = exported('tr').replace(
      /#, fuzzy, python-brace-format\n(msgctxt "message.visit_moved"\nmsgid ".*"\n)msgstr ".*"/,
      '#, python-brace-format\n$1msgstr "{from}: ziyaretimizin saati değişti. Yeni randevu: {date} saat {time}."',
    );
    const result = importTranslations({ dir, text, now: NOW });
    expect(result).toMatchObject({
      ok: true,
      language: 'tr',
      changed: 1,
      reviewed: 1,
      review: 'partly_reviewed',
    });
    const tr = parsePo(readFileSync(poFileOf({ dir, language: 'tr' }), 'utf8')).file;
    expect(tr.entries.find((entry) => entry.key === 'message.visit_moved')).toMatchObject({
      text: '{from}: ziyaretimizin saati değişti. Yeni randevu: {date} saat {time}.',
      fuzzy: false,
    });
    expect(readFileSync(join(dir, CATALOG_MODULE), 'utf8')).toContain(
      '"message.visit_moved": { text: "{from}: ziyaretimizin saati değişti. Yeni randevu: {date} saat {time}.", reviewed: true }',
    );
  });

  it('refuses a file that is not valid PO, at its line, and changes nothing', () => {
    copy();
    const text = exported('pl').replace(
      'msgctxt "document.common.page"',
      'msgctxt "document.common.page"\nmsgid "unclosed',
    );
    const problems = refusedImportProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/not a valid PO file/);
    // The parser notices the unclosed string at the end of its line or on the next.
    const broken = text.split('\n').indexOf('msgid "unclosed') + 1;
    expect(problems[0]!.line).toBeGreaterThanOrEqual(broken);
    expect(problems[0]!.line).toBeLessThanOrEqual(broken + 1);
    untouched();
  });

  it('refuses a key the Dutch source does not have, at its line', () => {
    copy();
    const text = `${exported('pl')}\nmsgctxt "message.unknown_kind"\nmsgid "Iets"\nmsgstr "Coś"\n`;
    const result = importTranslations({ dir, text, now: NOW });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: text.trimEnd().split('\n').length,
          message: 'message.unknown_kind: unknown key (msgctxt): the Dutch source has no such entry',
        },
      ],
    });
    untouched();
  });

  it('refuses a translation whose placeholders differ from the source, at its line', () => {
    copy();
    const text = exported('fr').replace(
      /(msgctxt "document.cheque.howTo"\nmsgid ".*"\n)msgstr ".*"/,
      '$1msgstr "Appelez {nom} au {phone}. Donnez votre code."',
    );
    const result = importTranslations({ dir, text, now: NOW });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: lineOf(text, 'document.cheque.howTo'),
          message:
            "document.cheque.howTo: placeholders {nom} {phone} differ from the source's {name} {phone}",
        },
      ],
    });
    untouched();
  });

  it('refuses a message too long for its SMS parts, at its line', () => {
    copy();
    const long = `{from}: ${'ваше заняття перенесено на інший день, '.repeat(3)}{date} о {time}, {place}.`;
    expect(measureSmsTemplate(long).withinLimit).toBe(false);
    const text = exported('uk').replace(
      /(msgctxt "message.lesson_moved"\nmsgid ".*"\n)msgstr ".*"/,
      `$1msgstr ${JSON.stringify(long)}`,
    );
    const problems = refusedImportProblems(text);
    expect(problems).toEqual([
      {
        line: lineOf(text, 'message.lesson_moved'),
        message: expect.stringMatching(
          /^message\.lesson_moved: too long for SMS: 3 parts \(\d+ UCS-2 characters/,
        ),
      },
    ]);
    untouched();
  });

  it('refuses a msgid that is no longer the Dutch source (the file was exported before it changed)', () => {
    copy();
    const text = exported('ro').replace(
      'msgid "{from}: uw les van {date} om {time} gaat niet door."',
      'msgid "{from}: uw les van {date} om {time} gaat niet door!"',
    );
    const problems = refusedImportProblems(text);
    expect(problems.map((problem) => problem.message)).toEqual([
      'message.lesson_cancelled: the msgid is not the current Dutch text (it changed since the export): export the file again',
    ]);
    untouched();
  });

  it('refuses a file without a client language, and the Dutch source itself', () => {
    copy();
    const withoutLanguage = importTranslations({
      dir,
      text: exported('sk').replace(/"Language: sk\\n"\n/, ''),
      now: NOW,
    });
    expect(withoutLanguage).toEqual({
      ok: false,
      problems: [{ line: 0, message: 'the header has no Language' }],
    });
    const dutch = importTranslations({ dir, text: exported('nl'), now: NOW });
    expect(dutch.ok).toBe(false);
    untouched();
  });

  it('reports every problem of a file at once, in line order, and changes nothing', () => {
    copy();
    const text = `${exported('bg')
      .replace(/(msgctxt "document.common.questions"\nmsgid ".*"\n)msgstr ".*"/, '$1msgstr "Въпроси?"')
      .replace(
        /(msgctxt "message.visit_moved"\nmsgid ".*"\n)msgstr ".*"/,
        `$1msgstr ${JSON.stringify(`{from}: ${'посещението ни е преместено за друг ден. '.repeat(3)}{date} в {time}.`)}`,
      )}\nmsgctxt "document.nope"\nmsgid "Nee"\nmsgstr "Не"\n`;
    const problems = refusedImportProblems(text);
    expect(problems.map((problem) => problem.message.split(':')[0])).toEqual([
      'document.common.questions',
      'message.visit_moved',
      'document.nope',
    ]);
    expect(problems.map((problem) => problem.line)).toEqual(
      [...problems.map((problem) => problem.line)].sort((a, b) => a - b),
    );
    untouched();
  });

  it.skipIf(!hasMsgfmt)('gives a translator a file that msgfmt compiles, as Poedit does on saving', () => {
    copy();
    const file = join(dir, 'fa-export.po');
    writeFileSync(file, exported('fa'));
    expect(() => execFileSync('msgfmt', ['--check', '--use-fuzzy', '-o', '/dev/null', file])).not.toThrow();
  });
});
