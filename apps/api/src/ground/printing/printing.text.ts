import bidiFactory from 'bidi-js';
import type { FontFace } from './printing.fonts';

const bidi = bidiFactory();

/** Left-to-right and right-to-left isolates: wrap data (phone numbers, codes) that must keep its order. */
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
/** A value that is one isolate already, e.g. from `ltr()`. */
const ISOLATED = /^[\u2066-\u2068][^\u2066-\u2069]*\u2069$/;

/** Keeps a value such as a phone number or a code left to right inside right-to-left text. */
export function ltr(value: string): string {
  return `${LRI}${value}${PDI}`;
}

/**
 * Isolates a value put into a sentence or drawn on a right-to-left page (a name, a place, a phone
 * number, the welfare centre's address) when it runs the other way than the page, so a Latin
 * address stays in one piece in Arabic text and an Arabic name in Dutch text. The value's own
 * direction is that of its first letter, as for Unicode's first-strong isolate; a value without
 * letters ("09 244 00 00", "09:00-12:00") is read left to right like a number, because inside
 * right-to-left text the groups of digits between its spaces would otherwise be placed from right
 * to left. Values that run the same way as the page are left alone, which keeps a line one run of text.
 */
export function isolateFor(value: string, direction: 'ltr' | 'rtl'): string {
  if (ISOLATED.test(value)) return value;
  for (const char of value) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return direction === 'rtl' ? `${LRI}${value}${PDI}` : value;
    if (type === 'R' || type === 'AL') return direction === 'ltr' ? `${RLI}${value}${PDI}` : value;
  }
  return direction === 'rtl' && /\S/.test(value) ? `${LRI}${value}${PDI}` : value;
}

/** The characters the Arabic font draws (Arabic, its supplements and presentation forms). */
function isArabicBlock(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
}

// fontkit picks its shaping direction from the first character of a run whose Unicode script is
// not Common or Inherited, and reverses the glyphs of right-to-left scripts itself. These Arabic
// block characters are Common or Inherited, so they do not decide it.
const ARABIC_BLOCK_NEUTRAL = new Set([0x060c, 0x061b, 0x061f, 0x0640, 0x0670]);

function fontkitShapesRightToLeft(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isArabicBlock(code)) {
      if (ARABIC_BLOCK_NEUTRAL.has(code) || (code >= 0x064b && code <= 0x065f)) continue;
      return true;
    }
    if (bidi.getBidiCharTypeName(char) === 'L') return false;
  }
  return false;
}

/** The font class a character needs; `null` for neutrals (spaces, punctuation, ASCII digits) that both fonts have. */
function scriptOf(char: string): 'latin' | 'arabic' | null {
  const code = char.codePointAt(0)!;
  if (isArabicBlock(code)) return 'arabic';
  if (code === 0x200c || code === 0x200d) return null;
  const type = bidi.getBidiCharTypeName(char);
  if (type === 'L' || type === 'R' || type === 'AL') return 'latin';
  if (code > 0x2000 && code < 0x2070) return null;
  if (code >= 0x0080 && type !== 'WS') return 'latin';
  return null;
}

/** Size and weight of a text; colour is given when it is drawn. */
export type TextStyle = { size: number; bold?: boolean };

/** A measurer, so the layout can be tested without a PDF document. */
export type Measure = (text: string, face: FontFace, size: number, features: boolean) => number;

/** A piece of a line in one font and one direction, in the order it is drawn from left to right. */
export type VisualRun = {
  /** The string handed to the PDF writer (which shapes it; see fontkitShapesRightToLeft). */
  text: string;
  /** The run in reading order, for tests. */
  logical: string;
  face: FontFace;
  rtl: boolean;
  features: boolean;
  width: number;
};

export type TextLine = { runs: VisualRun[]; width: number };

/** A paragraph broken into lines and ordered for drawing. */
export type TextBlock = {
  lines: TextLine[];
  size: number;
  lineHeight: number;
  height: number;
  direction: 'ltr' | 'rtl';
};

