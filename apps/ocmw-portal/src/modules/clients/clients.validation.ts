import {
  CLIENT_ENTRY_FIELDS,
  type ClientEntryField,
  isBelgianPhoneNumber,
  isBelgianPostcode,
  isClientLanguage,
  parseNationalNumber,
  validateBirthDate,
} from '@digipakket/domain';
import type { ClientCreate, KitKey } from '@digipakket/portal-kit';

export const CLIENT_FIELDS = CLIENT_ENTRY_FIELDS;
export type ClientField = ClientEntryField;
export type ClientForm = Record<ClientField, string>;

export interface ClientIssue {
  path: ClientField;
  code: string;
}

/** The longest value each text field takes, as the API's `ClientCreateSchema` says. */
export const CLIENT_MAX_LENGTHS = {
  fileNumber: 40,
  firstName: 100,
  lastName: 100,
  phone: 30,
  email: 320,
  street: 200,
  city: 100,
} as const satisfies Partial<Record<ClientField, number>>;

/** How each field explains a value of the wrong shape, for our own checks and the API's alike. */
export const CLIENT_FORMAT_KEYS = {
  birthDate: 'field.invalidDate',
  nationalNumber: 'field.invalidFormat',
  phone: 'field.invalidPhone',
  email: 'field.invalidEmail',
  postcode: 'field.invalidPostcode',
} as const satisfies Partial<Record<ClientField, KitKey>>;

export function emptyClientForm(): ClientForm {
  return Object.fromEntries(CLIENT_FIELDS.map((field) => [field, ''])) as ClientForm;
}

// The same pattern zod 4 uses for `z.email()`, so the browser and the API agree on what passes.
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks a new client in the browser with the rules of the API's `ClientCreateSchema`, written out
 * by hand so the portal does not ship a validation library. The API checks again; its refusals use
 * the same codes, so both read the same to the user. Empty optional fields are left out of the body.
 *
 * @param today `YYYY-MM-DD` in the user's time zone, to refuse a birth date in the future.
 */
export function validateClient({
  form,
  today,
}: {
  form: ClientForm;
  today: string;
}): { ok: true; client: ClientCreate } | { ok: false; issues: ClientIssue[] } {
  const issues: ClientIssue[] = [];
  const value = (field: ClientField) => form[field].trim();
  const check = (field: ClientField, code: string | undefined) => {
    if (code) issues.push({ path: field, code });
  };
  const text = (field: keyof typeof CLIENT_MAX_LENGTHS, required: boolean) => {
    if (value(field) === '') return required ? 'required' : undefined;
    return value(field).length > CLIENT_MAX_LENGTHS[field] ? 'too_big' : undefined;
  };

  check('fileNumber', text('fileNumber', true));
  check('firstName', text('firstName', true));
  check('lastName', text('lastName', true));

  const birthDate = value('birthDate');
  if (birthDate !== '') {
    check(
      'birthDate',
      !isCalendarDate(birthDate)
        ? 'invalid_format'
        : birthDate > today
          ? 'date_in_future'
          : !validateBirthDate({ birthDate, today }).ok
            ? 'date_out_of_range'
            : undefined,
    );
  }

  const phone = value('phone');
  check(
    'phone',
    text('phone', false) ?? (phone !== '' && !isBelgianPhoneNumber(phone) ? 'invalid_format' : undefined),
  );

  const email = value('email');
  check('email', text('email', false) ?? (email !== '' && !EMAIL.test(email) ? 'invalid_format' : undefined));

  const language = value('preferredLanguage').toLowerCase();
  check(
    'preferredLanguage',
    language === '' ? 'choose_one' : !isClientLanguage(language) ? 'invalid_value' : undefined,
  );

  check('street', text('street', false));
  const postcode = value('postcode');
  check('postcode', postcode !== '' && !isBelgianPostcode(postcode) ? 'invalid_format' : undefined);
  const nationalNumber = value('nationalNumber');
  check(
    'nationalNumber',
    nationalNumber !== '' && !parseNationalNumber(nationalNumber).ok ? 'invalid_format' : undefined,
  );
  check('city', text('city', false));

  if (issues.length > 0) return { ok: false, issues };

  const optional = (field: ClientField) => (value(field) === '' ? {} : { [field]: value(field) });
  const client: ClientCreate = {
    fileNumber: value('fileNumber'),
    firstName: value('firstName'),
    lastName: value('lastName'),
    preferredLanguage: language as ClientCreate['preferredLanguage'],
    ...optional('birthDate'),
    ...optional('nationalNumber'),
    ...optional('phone'),
    ...optional('email'),
    ...optional('street'),
    ...optional('postcode'),
    ...optional('city'),
  };
  return { ok: true, client };
}
