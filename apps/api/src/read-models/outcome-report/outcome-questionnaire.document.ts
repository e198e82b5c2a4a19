import {
  type ClientLanguage,
  OUTCOME_CONFIDENCE_ANCHORS,
  OUTCOME_PICTOGRAM_STROKE,
  OUTCOME_PICTOGRAMS,
  OUTCOME_SCALE_TEXTS,
  OUTCOME_TASK_STEPS,
  OUTCOME_TEXT_REVIEW,
  type OutcomeItemVersion,
  type OutcomePictogramName,
  type OutcomeRound,
} from '@digipakket/domain';
import {
  addPage,
  type Canvas,
  COLORS,
  drawBlock,
  ensureSpace,
  fromStart,
  heading,
  layout,
  paragraph,
  renderPdf,
  rule,
} from '../../ground/printing/printing.canvas';
import type { Branding } from '../../ground/printing/printing.types';

/**
 * The questionnaire's own words in every client language. Dutch is the reference; the others are
 * machine-quality drafts like the measure's wording (see `OUTCOME_TEXT_REVIEW`).
 */
export const QUESTIONNAIRE_TEXTS: Readonly<
  Record<ClientLanguage, { title: string; intro: string; name: string; date: string }>
> = {
  nl: {
    title: 'Wat kan je al met de computer?',
    intro: 'Zet bij elke taak één kruisje. Er is geen goed of fout antwoord.',
    name: 'Naam',
    date: 'Datum',
  },
  fr: {
    title: "Que sais-tu déjà faire avec l'ordinateur ?",
    intro: "Mets une croix par tâche. Il n'y a pas de bonne ou de mauvaise réponse.",
    name: 'Nom',
    date: 'Date',
  },
  en: {
    title: 'What can you already do with the computer?',
    intro: 'Put one cross for each task. There is no right or wrong answer.',
    name: 'Name',
    date: 'Date',
  },
  ar: {
    title: 'ماذا تستطيع أن تفعل بالحاسوب؟',
    intro: 'ضع علامة واحدة لكل مهمة. لا توجد إجابة صحيحة أو خاطئة.',
    name: 'الاسم',
    date: 'التاريخ',
  },
  tr: {
    title: 'Bilgisayarla neler yapabiliyorsun?',
    intro: 'Her görev için bir çarpı koy. Doğru ya da yanlış cevap yok.',
    name: 'Ad',
    date: 'Tarih',
  },
  bg: {
    title: 'Какво вече можеш да правиш с компютъра?',
    intro: 'Сложи по един кръстче за всяка задача. Няма правилен или грешен отговор.',
    name: 'Име',
    date: 'Дата',
  },
  ro: {
    title: 'Ce știi deja să faci pe calculator?',
    intro: 'Pune un X la fiecare sarcină. Nu există răspuns bun sau greșit.',
    name: 'Nume',
    date: 'Data',
  },
  pl: {
    title: 'Co już umiesz robić na komputerze?',
    intro: 'Postaw jeden krzyżyk przy każdym zadaniu. Nie ma dobrych ani złych odpowiedzi.',
    name: 'Imię i nazwisko',
    date: 'Data',
  },
  sk: {
    title: 'Čo už vieš robiť na počítači?',
    intro: 'Pri každej úlohe urob jeden krížik. Neexistuje správna ani nesprávna odpoveď.',
    name: 'Meno',
    date: 'Dátum',
  },
  uk: {
    title: "Що ти вже вмієш робити з комп'ютером?",
    intro: 'Постав один хрестик біля кожного завдання. Правильних чи неправильних відповідей немає.',
    name: "Ім'я",
    date: 'Дата',
  },
  ru: {
    title: 'Что ты уже умеешь делать на компьютере?',
    intro: 'Поставь один крестик у каждого задания. Правильных или неправильных ответов нет.',
    name: 'Имя',
    date: 'Дата',
  },
  fa: {
    title: 'با کامپیوتر چه کارهایی می‌توانی انجام دهی؟',
    intro: 'برای هر کار یک علامت بزن. پاسخ درست یا غلط وجود ندارد.',
    name: 'نام',
    date: 'تاریخ',
  },
};

const BOX = 11;
/** The pictogram's side, and the column it stands in at the reading start of every item. */
const PICTOGRAM = 30;
const PICTOGRAM_COLUMN = PICTOGRAM + 12;

/**
 * Draws an item's pictogram with its top-left corner at `x`, `y`: the same path data and stroke as
 * the portals' SVG, scaled from its grid to the printed size.
 */
export function drawPictogram(
  canvas: Canvas,
  name: OutcomePictogramName,
  at: { x: number; y: number },
): void {
  const { doc } = canvas;
  const scale = PICTOGRAM / OUTCOME_PICTOGRAM_STROKE.grid;
  doc.save();
  doc.translate(at.x, at.y).scale(scale);
  doc
    .path(OUTCOME_PICTOGRAMS[name])
    .lineWidth(OUTCOME_PICTOGRAM_STROKE.width)
    .lineCap('round')
    .lineJoin('round')
    .strokeColor(COLORS.ink)
    .stroke();
  doc.restore();
}

