import gettextParser from 'gettext-parser';

/** One entry of a PO file: its key (msgctxt), the Dutch source (msgid) and the translation (msgstr). */
export type PoEntry = {
  key: string;
  source: string;
  /** Empty when not translated yet: the Dutch source is used meanwhile. */
  text: string;
  /** Flagged `fuzzy`: a machine-quality draft nobody fluent has checked yet. */
  fuzzy: boolean;
  /** The translator's own `# ` comments, kept as they are. */
  translatorComment: string;
  /** Written by us (`#.`): the placeholders to keep and the SMS length. */
  extractedComment: string;
  /** The line of the entry's `msgstr` in the file it was read from (0 when made here). */
  line: number;
};

export type PoFile = { headers: Record<string, string>; entries: PoEntry[] };

/** One thing wrong with a file, at a line of it (0 for the file as a whole). */
export type PoProblem = { line: number; message: string };

type ParsedEntry = {
  msgctxt?: string;
  msgid: string;
  msgid_plural?: string;
  msgstr: string[];
  comments?: { translator?: string; extracted?: string; flag?: string };
};

/** The lines of each key's `msgctxt` and `msgstr`, found by reading the file's lines. */
function lineNumbers(text: string): Map<string, { entry: number; msgstr: number }> {
  const found = new Map<string, { entry: number; msgstr: number }>();
  let current: { key: string; entry: number } | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const context = /^msgctxt\s+(".*")\s*$/.exec(line);
    if (context) {
      try {
        current = { key: JSON.parse(context[1]!) as string, entry: index + 1 };
      } catch {
        current = undefined;
      }
      return;
    }
    if (current && /^msgstr(\[0\])?\s/.test(line)) {
      if (!found.has(current.key)) found.set(current.key, { entry: current.entry, msgstr: index + 1 });
      current = undefined;
    }
  });
  return found;
}

/**
 * Reads a PO file as GNU gettext and Poedit write it. A file that is not valid PO is answered with the
 * parser's problem and its line; entries without a key (msgctxt) or with plural forms are problems too.
 */
export function parsePo(text: string): { file: PoFile; problems: PoProblem[] } {
  let parsed: ReturnType<typeof gettextParser.po.parse>;
  try {
    parsed = gettextParser.po.parse(text, { validation: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/at line (\d+)/.exec(message)?.[1] ?? 0);
    return {
      file: { headers: {}, entries: [] },
      problems: [
        { line, message: `not a valid PO file: ${message.replace(/^Error parsing PO data: /, '')}` },
      ],
    };
  }
  const lines = lineNumbers(text);
  const problems: PoProblem[] = [];
  const entries: PoEntry[] = [];
  const translations: Record<string, Record<string, ParsedEntry>> = parsed.translations;
  for (const [context, byId] of Object.entries(translations)) {
    for (const entry of Object.values(byId)) {
      if (context === '' && entry.msgid === '') continue;
      const line = lines.get(context)?.msgstr ?? 0;
      if (context === '') {
        problems.push({ line, message: `the entry "${entry.msgid.slice(0, 40)}" has no msgctxt (key)` });
        continue;
      }
      if (entry.msgid_plural !== undefined) {
        problems.push({ line, message: `${context}: plural forms are not used in these texts` });
        continue;
      }
      const flags = (entry.comments?.flag ?? '').split(',').map((flag) => flag.trim());
      entries.push({
        key: context,
        source: entry.msgid,
        text: entry.msgstr[0] ?? '',
        fuzzy: flags.includes('fuzzy'),
        translatorComment: entry.comments?.translator ?? '',
        extractedComment: entry.comments?.extracted ?? '',
        line,
      });
    }
  }
  return { file: { headers: parsed.headers, entries }, problems };
}

/**
 * Writes a PO file: the headers in the given order, then one entry per key with its comments and flags
 * (`fuzzy` while not reviewed, `python-brace-format` when it has `{placeholders}` so Poedit and
 * `msgfmt --check` watch them), one line per string.
 */
export function compilePo(file: PoFile): string {
  const translations: Record<string, Record<string, ParsedEntry>> = {
    '': { '': { msgid: '', msgstr: [''] } },
  };
  for (const entry of file.entries) {
    const flags = [
      ...(entry.fuzzy ? ['fuzzy'] : []),
      ...(/\{\w+\}/.test(entry.source) ? ['python-brace-format'] : []),
    ];
    translations[entry.key] = {
      [entry.source]: {
        msgctxt: entry.key,
        msgid: entry.source,
        msgstr: [entry.text],
        comments: {
          ...(entry.translatorComment ? { translator: entry.translatorComment } : {}),
          ...(entry.extractedComment ? { extracted: entry.extractedComment } : {}),
          ...(flags.length > 0 ? { flag: flags.join(', ') } : {}),
        },
      },
    };
  }
  const compiled = gettextParser.po.compile(
    { charset: 'utf-8', headers: file.headers, translations },
    { foldLength: 0 },
  );
  return `${compiled.toString('utf8').trimEnd()}\n`;
}