function faceFor(script: 'latin' | 'arabic', bold: boolean): FontFace {
  if (script === 'arabic') return bold ? 'arabic-bold' : 'arabic';
  return bold ? 'latin-bold' : 'latin';
}

function reverseString(text: string): string {
  return Array.from(text).reverse().join('');
}

type LogicalRun = { text: string; level: number; script: 'latin' | 'arabic' };

/** A paragraph with its bidi levels, resolved once for the whole paragraph as Unicode asks (not per line). */
type Paragraph = {
  text: string;
  direction: 'ltr' | 'rtl';
  embedding: ReturnType<typeof bidi.getEmbeddingLevels>;
  mirrored: Map<number, string>;
};

function resolveParagraph(text: string, direction: 'ltr' | 'rtl'): Paragraph {
  const embedding = bidi.getEmbeddingLevels(text, direction);
  return { text, direction, embedding, mirrored: bidi.getMirroredCharactersMap(text, embedding.levels) };
}

/** Splits one line into runs of one embedding level and one font, in reading order. */
function logicalRuns(paragraph: Paragraph, start: number, end: number): LogicalRun[] {
  const { text, embedding, mirrored, direction } = paragraph;
  const fallback: 'latin' | 'arabic' = direction === 'rtl' ? 'arabic' : 'latin';
  const entries: Array<{ char: string; level: number; script: 'latin' | 'arabic' | null }> = [];
  let unit = start;
  while (unit < end) {
    const char = String.fromCodePoint(text.codePointAt(unit)!);
    const level = embedding.levels[unit] ?? 0;
    const drawn = mirrored.get(unit) ?? char;
    unit += char.length;
    if (BIDI_CONTROLS.test(char)) continue;
    entries.push({ char: drawn, level, script: scriptOf(char) });
  }
  // Neutrals take the font of the nearest letter in the same level, so a run is not cut at every space.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.script) continue;
    const previous = entries[i - 1];
    if (previous?.script && previous.level === entry.level) {
      entry.script = previous.script;
      continue;
    }
    let next: 'latin' | 'arabic' | null = null;
    for (let j = i + 1; j < entries.length && entries[j]!.level === entry.level; j++) {
      if (entries[j]!.script) {
        next = entries[j]!.script;
        break;
      }
    }
    entry.script = next ?? fallback;
  }
  const runs: LogicalRun[] = [];
  for (const entry of entries) {
    const script = entry.script ?? fallback;
    const last = runs[runs.length - 1];
    if (last && last.level === entry.level && last.script === script) last.text += entry.char;
    else runs.push({ text: entry.char, level: entry.level, script });
  }
  return runs;
}

