/**
 * The line drawings beside the measure's items, as SVG path data on a 24 by 24 grid, stroked (never
 * filled) with round ends. The portals draw them as SVG and the printed questionnaire draws the same
 * paths, so what a client sees on screen and on paper is one drawing.
 *
 * @example
 * OUTCOME_PICTOGRAMS.wifi; // 'M3 9a13 13 0 0 1 18 0 …'
 */
export const OUTCOME_PICTOGRAMS = {
  'power-button': 'M12 3v8 M7 6.5a7 7 0 1 0 10 0',
  'app-grid': 'M4 4h6v6H4z M14 4h6v6h-6z M4 14h6v6H4z M14 14h6v6h-6z',
  wifi: 'M3 9a13 13 0 0 1 18 0 M6 12.5a8.5 8.5 0 0 1 12 0 M9 16a4 4 0 0 1 6 0 M12 19.5h.01',
  browser: 'M3 5h18v14H3z M3 9h18 M6 7h.01 M9 7h.01',
  'log-in': 'M14 4h5v16h-5 M3 12h11 M10 8l4 4-4 4',
  'key-change': 'M8 15a4 4 0 1 1 3-6.7L20 8v3h-2v2h-2v-2l-5 .3A4 4 0 0 1 8 15z',
  padlock: 'M6 11h12v9H6z M8.5 11V8a3.5 3.5 0 0 1 7 0v3 M12 15v2',
  magnifier: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z M15.5 15.5 21 21',
  'itsme-phone': 'M7 3h10v18H7z M10 18h4 M9.5 10.5l2 2 3.5-4',
  letterbox: 'M4 10a4 4 0 0 1 8 0v10H4z M12 10h8v10h-8 M7 13h2 M16 6v4 M16 6h3',
  'bank-card': 'M3 6h18v12H3z M3 10h18 M6 15h4',
  'video-call': 'M3 7h12v10H3z M15 10l6-3v10l-6-3',
  'envelope-clip': 'M3 6h14v11H3z M3 6l7 6 7-6 M19 9v8a2 2 0 0 1-4 0v-6',
  briefcase: 'M3 8h18v11H3z M8 8V5h8v3 M3 13h18',
  school: 'M3 10l9-5 9 5-9 5z M7 12.5V17c3 2 7 2 10 0v-4.5',
  'scale-0-10': 'M3 18h18 M5 18v-3 M9 18v-5 M13 18v-8 M17 18v-11',
} as const satisfies Record<string, string>;

/** The name of a drawing in {@link OUTCOME_PICTOGRAMS}. @example const name: OutcomePictogramName = 'wifi'; */
export type OutcomePictogramName = keyof typeof OUTCOME_PICTOGRAMS;

/**
 * How the drawings are stroked, on their 24 by 24 grid: the same for screen and paper.
 *
 * @example
 * OUTCOME_PICTOGRAM_STROKE.width; // 1.6
 */
export const OUTCOME_PICTOGRAM_STROKE = { grid: 24, width: 1.6 } as const;
