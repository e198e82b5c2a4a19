import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../actions/create-action';
import { createFormErrors } from '../forms/form-errors';
import { FormErrorSummary } from '../forms/form-parts.component';
import { mountInPortal } from '../session/portal.fixtures';
import { CodeForm } from './second-factor.parts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The code form of `field` with its summary, typed into and sent; `sent` holds what reached the API. */
function sendCode(field: 'code' | 'totpCode', typed: string) {
  const sent: string[] = [];
  const [busy] = createSignal(false);
  const confirm: Action<[string]> = {
    run: async (code) => {
      sent.push(code);
      return true;
    },
    busy,
    error: () => undefined,
    setError: () => {},
  };
  const { host } = mountInPortal(() => {
    const problems = createFormErrors();
    return (
      <>
        <FormErrorSummary of={problems} title="Bevestigen is niet gelukt" />
        <CodeForm field={field} confirm={confirm} problems={problems} />
      </>
    );
  });
  const input = host.querySelector('input')!;
  input.value = typed;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  return { host, sent, input };
}

describe('CodeForm', () => {
  it.each([
    ['code', '12345', 'Vul dit veld in.'],
    ['totpCode', '12a456', 'De schrijfwijze klopt niet.'],
    ['totpCode', '1234567', 'De schrijfwijze klopt niet.'],
  ] as const)('%s refuses %j before sending it, in the summary', (field, typed, message) => {
    const { host, sent } = sendCode(field, typed);
    expect(sent).toEqual([]);
    expect(host.querySelector('.error-summary')?.textContent).toContain(message);
  });

  it.each([
    ['code', ' abcd-efgh ', 'abcd-efgh', 'Code uit je app of herstelcode', null],
    ['totpCode', '123456 ', '123456', 'Code uit je app', 'numeric'],
  ] as const)(
    '%s sends a code that passes, trimmed, with no summary',
    (field, typed, code, label, inputMode) => {
      const { host, sent, input } = sendCode(field, typed);
      expect(sent).toEqual([code]);
      expect(host.querySelector('.error-summary')).toBeNull();
      expect(input.id).toBe(`field-${field}`);
      expect(input.getAttribute('autocomplete')).toBe('one-time-code');
      expect(input.getAttribute('inputmode')).toBe(inputMode);
      expect(host.querySelector('label')?.textContent).toBe(label);
    },
  );
});
