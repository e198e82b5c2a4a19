import { describe, expect, it } from 'vitest';
import { createFormErrors } from './form-errors';

describe('createFormErrors', () => {
  it('keeps what a check found, counts every check and finds the message about a field', () => {
    const form = createFormErrors();
    expect(
      form.check([{ field: 'email', message: 'Geen geldig adres.' }, { message: 'Probeer opnieuw.' }]),
    ).toBe(false);
    expect(form.attempt()).toBe(1);
    expect(form.of('email')).toBe('Geen geldig adres.');
    expect(form.of('name')).toBeUndefined();
    expect(form.check([])).toBe(true);
    expect(form.errors()).toEqual([]);
    expect(form.attempt()).toBe(2);
  });
});
