import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/** The four faces every document registers: Latin/Cyrillic and Arabic script, regular and bold. */
export type FontFace = 'latin' | 'latin-bold' | 'arabic' | 'arabic-bold';

const FONT_FILES: Record<FontFace, string> = {
  latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'latin-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'arabic-bold': '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
};

// Resolved from this module's own location so the same code finds the fonts from source and from
// the bundle in dist (the font packages stay external dependencies of the API).
const resolveFromHere = createRequire(import.meta.url);
const cache = new Map<FontFace, Buffer>();

/** The bytes of a font face, read from disk once per process. */
export function fontBuffer(face: FontFace): Buffer {
  let buffer = cache.get(face);
  if (!buffer) {
    buffer = readFileSync(resolveFromHere.resolve(FONT_FILES[face]));
    cache.set(face, buffer);
  }
  return buffer;
}

export const FONT_FACES = Object.keys(FONT_FILES) as FontFace[];

/** A font parsed by pdfkit's font engine (fontkit); pdfkit accepts it wherever it accepts font bytes. */
type ParsedFont = { layout: (...args: unknown[]) => unknown };
const parsed = new Map<FontFace, ParsedFont | Buffer>();

/**
 * The font to register in a document. Parsing a TTF's layout tables costs more than drawing a
 * whole pack, so each face is parsed once per process and the parsed font is shared by every
 * document (pdfkit makes its own subset per document). pdfkit exposes the parsed font only as an
 * internal field; if that ever changes, documents fall back to the bytes and stay correct, only slower.
 */
export function fontSource(face: FontFace): Buffer {
  let source = parsed.get(face);
  if (!source) {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont(face, fontBuffer(face)).font(face);
    const font = (doc as unknown as { _font?: { font?: ParsedFont } })._font?.font;
    source = typeof font?.layout === 'function' ? font : fontBuffer(face);
    parsed.set(face, source);
  }
  // pdfkit's types only name the byte forms of a font source; at run time it takes a parsed font too.
  return source as Buffer;
}

/** pdfkit's font of a document, as far as sharing its shaping goes (an internal of pdfkit). */
type EmbeddedFont = { layoutRun?: (text: string, features?: unknown) => unknown; sharesLayouts?: true };

const layoutRuns = new Map<FontFace, Map<string, unknown>>();
const MAX_CACHED_RUNS = 20_000;

/**
 * Sets `face` as the document's current font, its shaping shared with every other document. pdfkit
 * shapes each word (and each Arabic run) with fontkit and caches the result only per document, so
 * a batch of thousands of packs shaped the same translated sentences thousands of times: most of
 * a pack's render time. A run's glyphs and positions depend only on the parsed font, the text and
 * the features, and pdfkit never changes a run it gets back, so one run serves every document.
 * If pdfkit's internals change, the document keeps its own shaping and stays correct.
 */
export function useFont(doc: PDFKit.PDFDocument, face: FontFace): PDFKit.PDFDocument {
  doc.font(face);
  const font = (doc as unknown as { _font?: EmbeddedFont })._font;
  if (!font || font.sharesLayouts || typeof font.layoutRun !== 'function') return doc;
  let runs = layoutRuns.get(face);
  if (!runs) {
    runs = new Map();
    layoutRuns.set(face, runs);
  }
  const shared = runs;
  const shape = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => {
    const key = `${Array.isArray(features) ? features.join(',') : ''}\u0000${text}`;
    let run = shared.get(key);
    if (run === undefined) {
      run = shape(text, features);
      if (shared.size >= MAX_CACHED_RUNS) shared.clear();
      shared.set(key, run);
    }
    return run;
  };
  font.sharesLayouts = true;
  return doc;
}
