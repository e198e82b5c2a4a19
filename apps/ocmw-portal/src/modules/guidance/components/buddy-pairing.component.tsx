import type { BuddyPairing } from '@digipakket/api/contracts';
import { addMonths, toCalendarDate } from '@digipakket/domain';
import {
  createFormValues,
  DateField,
  ErrorNotice,
  Loaded,
  SelectField,
  TextField,
} from '@digipakket/portal-kit';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { t } from '../../../portal';
import { Facts, Section, useTrackAction } from '../../clients/components/track-parts.component';
import { formatDay } from '../../shared/error-text';
import { createBuddyPairingsQuery } from '../guidance.queries';
import { endBuddyPairing, pairWithBuddy, recordBuddyMeeting } from '../guidance.services';
import { BusySubmit, OpenedBy } from './guidance-parts.component';

const today = () => toCalendarDate({ instant: new Date() });
const inSixMonths = () => toCalendarDate({ instant: addMonths({ instant: new Date(), months: 6 }) });

function PairForm(props: { clientId: string; onPaired: () => void }) {
  const change = useTrackAction(props.onPaired);
  const form = createFormValues(
    { name: '', phone: '', email: '', frequency: 'weekly', start: today(), 'agreed-end': inSixMonths() },
    { prefix: 'buddy-' },
  );
  const [missing, setMissing] = createSignal<string>();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const values = form.values();
    const [name, phone, email] = [values.name.trim(), values.phone.trim(), values.email.trim()];
    if (name === '' || (phone === '' && email === '')) {
      setMissing(t('buddy.pair.missing'));
      return;
    }
    setMissing(undefined);
    void change.run(
      () =>
        pairWithBuddy({
          clientId: props.clientId,
          pairing: {
            buddyName: name,
            ...(phone ? { buddyPhone: phone } : {}),
            ...(email ? { buddyEmail: email } : {}),
            frequency: values.frequency === 'fortnightly' ? 'fortnightly' : 'weekly',
            startedOn: values.start,
            agreedEndOn: values['agreed-end'],
          },
        }),
      t('buddy.pair.done'),
    );
  };

  return (
    <form class="buddy-form" onSubmit={submit} aria-labelledby="buddy-pair-title">
      <h3 id="buddy-pair-title">{t('buddy.pair.title')}</h3>
      <TextField {...form.field('name')} label={t('buddy.name')} maxLength={200} />
      <TextField {...form.field('phone')} label={t('buddy.phone')} type="tel" optional width="medium" />
      <TextField
        {...form.field('email')}
        label={t('buddy.email')}
        type="email"
        optional
        hint={t('buddy.contactHint')}
      />
      <SelectField
        {...form.field('frequency')}
        label={t('buddy.frequency')}
        options={[
          { value: 'weekly', label: t('buddy.frequency.weekly') },
          { value: 'fortnightly', label: t('buddy.frequency.fortnightly') },
        ]}
      />
      <DateField {...form.field('start')} label={t('buddy.startedOn')} />
      <DateField {...form.field('agreed-end')} label={t('buddy.agreedEndOn')} />
      <ErrorNotice error={missing() ?? change.error()} />
      <BusySubmit busy={change.busy()} primary>
        {t('buddy.pair.submit')}
      </BusySubmit>
    </form>
  );
}

function ActivePairing(props: { clientId: string; pairing: BuddyPairing; onChanged: () => void }) {
  const meetingChange = useTrackAction(props.onChanged);
  const endChange = useTrackAction(props.onChanged);
  const form = createFormValues(
    { 'met-on': today(), 'meeting-note': '', 'ended-on': today() },
    { prefix: 'buddy-' },
  );
  const [ending, setEnding] = createSignal(false);
  const [noteMissing, setNoteMissing] = createSignal<string>();

  const logMeeting = async (event: SubmitEvent) => {
    event.preventDefault();
    const note = form.values()['meeting-note'].trim();
    if (note === '') {
      setNoteMissing(t('buddy.meeting.noteMissing'));
      return;
    }
    setNoteMissing(undefined);
    const done = await meetingChange.run(
      () =>
        recordBuddyMeeting({
          clientId: props.clientId,
          pairingId: props.pairing.id,
          meeting: { metOn: form.values()['met-on'], note },
        }),
      t('buddy.meeting.done'),
    );
    if (done) form.reset('meeting-note');
  };

  const end = (event: SubmitEvent) => {
    event.preventDefault();
    void endChange.run(
      () =>
        endBuddyPairing({
          clientId: props.clientId,
          pairingId: props.pairing.id,
          endedOn: form.values()['ended-on'],
        }),
      t('buddy.end.done'),
    );
  };

  return (
    <>
      <form class="buddy-form" onSubmit={logMeeting} aria-labelledby="buddy-meeting-title">
        <h3 id="buddy-meeting-title">{t('buddy.meeting.title')}</h3>
        <DateField {...form.field('met-on')} label={t('buddy.meeting.date')} />
        <TextField {...form.field('meeting-note')} label={t('buddy.meeting.note')} maxLength={1000} />
        <ErrorNotice error={noteMissing() ?? meetingChange.error()} />
        <BusySubmit busy={meetingChange.busy()}>{t('buddy.meeting.submit')}</BusySubmit>
      </form>
      <OpenedBy open={ending()} onOpen={() => setEnding(true)} label={t('buddy.end.open')}>
        <form class="inline-form" onSubmit={end}>
          <DateField {...form.field('ended-on')} label={t('buddy.end.date')} />
          <BusySubmit busy={endChange.busy()} primary>
            {t('buddy.end.submit')}
          </BusySubmit>
          <button type="button" class="button button--secondary" onClick={() => setEnding(false)}>
            {t('buddy.end.keep')}
          </button>
        </form>
        <ErrorNotice error={endChange.error()} />
      </OpenedBy>
    </>
  );
}

