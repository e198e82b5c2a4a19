import { ClientCreateSchema } from '@digipakket/api/contracts';
import { describe, expect, it } from 'vitest';
import { type ClientForm, emptyClientForm, validateClient } from './clients.validation';

const today = '2025-06-01';

function formWith(values: Partial<ClientForm>): ClientForm {
  return {
    ...emptyClientForm(),
    fileNumber: 'D-1',
    firstName: 'Amina',
    lastName: 'El Idrissi',
    preferredLanguage: 'ar',
    ...values,
  };
}

function refusedFields(form: ClientForm): string[] {
  const result = validateClient({ form, today });
  return result.ok ? [] : result.issues.map((issue) => issue.path);
}

describe('validateClient', () => {
  it('accepts the required fields alone and leaves empty optional fields out of the body', () => {
    const result = validateClient({ form: formWith({ city: '  ' }), today });
    expect(result).toEqual({
      ok: true,
      client: { fileNumber: 'D-1', firstName: 'Amina', lastName: 'El Idrissi', preferredLanguage: 'ar' },
    });
  });

  it('trims what it sends', () => {
    const result = validateClient({ form: formWith({ firstName: '  Amina ', postcode: ' 9000 ' }), today });
    expect(result.ok && result.client).toMatchObject({ firstName: 'Amina', postcode: '9000' });
  });

  it('names every missing required field, and asks to choose a language', () => {
    const result = validateClient({ form: emptyClientForm(), today });
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'fileNumber', code: 'required' },
      { path: 'firstName', code: 'required' },
      { path: 'lastName', code: 'required' },
      { path: 'preferredLanguage', code: 'choose_one' },
    ]);
  });

  it('refuses a birth date that does not exist or lies in the future', () => {
    expect(refusedFields(formWith({ birthDate: '2023-02-29' }))).toEqual(['birthDate']);
    expect(refusedFields(formWith({ birthDate: '2025-06-02' }))).toEqual(['birthDate']);
    expect(refusedFields(formWith({ birthDate: '1968-02-29' }))).toEqual([]);
    expect(refusedFields(formWith({ birthDate: '1800-01-01' }))).toEqual(['birthDate']);
    expect(refusedFields(formWith({ birthDate: '1905-06-01' }))).toEqual([]);
  });

  it('refuses a phone number with letters or fewer than 9 digits', () => {
    expect(refusedFields(formWith({ phone: '0470 12 34' }))).toEqual(['phone']);
    expect(refusedFields(formWith({ phone: '09 123 45 6x' }))).toEqual(['phone']);
    expect(refusedFields(formWith({ phone: '+32 (0)9 266 77 00' }))).toEqual([]);
  });

  it('refuses a postcode that is not four digits starting with 1 to 9', () => {
    expect(refusedFields(formWith({ postcode: '0900' }))).toEqual(['postcode']);
    expect(refusedFields(formWith({ postcode: '900' }))).toEqual(['postcode']);
  });
});

describe('validateClient and the API schema', () => {
  const cases: Partial<ClientForm>[] = [
    {},
    { fileNumber: '' },
    { firstName: ' ' },
    { fileNumber: 'x'.repeat(40) },
    { fileNumber: 'x'.repeat(41) },
    { lastName: 'y'.repeat(101) },
    { birthDate: '1980-13-01' },
    { birthDate: '1980-12-31' },
    { birthDate: '80-12-31' },
    { phone: '0470123456' },
    { phone: '0470 12 34' },
    { phone: '+32 470/12.34.56' },
    { phone: 'call me' },
    { phone: `0${'1'.repeat(30)}` },
    { email: 'sara@ocmw.gent' },
    { email: 'sara@ocmw' },
    { email: '.sara@ocmw.gent' },
    { email: 'sara..peeters@ocmw.gent' },
    { email: 'sara peeters@ocmw.gent' },
    { preferredLanguage: 'fa' },
    { preferredLanguage: 'de' },
    { preferredLanguage: 'dutch' },
    { postcode: '9000' },
    { postcode: '09000' },
    { postcode: 'B-9000' },
    { street: 'z'.repeat(201) },
    { city: 'Gent' },
  ];

  it.each(cases.map((values) => [JSON.stringify(values).slice(0, 60), values] as const))(
    'agrees with ClientCreateSchema on which fields %s refuses',
    (_name, values) => {
      const form = formWith(values);
      const result = validateClient({ form, today });
      const apiBody = Object.fromEntries(Object.entries(form).filter(([, value]) => value.trim() !== ''));
      const apiResult = ClientCreateSchema.safeParse(apiBody);
      const apiRefused = apiResult.success
        ? []
        : [...new Set(apiResult.error.issues.map((issue) => String(issue.path[0])))];
      expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(apiRefused);
    },
  );
});