/** A row of tick boxes with a label under each, spread over the width after `indent` from the reading start. */
function tickBoxes(
  canvas: Canvas,
  labels: readonly string[],
  options: { size: number; indent: number },
): void {
  const { doc } = canvas;
  const width = canvas.area.width - options.indent;
  const cell = width / labels.length;
  const blocks = labels.map((text) =>
    layout(canvas, text, { style: { size: options.size }, width: cell - BOX - 10 }),
  );
  const height = Math.max(BOX, ...blocks.map((block) => block.height)) + 6;
  ensureSpace(canvas, height);
  blocks.forEach((block, index) => {
    const x = fromStart(canvas, options.indent + index * cell, cell);
    const boxX = canvas.direction === 'rtl' ? x + cell - BOX - 2 : x + 2;
    doc
      .rect(boxX, canvas.y + 1, BOX, BOX)
      .lineWidth(1)
      .strokeColor(COLORS.ink)
      .stroke();
    drawBlock(canvas, block, {
      x: canvas.direction === 'rtl' ? x : x + BOX + 8,
      y: canvas.y,
      width: cell - BOX - 10,
    });
  });
  canvas.y += height;
}

/**
 * One item: its pictogram at the reading start, beside it the number and question (with the Dutch
 * under it for whoever types it in), then its boxes.
 */
function drawItem(canvas: Canvas, item: OutcomeItemVersion, number: number): void {
  const language = canvas.language;
  const indent = PICTOGRAM_COLUMN;
  const question = `${number}. ${item.texts[language]}`;
  const block = layout(canvas, question, {
    style: { size: 11.5, bold: true },
    width: canvas.area.width - indent,
  });
  ensureSpace(canvas, Math.max(block.height, PICTOGRAM) + 50);
  const top = canvas.y;
  drawPictogram(canvas, item.pictogram, { x: fromStart(canvas, 0, PICTOGRAM), y: top });
  paragraph(canvas, question, { size: 11.5, bold: true, after: 4, indent });
  if (language !== 'nl') {
    paragraph(canvas, `${item.texts.nl} [${item.id} v${item.version}]`, {
      size: 7.5,
      color: COLORS.muted,
      direction: 'ltr',
      // Under the question, on whichever side it starts.
      align: canvas.direction === 'rtl' ? 'end' : 'start',
      after: 3,
      indent,
    });
  }
  canvas.y = Math.max(canvas.y, top + PICTOGRAM + 4);
  if (item.kind === 'task') {
    tickBoxes(
      canvas,
      OUTCOME_TASK_STEPS.map((step) => OUTCOME_SCALE_TEXTS[step][language]),
      { size: 9, indent },
    );
  } else {
    tickBoxes(
      canvas,
      Array.from({ length: 11 }, (_, value) => String(value)),
      { size: 10, indent },
    );
    const ends = `0 = ${OUTCOME_CONFIDENCE_ANCHORS.lowest[language]} · 10 = ${OUTCOME_CONFIDENCE_ANCHORS.highest[language]}`;
    paragraph(canvas, ends, { size: 9, color: COLORS.muted, indent });
  }
  canvas.y += 6;
  rule(canvas, { width: 0.4, color: COLORS.rule });
  canvas.y += 8;
}

/**
 * The printable questionnaire of one round in the client's language: the items the programme asks, a
 * tick box per answer, a line for the name and the date. The Dutch wording and the item's id and
 * version are printed small under each question, so the answers can be typed in afterwards.
 */
export async function renderOutcomeQuestionnaire({
  language,
  items,
  round,
  roundLabel,
  clientName,
  branding,
}: {
  language: ClientLanguage;
  items: readonly OutcomeItemVersion[];
  round: OutcomeRound;
  roundLabel: string;
  clientName: string;
  branding: Branding;
}): Promise<Buffer> {
  const texts = QUESTIONNAIRE_TEXTS[language];
  return renderPdf({ language, branding, title: `${texts.title} (${round})` }, (canvas) => {
    addPage(canvas);
    heading(canvas, texts.title, { size: 18 });
    paragraph(canvas, `${texts.name}: ${clientName}`, { size: 11 });
    paragraph(canvas, `${texts.date}: ____ / ____ / ________`, { size: 11 });
    paragraph(canvas, `${roundLabel}${OUTCOME_TEXT_REVIEW[language] === 'machine_draft' ? ' *' : ''}`, {
      size: 8.5,
      color: COLORS.muted,
      direction: 'ltr',
    });
    paragraph(canvas, texts.intro, { size: 11, after: 10 });
    items.forEach((item, index) => {
      drawItem(canvas, item, index + 1);
    });
  });
}
