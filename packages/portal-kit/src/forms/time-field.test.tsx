import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInPortal } from '../session/portal.fixtures';
import { DateField, TimeField } from './time-field.component';

function mount(view: () => import('solid-js').JSX.Element) {
  return mountInPortal(view, { name: 'ligo' }).host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TimeField', () => {
  it('is a labelled time input whose hint and error are read with it', () => {
    const host = mount(() => (
      <TimeField
        name="session-start"
        label="Begint om"
        hint="Bijvoorbeeld 09:30"
        error="Kies een uur."
        value="09:30"
        onValue={() => {}}
      />
    ));
    const input = host.querySelector('input')!;
    expect(input.type).toBe('time');
    expect(input.value).toBe('09:30');
    expect(input.classList.contains('input--short')).toBe(true);
    expect(host.querySelector('label')?.getAttribute('for')).toBe(input.id);
    expect(input.id).toBe('field-session-start');
    expect(input.getAttribute('aria-required')).toBe('true');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('field-session-start-hint field-session-start-error');
  });

  it('hands every change to onValue', () => {
    const [value, setValue] = createSignal('10:00');
    const host = mount(() => <TimeField name="end" label="Eindigt om" value={value()} onValue={setValue} />);
    const input = host.querySelector('input')!;
    input.value = '11:15';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(value()).toBe('11:15');
  });
});

describe('DateField', () => {
  it('asks for a day by default and says when it is optional', () => {
    const host = mount(() => <DateField name="from" label="Van" optional value="" onValue={() => {}} />);
    const input = host.querySelector('input')!;
    expect(input.type).toBe('date');
    expect(input.classList.contains('input--medium')).toBe(true);
    expect(host.querySelector('label')?.textContent).toBe('Van (niet verplicht)');
    expect(input.hasAttribute('aria-required')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('asks for a day and a time, or a month, and can be marked invalid when its error is shown elsewhere', () => {
    const host = mount(() => (
      <>
        <DateField name="pickup" label="Afspraak" kind="datetime-local" invalid value="" onValue={() => {}} />
        <DateField name="month" label="Maand" kind="month" min="2025-01" value="2025-03" onValue={() => {}} />
      </>
    ));
    const [pickup, month] = [...host.querySelectorAll('input')];
    expect(pickup?.type).toBe('datetime-local');
    expect(pickup?.getAttribute('aria-invalid')).toBe('true');
    expect(pickup?.hasAttribute('aria-describedby')).toBe(false);
    expect(month?.type).toBe('month');
    expect(month?.min).toBe('2025-01');
  });
});
