import { type Accessor, createSignal } from 'solid-js';

/** What a field takes from its form's values: its name, its value and how to change it. */
export interface BoundField {
  name: string;
  readonly value: string;
  onValue: (value: string) => void;
}

export interface FormValues<Key extends string> {
  /** Every value as it was typed or chosen. */
  values: Accessor<Record<Key, string>>;
  /** Changes the values named, say to fill the form with what was saved. */
  set: (changes: Partial<Record<Key, string>>) => void;
  /** Puts the named values back as they were at the start; all of them when none is named. */
  reset: (...keys: Key[]) => void;
  /**
   * Binds a field to one value: `<TextField {...form.field('name')} label={…} />`. The field's name
   * (and so its id) is the key, between the form's `prefix` and `suffix` when it has them (several
   * copies of one form on a page tell their fields apart by a suffix).
   */
  field: (key: Key) => BoundField;
}

/** The values of one form's fields in one place, each field bound to its own by a key. */
export function createFormValues<Key extends string>(
  initial: Record<Key, string>,
  options: { prefix?: string; suffix?: string } = {},
): FormValues<Key> {
  const [values, setValues] = createSignal<Record<Key, string>>({ ...initial });
  const set = (changes: Partial<Record<Key, string>>) => setValues((current) => ({ ...current, ...changes }));
  const reset = (...keys: Key[]) => {
    const named = keys.length > 0 ? keys : (Object.keys(initial) as Key[]);
    set(Object.fromEntries(named.map((key) => [key, initial[key]])) as Partial<Record<Key, string>>);
  };
  const field = (key: Key): BoundField => ({
    name: `${options.prefix ?? ''}${key}${options.suffix ?? ''}`,
    get value() {
      return values()[key];
    },
    onValue: (value) => set({ [key]: value } as Partial<Record<Key, string>>),
  });
  return { values, set, reset, field };
}
