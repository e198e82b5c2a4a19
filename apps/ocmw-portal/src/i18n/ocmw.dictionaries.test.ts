import { compareDictionaries } from '@digipakket/portal-kit/testing';
import { describe, expect, it } from 'vitest';
import { ocmwAdminNl } from '../modules/admin/admin.dictionary.nl';
import { ocmwEn } from './ocmw.dictionary.en';
import { ocmwFr } from './ocmw.dictionary.fr';
import { ocmwNl } from './ocmw.dictionary.nl';

describe('the OCMW portal dictionaries', () => {
  it.each([
    ['English', ocmwEn],
    ['French', ocmwFr],
  ])('%s has exactly the Dutch keys, with the same placeholders, and no empty text', (_name, translation) => {
    expect(compareDictionaries({ reference: { ...ocmwNl, ...ocmwAdminNl }, translation })).toEqual({
      missing: [],
      extra: [],
      placeholderMismatches: [],
      empty: [],
    });
  });

  it('keeps the Beheer page’s Dutch texts out of the first load’s dictionary', () => {
    expect(Object.keys(ocmwNl).filter((key) => key in ocmwAdminNl)).toEqual([]);
    expect(Object.keys(ocmwNl).filter((key) => key.startsWith('admin.'))).toEqual([]);
  });
});
