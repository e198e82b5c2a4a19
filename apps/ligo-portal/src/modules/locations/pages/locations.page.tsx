import type { Location } from '@digipakket/api/contracts';
import {
  CardList,
  createAction,
  createFormValues,
  ErrorSummary,
  LoadedList,
  SubmitButton,
  TextField,
  usePageTitle,
} from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
import { portal, t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { createLocationsQuery } from '../../training/training.queries';
import { saveLocation } from '../../training/training.services';

const FIELDS = ['name', 'street', 'postcode', 'city', 'accessibility', 'directions'] as const;
type Field = (typeof FIELDS)[number];
const LABELS = {
  name: 'locations.form.name',
  street: 'locations.form.street',
  postcode: 'locations.form.postcode',
  city: 'locations.form.city',
  accessibility: 'locations.form.accessibility',
  directions: 'locations.form.directions',
} as const;

/** Where the partner teaches: address, accessibility and how to get there. */
export function LocationsPage() {
  const [locations, { refetch }] = createLocationsQuery();
  const [editing, setEditing] = createSignal<string | undefined>();
  const form = createFormValues<Field>({
    name: '',
    street: '',
    postcode: '',
    city: '',
    accessibility: '',
    directions: '',
  });
  const [attempt, setAttempt] = createSignal(0);
  usePageTitle(() => t('locations.title'));

  const edit = (location: Location) => {
    setEditing(location.id);
    form.set(Object.fromEntries(FIELDS.map((field) => [field, location[field] ?? ''])));
    document.getElementById('location-form-title')?.scrollIntoView();
    document.getElementById('field-name')?.focus();
  };

  const save = createAction({
    run: saveLocation,
    onSuccess: async (_saved, { input }) => {
      portal.status.announce(t('locations.form.saved', { name: input.name }));
      setEditing(undefined);
      form.reset();
      await refetch();
    },
    errorText: (error) => t(ligoErrorKey(error)),
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setAttempt(attempt() + 1);
    const values = form.values();
    if (!values.name.trim()) {
      save.setError(t('locations.form.nameMissing'));
      return;
    }
    const input = Object.fromEntries(FIELDS.map((field) => [field, values[field].trim() || null]));
    await save.run({ locationId: editing(), input: { ...input, name: values.name.trim() } });
  };

  return (
    <>
      <h1>{t('locations.title')}</h1>
      <p class="lead">{t('locations.intro')}</p>
      <LoadedList resource={locations} retry={refetch} emptyTitle={t('locations.empty')}>
        {(list) => (
          <CardList each={list().items} aria-label={t('locations.title')}>
            {(location) => (
              <li class="card">
                <h2 class="card__title">{location.name}</h2>
                <p class="card__meta">
                  {[location.street, [location.postcode, location.city].filter(Boolean).join(' ')]
                    .filter(Boolean)
                    .join(', ')}
                </p>
                <Show when={location.accessibility}>
                  <p>
                    <strong>{t('locations.form.accessibility')}:</strong> {location.accessibility}
                  </p>
                </Show>
                <Show when={location.directions}>
                  <p>
                    <strong>{t('locations.form.directions')}:</strong> {location.directions}
                  </p>
                </Show>
                <div class="card__actions">
                  <button type="button" class="button button--secondary" onClick={() => edit(location)}>
                    {t('locations.edit', { name: location.name })}
                  </button>
                </div>
              </li>
            )}
          </CardList>
        )}
      </LoadedList>
      <form class="form" onSubmit={submit} noValidate aria-labelledby="location-form-title">
        <h2 id="location-form-title">
          {editing() ? t('locations.form.editTitle') : t('locations.form.title')}
        </h2>
        <Show when={save.error()}>
          <ErrorSummary errors={[{ field: 'name', message: save.error()! }]} attempt={attempt()} />
        </Show>
        <For each={[...FIELDS]}>
          {(field) => (
            <TextField
              {...form.field(field)}
              label={t(LABELS[field])}
              optional={field !== 'name'}
              width={field === 'postcode' ? 'short' : 'full'}
            />
          )}
        </For>
        <div class="form__actions">
          <SubmitButton busy={save.busy()} label={t('locations.form.submit')} />
        </div>
      </form>
    </>
  );
}
