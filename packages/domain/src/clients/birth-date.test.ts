import { describe, expect, it } from 'vitest';
import { validateBirthDate } from './birth-date';

const today = '2025-03-12';

describe('a birth date', () => {
  it.each(['2100-01-01', '9999-12-31', '1800-01-01', '2025-03-13', '1905-03-11'])(
    'refuses %s, naming the field and the window',
    (birthDate) => {
      expect(validateBirthDate({ birthDate, today })).toEqual({
        ok: false,
        reasons: [
          {
            code: 'client.birth_date_out_of_range',
            field: 'birthDate',
            birthDate,
            earliest: '1905-03-12',
            latest: today,
          },
        ],
      });
    },
  );

  it.each(['1905-03-12', '1960-07-01', today])('accepts %s', (birthDate) => {
    expect(validateBirthDate({ birthDate, today })).toEqual({ ok: true });
  });
});