function PairingFacts(props: { pairing: BuddyPairing }) {
  return (
    <Facts
      items={[
        [t('buddy.name'), props.pairing.buddyName],
        [
          t('buddy.contact'),
          [props.pairing.buddyPhone, props.pairing.buddyEmail].filter(Boolean).join(' · ') || '—',
        ],
        [t('buddy.frequency'), t(`buddy.frequency.${props.pairing.frequency}`)],
        [t('buddy.startedOn'), formatDay(props.pairing.startedOn)],
        [t('buddy.agreedEndOn'), formatDay(props.pairing.agreedEndOn) || '—'],
        ...(props.pairing.endedOn
          ? [[t('buddy.endedOn'), formatDay(props.pairing.endedOn)] as [string, JSX.Element]]
          : []),
      ]}
    />
  );
}

function Meetings(props: { pairing: BuddyPairing }) {
  return (
    <Show when={props.pairing.meetings.length > 0} fallback={<p>{t('buddy.meetings.none')}</p>}>
      <ul class="plain-list" aria-label={t('buddy.meetings.title', { name: props.pairing.buddyName })}>
        <For each={props.pairing.meetings}>
          {(meeting) => (
            <li>
              <strong>{formatDay(meeting.metOn)}</strong> — {meeting.note}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/**
 * The Digibuddy track of the client page: the active pairing with its meetings, a meeting to log
 * and its end, or a form to pair the client when the programme offers a buddy. Loads on its own,
 * as an audited read of the client's guidance.
 */
export function BuddyPairingCard(props: { clientId: string; onChanged: () => void }) {
  const [list, { refetch }] = createBuddyPairingsQuery(() => props.clientId);
  const changed = () => {
    refetch();
    props.onChanged();
  };
  const active = () => list()?.pairings.find((pairing) => pairing.status === 'active');
  const ended = () => list()?.pairings.filter((pairing) => pairing.status === 'ended') ?? [];
  // Most programmes offer no buddy: the card only appears where one is offered or was ever paired.
  const relevant = () =>
    list.state === 'errored' || (list.state === 'ready' && (list().offered || list().pairings.length > 0));
  return (
    <Show when={relevant()}>
      <Section id="track-buddy" title={t('buddy.title')}>
        <Loaded resource={list} retry={refetch}>
          {(data) => (
            <>
              <Show when={active()}>
                {(pairing) => (
                  <>
                    <p data-testid="buddy-status">{t('buddy.active')}</p>
                    <PairingFacts pairing={pairing()} />
                    <Meetings pairing={pairing()} />
                    <ActivePairing clientId={props.clientId} pairing={pairing()} onChanged={changed} />
                  </>
                )}
              </Show>
              <Show when={!active()}>
                <Show
                  when={data().offered}
                  fallback={<p data-testid="buddy-status">{t('buddy.noneActive')}</p>}
                >
                  <p data-testid="buddy-status">{t('buddy.noneActive')}</p>
                  <PairForm clientId={props.clientId} onPaired={changed} />
                </Show>
              </Show>
              <Show when={ended().length > 0}>
                <h3>{t('buddy.history')}</h3>
                <For each={ended()}>
                  {(pairing) => (
                    <div class="buddy-ended">
                      <PairingFacts pairing={pairing} />
                      <Meetings pairing={pairing} />
                    </div>
                  )}
                </For>
              </Show>
            </>
          )}
        </Loaded>
      </Section>
    </Show>
  );
}
