import { describe, expect, it } from 'vitest';
import { CLIENT_LANGUAGE_CODES } from '../languages/languages';
import { isReviewed, placeholdersOf, reviewOfEntries, translate, translationReview } from './translations';

describe('the texts a client reads', () => {
  it('gives the text of the client language, with whether that entry was reviewed', () => {
    expect(translate({ key: 'message.visit_moved', language: 'fr' })).toEqual({
      text: '{from} : notre visite est déplacée. Nouveau rendez-vous : le {date} à {time}.',
      language: 'fr',
      reviewed: true,
    });
    expect(translate({ key: 'document.receipt.title', language: 'fr' }).reviewed).toBe(false);
  });

  it('falls back to the Dutch source for a language it does not know', () => {
    expect(translate({ key: 'document.receipt.title', language: 'de' })).toEqual({
      text: 'Ontvangstbewijs van de laptop',
      language: 'nl',
      reviewed: true,
    });
  });

  it('says a language is reviewed only when every entry under the prefix is', () => {
    expect(isReviewed({ language: 'nl', prefix: 'document.' })).toBe(true);
    expect(isReviewed({ language: 'en', prefix: 'message.' })).toBe(true);
    expect(isReviewed({ language: 'en', prefix: 'document.' })).toBe(false);
    expect(
      CLIENT_LANGUAGE_CODES.filter((language) => translationReview({ language }) === 'reviewed'),
    ).toEqual(['nl']);
  });

  it('adds entries up to a review state', () => {
    expect(reviewOfEntries([{ text: 'a', reviewed: true }])).toBe('reviewed');
    expect(reviewOfEntries([{ text: 'a', reviewed: false }])).toBe('machine_draft');
    expect(
      reviewOfEntries([
        { text: '', reviewed: true },
        { text: 'b', reviewed: true },
      ]),
    ).toBe('partly_reviewed');
  });

  it('lists the placeholders of a text once, sorted', () => {
    expect(placeholdersOf('{name} op {phone}, {name}')).toEqual(['name', 'phone']);
  });
});
