import { afterEach, describe, expect, it } from 'vitest';
import { mountInPortal } from '../session/portal.fixtures';
import { createFormValues } from './form-values';
import { TextField } from './text-field.component';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createFormValues', () => {
  it('binds a field to its value by key, under the form prefix', () => {
    const form = createFormValues({ name: '', seats: '12' }, { prefix: 'wave-' });
    const { host } = mountInPortal(() => (
      <>
        <TextField {...form.field('name')} label="Naam" />
        <TextField {...form.field('seats')} label="Plaatsen" />
      </>
    ));
    const [name, seats] = [...host.querySelectorAll('input')];
    expect(name?.id).toBe('field-wave-name');
    expect(seats?.value).toBe('12');
    name!.value = 'Golf 3';
    name!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(form.values()).toEqual({ name: 'Golf 3', seats: '12' });
    form.set({ seats: '8' });
    expect(seats?.value).toBe('8');
  });

  it('names the fields between the prefix and the suffix, so copies of one form stay apart', () => {
    const form = createFormValues({ date: '2026-03-02' }, { prefix: 'move-', suffix: '-ses_1' });
    expect(form.field('date').name).toBe('move-date-ses_1');
  });

  it('puts the named values back as they were, or all of them', () => {
    const form = createFormValues({ name: '', seats: '12' });
    form.set({ name: 'Golf 3', seats: '8' });
    form.reset('name');
    expect(form.values()).toEqual({ name: '', seats: '8' });
    form.set({ name: 'Golf 4' });
    form.reset();
    expect(form.values()).toEqual({ name: '', seats: '12' });
    expect(form.field('name').name).toBe('name');
  });
});
