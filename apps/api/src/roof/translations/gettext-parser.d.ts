// The parts of gettext-parser 10 (which ships no types) that the translations use.
declare module 'gettext-parser' {
  type PoEntryData = {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: {
      translator?: string;
      extracted?: string;
      reference?: string;
      flag?: string;
      previous?: string;
    };
  };
  type PoData = {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntryData>>;
  };
  const gettextParser: {
    po: {
      parse: (input: string | Buffer, options?: { validation?: boolean; defaultCharset?: string }) => PoData;
      compile: (data: PoData, options?: { foldLength?: number; sort?: boolean }) => Buffer;
    };
  };
  export default gettextParser;
}
