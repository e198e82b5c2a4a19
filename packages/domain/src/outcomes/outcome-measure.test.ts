import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, type SkillAnswers } from '../assessment/assessment';
import { CLIENT_LANGUAGE_CODES } from '../languages/languages';
import {
  baselineFromIntake,
  defaultOutcomeMeasureSettings,
  findOutcomeItem,
  INTAKE_QUESTION_ITEMS,
  OUTCOME_CATALOGUE,
  OUTCOME_FOUNDATION_ITEM_IDS,
  OUTCOME_ITEM_IDS,
  OUTCOME_SOURCES,
  type OutcomeCatalogue,
  outcomeItemsAsked,
  outcomeVersionsComparable,
  parseOutcomeAnswers,
  resolveOutcomeMeasureSettings,
} from './outcome-measure';
import { OUTCOME_PICTOGRAMS } from './outcome-pictograms';
import { OUTCOME_CONFIDENCE_ANCHORS, OUTCOME_SCALE_TEXTS, OUTCOME_TEXT_REVIEW } from './outcome-texts';

const logInV1 = findOutcomeItem({ itemId: 'log_in', version: 1 })!;

/** The catalogue with two newer versions of `log_in`: a clearer sentence (comparable), then a new question. */
const withNewerLogIn: OutcomeCatalogue = [
  ...OUTCOME_CATALOGUE,
  { ...logInV1, version: 2, comparableWithPrevious: true, introducedOn: '2026-01-01' },
  { ...logInV1, version: 3, comparableWithPrevious: false, introducedOn: '2026-06-01' },
];

