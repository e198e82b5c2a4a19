import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInPortal } from '../session/portal.fixtures';
import { ErrorSummary } from './form-parts.component';
import { TextField } from './text-field.component';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TextField', () => {
  it('ties its hint and error to the input and marks it invalid', () => {
    const { host } = mountInPortal(() => (
      <TextField
        name="postcode"
        label="Postcode"
        hint="4 cijfers"
        error="Vul dit veld in."
        value=""
        onValue={() => {}}
      />
    ));
    const input = host.querySelector('input')!;
    expect(input.id).toBe('field-postcode');
    expect(host.querySelector('label')?.getAttribute('for')).toBe('field-postcode');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('field-postcode-hint field-postcode-error');
    expect(host.querySelector('#field-postcode-error')?.textContent).toBe('Vul dit veld in.');
  });

  it('says a field is optional in words, and is not invalid without an error', () => {
    const { host } = mountInPortal(() => (
      <TextField name="email" label="E-mail" optional value="" onValue={() => {}} />
    ));
    expect(host.querySelector('label')?.textContent).toBe('E-mail (niet verplicht)');
    expect(host.querySelector('input')?.hasAttribute('aria-invalid')).toBe(false);
    expect(host.querySelector('input')?.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('ErrorSummary', () => {
  it('takes the focus on every refused attempt and links to the fields', () => {
    const [attempt, setAttempt] = createSignal(0);
    const { host } = mountInPortal(() => (
      <ErrorSummary attempt={attempt()} errors={[{ field: 'firstName', message: 'Vul de voornaam in.' }]} />
    ));
    const summary = host.querySelector('.error-summary') as HTMLElement;
    expect(document.activeElement).not.toBe(summary);
    setAttempt(1);
    expect(document.activeElement).toBe(summary);
    expect(host.querySelector('a')?.getAttribute('href')).toBe('#field-firstName');
  });
});
