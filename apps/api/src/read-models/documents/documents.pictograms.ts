import { assertNever } from '@digipakket/domain';
import { COLORS } from '../../ground/printing/printing.canvas';

/** The pictograms of the welcome overview, one per part of the package. */
export type Pictogram = 'laptop' | 'home_help' | 'lessons' | 'buddy' | 'help_nearby';

/** The people in the pictograms: at home, in a class of three, and two side by side. */
const FIGURES = {
  resident: { headY: 0.48, headRadius: 0.065, halfWidth: 0.12, topY: 0.56, baseY: 0.74 },
  learner: { headY: 0.62, headRadius: 0.055, halfWidth: 0.09, topY: 0.67, baseY: 0.8 },
  buddy: { headY: 0.36, headRadius: 0.09, halfWidth: 0.14, topY: 0.5, baseY: 0.76 },
} as const;

/**
 * A person as a filled head and shoulders, in fractions of the square: the head centred at cx, headY;
 * the shoulders an arch from baseY up to topY, halfWidth to either side of cx.
 */
function drawPerson(
  doc: PDFKit.PDFDocument,
  { x, y, size: s }: { x: number; y: number; size: number },
  person: { cx: number; headY: number; headRadius: number; halfWidth: number; topY: number; baseY: number },
): void {
  const { cx, headY, headRadius, halfWidth, topY, baseY } = person;
  const left = x + (cx - halfWidth) * s;
  const right = x + (cx + halfWidth) * s;
  doc.circle(x + cx * s, y + headY * s, headRadius * s).fill(COLORS.accent);
  doc
    .moveTo(left, y + baseY * s)
    .bezierCurveTo(left, y + topY * s, right, y + topY * s, right, y + baseY * s)
    .closePath()
    .fill(COLORS.accent);
}

/** Draws a pictogram as vector paths in a `size` x `size` square with its top left at x, y. */
export function drawPictogram(
  doc: PDFKit.PDFDocument,
  args: { kind: Pictogram; x: number; y: number; size: number },
): void {
  const { x, y, size: s } = args;
  /** Starts a path at the first point and draws a line through the others, in fractions of the size. */
  const polyline = ([u, v]: readonly [number, number], ...rest: (readonly [number, number])[]) => {
    doc.moveTo(x + u * s, y + v * s);
    for (const [nextU, nextV] of rest) doc.lineTo(x + nextU * s, y + nextV * s);
    return doc;
  };
  doc.save();
  doc.circle(x + s / 2, y + s / 2, s / 2).fill(COLORS.accentSoft);
  doc
    .lineWidth(s / 20)
    .lineJoin('round')
    .lineCap('round')
    .strokeColor(COLORS.accent)
    .fillColor(COLORS.accent);
  switch (args.kind) {
    case 'laptop':
      doc.roundedRect(x + 0.24 * s, y + 0.26 * s, 0.52 * s, 0.34 * s, 0.03 * s).stroke();
      doc.rect(x + 0.29 * s, y + 0.31 * s, 0.42 * s, 0.24 * s).fill(COLORS.accent);
      polyline([0.16, 0.66], [0.84, 0.66], [0.78, 0.73], [0.22, 0.73])
        .closePath()
        .fillAndStroke(COLORS.accent, COLORS.accent);
      break;
    case 'home_help':
      polyline([0.18, 0.48], [0.5, 0.2], [0.82, 0.48]).stroke();
      polyline([0.26, 0.42], [0.26, 0.78], [0.74, 0.78], [0.74, 0.42]).stroke();
      drawPerson(doc, args, { cx: 0.5, ...FIGURES.resident });
      break;
    case 'lessons':
      doc.rect(x + 0.22 * s, y + 0.2 * s, 0.56 * s, 0.32 * s).stroke();
      polyline([0.3, 0.3], [0.55, 0.3]);
      polyline([0.3, 0.4], [0.48, 0.4]).stroke();
      for (const cx of [0.3, 0.5, 0.7]) {
        drawPerson(doc, args, { cx, ...FIGURES.learner });
      }
      break;
    case 'buddy':
      // Two people side by side: the client and the volunteer.
      for (const cx of [0.37, 0.63]) {
        drawPerson(doc, args, { cx, ...FIGURES.buddy });
      }
      break;
    case 'help_nearby':
      doc
        .moveTo(x + 0.5 * s, y + 0.84 * s)
        .bezierCurveTo(x + 0.36 * s, y + 0.64 * s, x + 0.27 * s, y + 0.52 * s, x + 0.27 * s, y + 0.4 * s)
        .bezierCurveTo(x + 0.27 * s, y + 0.25 * s, x + 0.38 * s, y + 0.16 * s, x + 0.5 * s, y + 0.16 * s)
        .bezierCurveTo(x + 0.62 * s, y + 0.16 * s, x + 0.73 * s, y + 0.25 * s, x + 0.73 * s, y + 0.4 * s)
        .bezierCurveTo(x + 0.73 * s, y + 0.52 * s, x + 0.64 * s, y + 0.64 * s, x + 0.5 * s, y + 0.84 * s)
        .closePath()
        .fill(COLORS.accent);
      doc.circle(x + 0.5 * s, y + 0.4 * s, 0.09 * s).fill('#ffffff');
      break;
    default:
      assertNever(args.kind);
  }
  doc.restore();
}