describe('the item catalogue', () => {
  it('asks about fifteen items: eight foundation tasks, the Belgian tasks, two optional ones and confidence', () => {
    expect(OUTCOME_CATALOGUE.map((item) => item.id)).toEqual([...OUTCOME_ITEM_IDS]);
    expect(OUTCOME_FOUNDATION_ITEM_IDS).toEqual([
      'device_controls',
      'open_app',
      'connect_wifi',
      'use_browser',
      'log_in',
      'change_password',
      'keep_passwords_safe',
      'accessibility_settings',
    ]);
    expect(OUTCOME_CATALOGUE.filter((item) => item.optional).map((item) => item.id)).toEqual([
      'job_sites',
      'school_platform',
    ]);
    expect(OUTCOME_CATALOGUE.filter((item) => item.kind === 'confidence').map((item) => item.id)).toEqual([
      'confidence',
    ]);
  });

  it('words every item in all twelve client languages, with a pictogram of its own', () => {
    for (const item of OUTCOME_CATALOGUE) {
      expect(Object.keys(item.texts).sort()).toEqual([...CLIENT_LANGUAGE_CODES].sort());
      for (const text of Object.values(item.texts)) expect(text.trim().length).toBeGreaterThan(0);
    }
    expect(new Set(OUTCOME_CATALOGUE.map((item) => item.pictogram)).size).toBe(OUTCOME_CATALOGUE.length);
  });

  it('has a line drawing for every item, which screen and paper both draw', () => {
    const drawings: Record<string, string> = OUTCOME_PICTOGRAMS;
    for (const item of OUTCOME_CATALOGUE) {
      expect(drawings[item.pictogram], `${item.id} draws ${item.pictogram}`).toMatch(/^M[\d\s.,a-zA-Z-]+$/);
    }
  });

  it('words the scale and the confidence anchors in all twelve languages too', () => {
    for (const wording of [
      ...Object.values(OUTCOME_SCALE_TEXTS),
      ...Object.values(OUTCOME_CONFIDENCE_ANCHORS),
    ]) {
      expect(Object.keys(wording).sort()).toEqual([...CLIENT_LANGUAGE_CODES].sort());
    }
  });

  it('says honestly which languages are reviewed: the Dutch reference only, the rest machine drafts', () => {
    expect(Object.keys(OUTCOME_TEXT_REVIEW).sort()).toEqual([...CLIENT_LANGUAGE_CODES].sort());
    expect(Object.entries(OUTCOME_TEXT_REVIEW).filter(([, status]) => status === 'reviewed')).toEqual([
      ['nl', 'reviewed'],
    ]);
  });

  it('credits the frameworks each task is based on, and builds on nothing whose licence forbids it', () => {
    for (const item of OUTCOME_CATALOGUE) {
      expect(item.basedOn.includes('uk_eds')).toBe(item.foundation);
      for (const source of item.basedOn)
        expect(OUTCOME_SOURCES[source].licence).toMatch(/CC BY 4\.0|Open Government/);
      expect(item.kind === 'task' ? item.digComp : null).toBe(item.digComp);
    }
    expect(JSON.stringify(OUTCOME_SOURCES)).not.toMatch(/outcomes star/i);
    expect(OUTCOME_SOURCES.digcompsat.licence).toBe('CC BY 4.0');
  });

  it('starts every item at version 1 with unique id and version pairs', () => {
    const pairs = OUTCOME_CATALOGUE.map((item) => `${item.id}@${item.version}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(OUTCOME_CATALOGUE.every((item) => item.version === 1 && !item.comparableWithPrevious)).toBe(true);
  });
});

describe("a programme's measure settings", () => {
  it('default to every optional item, the social worker for the end round and two-week windows', () => {
    expect(resolveOutcomeMeasureSettings({ input: {} })).toEqual({
      ok: true,
      settings: defaultOutcomeMeasureSettings(),
    });
    expect(defaultOutcomeMeasureSettings()).toEqual({
      optionalItems: ['job_sites', 'school_platform'],
      endRoundTakenBy: 'welfare',
      windows: {
        opensDaysBefore: 14,
        overdueAfterDays: 14,
        closesAfterDays: 42,
        baselineClosesAfterDays: 30,
      },
    });
  });

  it('fill what is left out with the defaults', () => {
    const resolved = resolveOutcomeMeasureSettings({
      input: { optionalItems: [], endRoundTakenBy: 'home_help', windows: { closesAfterDays: 60 } },
    });
    expect(resolved).toEqual({
      ok: true,
      settings: {
        optionalItems: [],
        endRoundTakenBy: 'home_help',
        windows: { ...defaultOutcomeMeasureSettings().windows, closesAfterDays: 60 },
      },
    });
  });

  it('refuse unknown and core items as optional, duplicates, an unknown partner and windows out of range', () => {
    const resolved = resolveOutcomeMeasureSettings({
      input: {
        optionalItems: ['job_sites', 'job_sites', 'connect_wifi', 'tiktok'],
        endRoundTakenBy: 'digipunt',
        windows: { opensDaysBefore: -1, overdueAfterDays: 1.5, closesAfterDays: 'soon' },
      },
    });
    expect(resolved.ok).toBe(false);
    expect(resolved.ok ? [] : resolved.reasons.map((reason) => reason.code)).toEqual([
      'outcomes.optional_items.unknown',
      'outcomes.optional_items.not_optional',
      'outcomes.optional_items.duplicate',
      'outcomes.end_round_taken_by.unknown',
      'outcomes.windows.opens_days_before.out_of_range',
      'outcomes.windows.overdue_after_days.out_of_range',
      'outcomes.windows.closes_after_days.out_of_range',
    ]);
  });

  it('refuse a round that would be overdue only after it closed', () => {
    const resolved = resolveOutcomeMeasureSettings({
      input: { windows: { overdueAfterDays: 50, closesAfterDays: 50 } },
    });
    expect(resolved).toEqual({
      ok: false,
      reasons: [{ code: 'outcomes.windows.overdue_after_close', overdueAfterDays: 50, closesAfterDays: 50 }],
    });
  });
});

describe('the items a programme asks', () => {
  it('are the core items plus the optional ones it chose, in order', () => {
    expect(outcomeItemsAsked({ settings: defaultOutcomeMeasureSettings() })).toHaveLength(16);
    const withoutOptional = outcomeItemsAsked({ settings: { optionalItems: [] } }).map((item) => item.id);
    expect(withoutOptional).toHaveLength(14);
    expect(withoutOptional).not.toContain('job_sites');
    expect(outcomeItemsAsked({ settings: { optionalItems: ['school_platform'] } }).at(-2)?.id).toBe(
      'school_platform',
    );
  });

  it('are each in their newest version', () => {
    const asked = outcomeItemsAsked({ settings: { optionalItems: [] }, catalogue: withNewerLogIn });
    expect(asked.find((item) => item.id === 'log_in')?.version).toBe(3);
    expect(asked.filter((item) => item.id === 'log_in')).toHaveLength(1);
  });
});

describe('item versions', () => {
  it('compare when equal, or when every newer version in between says it asks the same thing', () => {
    const catalogue = withNewerLogIn;
    expect(outcomeVersionsComparable({ itemId: 'log_in', a: 1, b: 1, catalogue })).toBe(true);
    expect(outcomeVersionsComparable({ itemId: 'log_in', a: 1, b: 2, catalogue })).toBe(true);
    expect(outcomeVersionsComparable({ itemId: 'log_in', a: 2, b: 1, catalogue })).toBe(true);
    expect(outcomeVersionsComparable({ itemId: 'log_in', a: 2, b: 3, catalogue })).toBe(false);
    expect(outcomeVersionsComparable({ itemId: 'log_in', a: 3, b: 1, catalogue })).toBe(false);
  });

  it('never compare with a version the catalogue does not know', () => {
    expect(outcomeVersionsComparable({ itemId: 'log_in', a: 1, b: 9 })).toBe(false);
  });
});

describe('parsing answers', () => {
  it('accepts known items in known versions with a valid value, and allows unanswered items', () => {
    const answers = [
      { itemId: 'connect_wifi', version: 1, value: 'on_my_own' },
      { itemId: 'confidence', version: 1, value: 0 },
    ];
    expect(parseOutcomeAnswers({ answers })).toEqual({ ok: true, answers });
  });

  it('names every problem: malformed, unknown item, unknown version, bad value, answered twice', () => {
    const parsed = parseOutcomeAnswers({
      answers: [
        'yes',
        { itemId: 'tiktok', version: 1, value: 'on_my_own' },
        { itemId: 'open_app', version: 2, value: 'on_my_own' },
        { itemId: 'open_app', version: '1', value: 'on_my_own' },
        { itemId: 'connect_wifi', version: 1, value: 3 },
        { itemId: 'confidence', version: 1, value: 11 },
        { itemId: 'confidence', version: 1, value: 2.5 },
        { itemId: 'use_browser', version: 1, value: 'cannot' },
        { itemId: 'use_browser', version: 1, value: 'with_help' },
        null,
      ],
    });
    expect(parsed.ok ? [] : parsed.reasons.map((reason) => [reason.code, reason.index])).toEqual([
      ['outcomes.answer.malformed', 0],
      ['outcomes.answer.item_unknown', 1],
      ['outcomes.answer.version_unknown', 2],
      ['outcomes.answer.version_unknown', 3],
      ['outcomes.answer.value_invalid', 4],
      ['outcomes.answer.value_invalid', 5],
      ['outcomes.answer.value_invalid', 6],
      ['outcomes.answer.duplicate', 6],
      ['outcomes.answer.duplicate', 8],
      ['outcomes.answer.malformed', 9],
    ]);
  });
});

describe("the intake's skills questions as the baseline", () => {
  const intake: SkillAnswers = {
    switch_on_mouse_keyboard: 'yes',
    browse_website: 'with_help',
    email_attachment: 'no',
    government_login_eid: 'no',
    video_call: 'yes',
    updates_safety: 'with_help',
  };

  it('map every intake question onto an item of the measure, or explicitly onto none', () => {
    expect(Object.keys(INTAKE_QUESTION_ITEMS).sort()).toEqual([...QUESTION_IDS].sort());
    for (const target of Object.values(INTAKE_QUESTION_ITEMS)) {
      if (target)
        expect(findOutcomeItem({ itemId: target.itemId, version: target.version })?.kind).toBe('task');
    }
    expect(INTAKE_QUESTION_ITEMS.updates_safety).toBeNull();
  });

  it('become the first baseline answers, "yes" as "on my own", and leave the other items to ask', () => {
    const { answers, stillToAsk } = baselineFromIntake({ answers: intake, settings: { optionalItems: [] } });
    expect(answers).toEqual([
      { itemId: 'device_controls', version: 1, value: 'on_my_own' },
      { itemId: 'use_browser', version: 1, value: 'with_help' },
      { itemId: 'send_email', version: 1, value: 'cannot' },
      { itemId: 'itsme_login', version: 1, value: 'cannot' },
      { itemId: 'video_call_family', version: 1, value: 'on_my_own' },
    ]);
    expect(stillToAsk).toEqual([
      'open_app',
      'connect_wifi',
      'log_in',
      'change_password',
      'keep_passwords_safe',
      'accessibility_settings',
      'ebox_government',
      'online_banking',
      'confidence',
    ]);
    expect(parseOutcomeAnswers({ answers }).ok).toBe(true);
  });

  it('map only the questions that were answered', () => {
    const partial = { switch_on_mouse_keyboard: 'no' } as unknown as SkillAnswers;
    expect(
      baselineFromIntake({ answers: partial, settings: defaultOutcomeMeasureSettings() }).answers,
    ).toEqual([{ itemId: 'device_controls', version: 1, value: 'cannot' }]);
  });
});