/** Unicode rule L2: from the highest level down to the lowest odd one, reverse every sequence at or above it. */
function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  const ordered = [...runs];
  if (ordered.length === 0) return ordered;
  const levels = ordered.map((run) => run.level);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < ordered.length) {
      if (ordered[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < ordered.length && ordered[j]!.level >= level) j++;
      const reversed = ordered.slice(i, j).reverse();
      ordered.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return ordered;
}

/**
 * Orders one line for drawing: runs left to right, each with the string to hand to pdfkit.
 * fontkit shapes Arabic and reverses right-to-left scripts by itself, but does not order a
 * mixed line; so the line is cut into runs with the Unicode bidi algorithm, the runs are placed
 * in visual order, and a run is reversed here only when fontkit would not reverse it (neutrals in
 * a right-to-left run) or would reverse it wrongly (Arabic-Indic digits in a left-to-right run).
 */
export function orderLine(args: {
  line: string;
  direction: 'ltr' | 'rtl';
  bold: boolean;
  size: number;
  measure: Measure;
}): TextLine {
  return orderSlice({
    ...args,
    paragraph: resolveParagraph(args.line, args.direction),
    start: 0,
    end: args.line.length,
  });
}

function orderSlice(args: {
  paragraph: Paragraph;
  start: number;
  end: number;
  bold: boolean;
  size: number;
  measure: Measure;
}): TextLine {
  const runs = visualOrder(logicalRuns(args.paragraph, args.start, args.end)).map((run): VisualRun => {
    const rtl = run.level % 2 === 1;
    const face = faceFor(run.script, args.bold);
    const text = rtl === fontkitShapesRightToLeft(run.text) ? run.text : reverseString(run.text);
    // Features make pdfkit lay out the whole run at once instead of word by word, which a
    // right-to-left run needs; rlig keeps the required Arabic ligatures (lam-alef).
    const features = run.script === 'arabic';
    return {
      text,
      logical: run.text,
      face,
      rtl,
      features,
      width: args.measure(text, face, args.size, features),
    };
  });
  return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
}

/** Width of a word as it will be drawn, summed over its font runs. */
function wordWidth(word: string, style: TextStyle, measure: Measure): number {
  let width = 0;
  let current = '';
  let currentScript: 'latin' | 'arabic' | null = null;
  const flush = () => {
    if (!current) return;
    const script = currentScript ?? 'latin';
    width += measure(current, faceFor(script, style.bold ?? false), style.size, script === 'arabic');
    current = '';
  };
  for (const char of word) {
    if (BIDI_CONTROLS.test(char)) continue;
    const script = scriptOf(char);
    if (script && currentScript && script !== currentScript) {
      flush();
    }
    if (script) currentScript = script;
    current += char;
  }
  flush();
  return width;
}

/** Cuts a word that is wider than the line into pieces that fit. */
function splitLongWord(word: string, maxWidth: number, style: TextStyle, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && wordWidth(piece + char, style, measure) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Line height as a factor of the font size: Arabic letters need more room above and below. */
export function lineHeightFactor(direction: 'ltr' | 'rtl'): number {
  return direction === 'rtl' ? 1.55 : 1.32;
}

/** Breaks text (with `\n` as hard breaks) into lines no wider than `width`, each ordered for drawing. */
export function layoutText(args: {
  text: string;
  style: TextStyle;
  width: number;
  direction: 'ltr' | 'rtl';
  measure: Measure;
}): TextBlock {
  const { style, measure, direction } = args;
  const space = measure(' ', faceFor('latin', style.bold ?? false), style.size, false);
  const lines: TextLine[] = [];
  for (const raw of args.text.split('\n')) {
    const text = raw.split(' ').filter(Boolean).join(' ');
    const paragraph = resolveParagraph(text, direction);
    const tokens: Array<{ start: number; end: number; width: number }> = [];
    let offset = 0;
    for (const word of text.split(' ')) {
      if (word.length > 0) {
        const width = wordWidth(word, style, measure);
        if (width > args.width) {
          let pieceStart = offset;
          for (const piece of splitLongWord(word, args.width, style, measure)) {
            tokens.push({
              start: pieceStart,
              end: pieceStart + piece.length,
              width: wordWidth(piece, style, measure),
            });
            pieceStart += piece.length;
          }
        } else {
          tokens.push({ start: offset, end: offset + word.length, width });
        }
      }
      offset += word.length + 1;
    }
    let first = 0;
    let currentWidth = 0;
    const push = (end: number) => {
      const start = tokens[first]?.start ?? 0;
      const stop = tokens[end - 1]?.end ?? 0;
      lines.push(
        orderSlice({ paragraph, start, end: stop, bold: style.bold ?? false, size: style.size, measure }),
      );
    };
    tokens.forEach((token, index) => {
      if (index > first && currentWidth + space + token.width > args.width) {
        push(index);
        first = index;
        currentWidth = 0;
      }
      currentWidth += index > first ? space + token.width : token.width;
    });
    if (tokens.length > 0) push(tokens.length);
    else lines.push({ runs: [], width: 0 });
  }
  const lineHeight = style.size * lineHeightFactor(direction);
  return { lines, size: style.size, lineHeight, height: lines.length * lineHeight, direction };
}
