import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProgrammeSettings } from '../programme/programme';
import type { Answer, SkillAnswers } from './assessment';
import { ANSWERS, parseSkillAnswers, QUESTION_IDS, recommendPackage, scoreAssessment } from './assessment';

const allYes: SkillAnswers = {
  switch_on_mouse_keyboard: 'yes',
  browse_website: 'yes',
  email_attachment: 'yes',
  government_login_eid: 'yes',
  video_call: 'yes',
  updates_safety: 'yes',
};

describe('the skills questionnaire', () => {
  it('has stable, unique question ids', () => {
    expect(QUESTION_IDS).toEqual([
      'switch_on_mouse_keyboard',
      'browse_website',
      'email_attachment',
      'government_login_eid',
      'video_call',
      'updates_safety',
    ]);
  });

  it('reads complete answers', () => {
    expect(parseSkillAnswers({ answers: allYes })).toEqual({ ok: true, answers: allYes });
  });

  it('lists missing, invalid and unknown answers', () => {
    const { browse_website: _missing, ...rest } = allYes;
    const result = parseSkillAnswers({ answers: { ...rest, video_call: 'maybe', favourite_colour: 'blue' } });
    expect(result).toEqual({
      ok: false,
      reasons: [
        { code: 'assessment.answer_missing', questionId: 'browse_website' },
        { code: 'assessment.answer_invalid', questionId: 'video_call' },
        { code: 'assessment.question_unknown', questionId: 'favourite_colour' },
      ],
    });
  });
});

describe('scoring the questionnaire', () => {
  it('scores a client who cannot use mouse and keyboard alone as having no basic skills', () => {
    expect(scoreAssessment({ answers: { ...allYes, switch_on_mouse_keyboard: 'with_help' } })).toEqual({
      level: 'none',
      decidedBy: ['switch_on_mouse_keyboard'],
    });
  });

  it('scores a client who can do everything, or all but one thing with help, as independent', () => {
    expect(scoreAssessment({ answers: allYes }).level).toBe('independent');
    expect(scoreAssessment({ answers: { ...allYes, updates_safety: 'with_help' } }).level).toBe(
      'independent',
    );
  });

  it('scores a client with some gaps as basic, decided by the gaps', () => {
    expect(scoreAssessment({ answers: { ...allYes, email_attachment: 'no' } })).toEqual({
      level: 'basic',
      decidedBy: ['email_attachment'],
    });
    expect(
      scoreAssessment({ answers: { ...allYes, video_call: 'with_help', government_login_eid: 'with_help' } })
        .decidedBy,
    ).toEqual(['government_login_eid', 'video_call']);
  });

  it('never rates a client higher when an answer gets worse', () => {
    const answer = fc.constantFrom<Answer>(...ANSWERS);
    const rank = { none: 0, basic: 1, independent: 2 } as const;
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(QUESTION_IDS.map((id) => [id, answer])) as Record<
            keyof SkillAnswers,
            fc.Arbitrary<Answer>
          >,
        ),
        fc.constantFrom(...QUESTION_IDS),
        (answers, worse) => {
          const worsened = { ...answers, [worse]: 'no' as const };
          expect(rank[scoreAssessment({ answers: worsened }).level]).toBeLessThanOrEqual(
            rank[scoreAssessment({ answers }).level],
          );
        },
      ),
    );
  });
});

describe('recommending a package', () => {
  const settings = defaultProgrammeSettings();

  it('gives an independent client the laptop and information only', () => {
    expect(recommendPackage({ level: 'independent', purposes: ['school'], settings }).package).toEqual({
      laptop: true,
      cheques: 0,
      basicCourse: false,
      digibuddy: false,
      infoSession: true,
      digipuntInfo: true,
      focusTopics: ['files_photos', 'office_basics', 'video_calling'],
    });
  });

  it('gives a client with few skills the cheques and the basic course, focused on their purposes', () => {
    const { package: recommended } = recommendPackage({
      level: 'none',
      purposes: ['social_contact', 'work'],
      settings,
    });
    expect(recommended).toMatchObject({ cheques: 2, basicCourse: true, digibuddy: false });
    expect(recommended.focusTopics).toEqual([
      'installed_laptop',
      'wifi',
      'safety_updates',
      'email',
      'eid_itsme_login',
      'office_basics',
      'video_calling',
      'files_photos',
    ]);
  });

  it('gives extra cheques instead of the course when the programme has that variation', () => {
    const variation = {
      ...settings,
      variations: { chequesInsteadOfTraining: true, extraCheques: 3, digibuddy: true },
    };
    expect(recommendPackage({ level: 'basic', purposes: [], settings: variation }).package).toMatchObject({
      cheques: 5,
      basicCourse: false,
      digibuddy: true,
    });
  });

  it('offers no course when the programme has no sessions', () => {
    expect(
      recommendPackage({ level: 'basic', purposes: ['work'], settings: { ...settings, basicSessions: 0 } })
        .package.basicCourse,
    ).toBe(false);
  });
});
