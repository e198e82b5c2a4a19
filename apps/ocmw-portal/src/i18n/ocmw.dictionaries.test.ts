import { describeTranslations } from '@digipakket/portal-kit/testing';
import { describe, expect, it } from 'vitest';
import { ocmwAdminNl } from '../modules/admin/admin.dictionary.nl';
import { ocmwEn } from './ocmw.dictionary.en';
import { ocmwFr } from './ocmw.dictionary.fr';
import { ocmwNl } from './ocmw.dictionary.nl';

describeTranslations('the OCMW portal dictionaries', {
  reference: { ...ocmwNl, ...ocmwAdminNl },
  translations: { English: ocmwEn, French: ocmwFr },
});

describe('the OCMW portal’s first load', () => {
  it('keeps the Beheer page’s Dutch texts out of the first load’s dictionary', () => {
    expect(Object.keys(ocmwNl).filter((key) => key in ocmwAdminNl)).toEqual([]);
    expect(Object.keys(ocmwNl).filter((key) => key.startsWith('admin.'))).toEqual([]);
  });
});
