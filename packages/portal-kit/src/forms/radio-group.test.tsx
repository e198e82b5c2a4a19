import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInPortal } from '../session/portal.fixtures';
import { RadioGroup } from './radio-group.component';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('RadioGroup', () => {
  it('checks the current answer under its legend and reports the one picked', () => {
    const [value, setValue] = createSignal<'sms' | 'email'>('sms');
    const { host } = mountInPortal(() => (
      <RadioGroup
        legend="Voorkeurkanaal"
        name="preferred-channel"
        options={['sms', 'email'] as const}
        label={(option) => option.toUpperCase()}
        value={value()}
        onValue={setValue}
      />
    ));
    expect(host.querySelector('legend')?.textContent).toBe('Voorkeurkanaal');
    const radios = [...host.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => [radio.name, radio.value, radio.checked])).toEqual([
      ['preferred-channel', 'sms', true],
      ['preferred-channel', 'email', false],
    ]);
    expect(radios[1]!.closest('label')?.textContent?.trim()).toBe('EMAIL');

    radios[1]!.click();
    expect(value()).toBe('email');
    expect(radios[1]!.checked).toBe(true);
  });

  it('keeps the legend for screen readers only when asked', () => {
    const { host } = mountInPortal(() => (
      <RadioGroup
        legend="Beslissing voor Anna"
        legendHidden
        name="decision"
        options={['yes', 'no'] as const}
        label={(option) => option}
        value="yes"
        onValue={() => {}}
      />
    ));
    expect(host.querySelector('legend')?.className).toBe('visually-hidden');
  });
});
