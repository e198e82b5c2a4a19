import type { GroupSession } from '@digipakket/api/contracts';
import {
  Badge,
  createAction,
  createFormValues,
  DateField,
  PartnerMessages,
  TimeField,
} from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { portal, t } from '../../../portal';
import { createLocationsQuery } from '../../training/training.queries';
import { fetchSessionMessages, updateSession } from '../../training/training.services';
import { announceError } from '../groups.errors';
import { longDay } from '../groups.format';

/** One session of the group: to its attendance, moved to another day, time or place, or cancelled. */
export function SessionRow(props: { session: GroupSession; onChanged: () => void }) {
  const [editing, setEditing] = createSignal(false);
  const form = createFormValues(
    {
      date: props.session.date,
      start: props.session.startTime,
      end: props.session.endTime,
      location: props.session.locationId ?? '',
    },
    { suffix: `-${props.session.id}` },
  );
  const locationId = () => form.values().location;
  const [locations] = createLocationsQuery(editing);
  const change = createAction({
    run: (patch: Parameters<typeof updateSession>[0]['patch']) =>
      updateSession({ sessionId: props.session.id, patch }),
    onSuccess: () => {
      setEditing(false);
      portal.status.announce(t('group.session.changed'));
      props.onChanged();
    },
    onError: announceError,
  });
  const id = props.session.id;
  return (
    <li class="session-row">
      <div>
        <strong>{longDay(props.session.date)}</strong>{' '}
        {t('sessions.time', { start: props.session.startTime, end: props.session.endTime })}
        <Show when={props.session.locationName}>{(name) => <> · {name()}</>}</Show>
        <Show when={props.session.cancelled}>
          {' '}
          <Badge tone="danger">{t('group.session.cancelled')}</Badge>
        </Show>
      </div>
      <div class="session-row__actions">
        <A class="button button--secondary" href={`/sessions/${id}`}>
          {t('group.session.attendance')}
        </A>
        <button
          type="button"
          class="button button--secondary"
          aria-expanded={editing()}
          onClick={() => setEditing(!editing())}
        >
          {t('group.session.move')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => change.run({ cancelled: !props.session.cancelled })}
        >
          {props.session.cancelled ? t('group.session.restore') : t('group.session.cancel')}
        </button>
      </div>
      <Show when={editing()}>
        <form
          class="form__row"
          onSubmit={(event) => {
            event.preventDefault();
            const values = form.values();
            change.run({
              date: values.date,
              startTime: values.start,
              endTime: values.end,
              locationId: values.location || null,
            });
          }}
        >
          <DateField {...form.field('date')} label={t('group.session.date')} required={false} />
          <TimeField {...form.field('start')} label={t('group.plan.start')} required={false} />
          <TimeField {...form.field('end')} label={t('group.plan.end')} required={false} />
          <div class="field">
            <label class="field__label" for={`location-${id}`}>
              {t('group.session.location')}
            </label>
            <select
              id={`location-${id}`}
              class="input input--medium"
              value={locationId()}
              onChange={(e) => form.set({ location: e.currentTarget.value })}
            >
              <option value="">{t('group.session.groupLocation')}</option>
              <For each={locations()?.items ?? []}>
                {(location) => (
                  <option value={location.id} selected={location.id === locationId()}>
                    {location.name}
                  </option>
                )}
              </For>
            </select>
          </div>
          <button type="submit" class="button button--primary">
            {t('group.session.save')}
          </button>
        </form>
      </Show>
      <PartnerMessages load={() => fetchSessionMessages({ sessionId: props.session.id })} />
    </li>
  );
}
