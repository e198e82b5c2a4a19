import { createSignal, type JSX } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInPortal } from '../session/portal.fixtures';
import { FileField } from './file-field.component';
import { ErrorSummary } from './form-parts.component';
import { SelectField, TextAreaField, TextField } from './text-field.component';
import { DateField } from './time-field.component';

afterEach(() => {
  document.body.innerHTML = '';
});

const frame = { name: 'postcode', label: 'Postcode', hint: '4 cijfers', error: 'Vul dit veld in.' };

describe('every field', () => {
  it.each<[string, string, () => JSX.Element]>([
    ['TextField', 'input', () => <TextField {...frame} value="" onValue={() => {}} />],
    ['TextAreaField', 'textarea', () => <TextAreaField {...frame} rows={3} value="" onValue={() => {}} />],
    ['SelectField', 'select', () => <SelectField {...frame} value="" onValue={() => {}} options={[]} />],
    ['DateField', 'input', () => <DateField {...frame} value="" onValue={() => {}} />],
    ['FileField', 'input', () => <FileField {...frame} accept=".csv" onFile={() => {}} />],
  ])('%s ties its label, hint and error to its control and marks it invalid', (_name, tag, view) => {
    const { host } = mountInPortal(view);
    const control = host.querySelector(tag)!;
    expect(control.id).toBe('field-postcode');
    expect(host.querySelector('label')?.getAttribute('for')).toBe('field-postcode');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(control.getAttribute('aria-describedby')).toBe('field-postcode-hint field-postcode-error');
    expect(host.querySelector('#field-postcode-error')?.textContent).toBe('Vul dit veld in.');
  });
});

describe('TextField', () => {
  it('says a field is optional in words, and is not invalid without an error', () => {
    const { host } = mountInPortal(() => (
      <TextField name="email" label="E-mail" optional value="" onValue={() => {}} />
    ));
    expect(host.querySelector('label')?.textContent).toBe('E-mail (niet verplicht)');
    expect(host.querySelector('input')?.hasAttribute('aria-invalid')).toBe(false);
    expect(host.querySelector('input')?.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('TextAreaField', () => {
  it('hands on each change and shows what it is given under the box', () => {
    const [value, setValue] = createSignal('');
    const { host } = mountInPortal(() => (
      <TextAreaField
        name="serials"
        label="Serienummers"
        required={false}
        class="serials"
        rows={10}
        value={value()}
        onValue={setValue}
      >
        <p class="result-count">{value().split('\n').filter(Boolean).length}</p>
      </TextAreaField>
    ));
    const box = host.querySelector('textarea')!;
    expect(box.className).toBe('input serials');
    expect(box.getAttribute('rows')).toBe('10');
    expect(box.hasAttribute('aria-required')).toBe(false);
    box.value = 'A1\nA2';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    expect(value()).toBe('A1\nA2');
    expect(host.querySelector('.field > .result-count')?.textContent).toBe('2');
  });
});

describe('FileField', () => {
  it('offers the kinds of file it takes and hands on the chosen one', () => {
    const chosen: (File | undefined)[] = [];
    const { host } = mountInPortal(() => (
      <FileField name="logo" label="Logo" accept="image/png" onFile={(file) => chosen.push(file)} />
    ));
    const input = host.querySelector('input')!;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('image/png');
    expect(input.hasAttribute('aria-required')).toBe(false);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(chosen).toEqual([undefined]);
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
