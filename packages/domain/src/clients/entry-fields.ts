/**
 * The fields of a client's record that a person types in or a file brings, in the order a form and
 * an import show them: the portal's client form and the API's spreadsheet import both follow it.
 *
 * @example
 * CLIENT_ENTRY_FIELDS[0]; // 'fileNumber'
 */
export const CLIENT_ENTRY_FIELDS = [
  'fileNumber',
  'firstName',
  'lastName',
  'birthDate',
  'nationalNumber',
  'phone',
  'email',
  'preferredLanguage',
  'street',
  'postcode',
  'city',
] as const;

/**
 * One of {@link CLIENT_ENTRY_FIELDS}.
 *
 * @example
 * const field: ClientEntryField = 'postcode';
 */
export type ClientEntryField = (typeof CLIENT_ENTRY_FIELDS)[number];
