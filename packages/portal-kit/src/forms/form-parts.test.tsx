import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { kitEn } from '../i18n/kit.dictionary.en';
import { kitFr } from '../i18n/kit.dictionary.fr';
import { kitNl } from '../i18n/kit.dictionary.nl';
import { createPortal, PortalProvider } from '../session/portal-context';
import { ErrorSummary } from './form-parts.component';
import { TextField } from './text-field.component';

function mount(view: () => import('solid-js').JSX.Element) {
  const portal = createPortal({
    name: 'ocmw',
    i18n: createI18n({ dictionaries: { nl: kitNl, en: kitEn, fr: kitFr } }),
    fetch: async () => new Response(null, { status: 401 }),
  });
  const host = document.createElement('div');
  document.body.append(host);
  const dispose = render(() => <PortalProvider value={portal}>{view()}</PortalProvider>, host);
  return { host, dispose };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TextField', () => {
  it('ties its hint and error to the input and marks it invalid', () => {
    const { host } = mount(() => (
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
    const { host } = mount(() => (
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
    const { host } = mount(() => (
      <ErrorSummary attempt={attempt()} errors={[{ field: 'firstName', message: 'Vul de voornaam in.' }]} />
    ));
    const summary = host.querySelector('.error-summary') as HTMLElement;
    expect(document.activeElement).not.toBe(summary);
    setAttempt(1);
    expect(document.activeElement).toBe(summary);
    expect(host.querySelector('a')?.getAttribute('href')).toBe('#field-firstName');
  });
});
