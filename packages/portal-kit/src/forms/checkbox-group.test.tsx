import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInPortal } from '../session/portal.fixtures';
import { CheckboxGroup } from './checkbox-group.component';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CheckboxGroup', () => {
  it('checks the chosen answers under its legend and adds or drops the one clicked', () => {
    const [value, setValue] = createSignal<number[]>([2]);
    const { host } = mountInPortal(() => (
      <CheckboxGroup
        legend="Weekdagen"
        options={[1, 2, 3]}
        label={(day) => `dag ${day}`}
        value={value()}
        onValue={setValue}
      />
    ));
    expect(host.querySelector('legend')?.textContent).toBe('Weekdagen');
    const boxes = [...host.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((box) => [box.closest('label')?.textContent, box.checked])).toEqual([
      ['dag 1', false],
      ['dag 2', true],
      ['dag 3', false],
    ]);

    boxes[2]!.click();
    expect(value()).toEqual([2, 3]);
    boxes[1]!.click();
    expect(value()).toEqual([3]);
  });
});
