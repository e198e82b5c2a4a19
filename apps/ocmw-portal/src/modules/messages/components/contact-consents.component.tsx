import type { ClientContact } from '@digipakket/api/contracts';
import { MESSAGE_CHANNELS, type MessageChannel } from '@digipakket/domain';
import {
  createAction,
  createFormValues,
  ErrorNotice,
  Loaded,
  RadioGroup,
  TextField,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { Section } from '../../clients/components/track-parts.component';
import { errorText, formatDay } from '../../shared/error-text';
import { createClientContactQuery } from '../messages.queries';
import { saveClientContact } from '../messages.services';

type Answer = 'yes' | 'no' | 'unasked';

/** The phone and e-mail address, each optional: their field and its input type and length. */
const CONTACT_FIELDS = [
  { name: 'phone', type: 'tel', maxLength: 32 },
  { name: 'email', type: 'email', maxLength: 254 },
] as const;

const channelName = (channel: MessageChannel) => t(`message.channel.${channel}` as OcmwKey);

function answerOf(contact: ClientContact, channel: MessageChannel): Answer {
  const consent = contact.consents[channel];
  if (!consent) return 'unasked';
  return consent.consented ? 'yes' : 'no';
}

/**
 * The client's phone number, e-mail address and consent per channel (SMS, e-mail, letter) with the
 * preferred channel, as the social worker records them with the client. Refusing a channel stops its
 * waiting messages at once (the API withdraws them); the line below says where messages go now.
 */
function ContactForm(props: { clientId: string; contact: ClientContact; onSaved: () => void }) {
  const { status } = usePortal();
  const form = createFormValues(
    { phone: props.contact.phone ?? '', email: props.contact.email ?? '' },
    { prefix: 'contact-' },
  );
  const [answers, setAnswers] = createSignal<Record<MessageChannel, Answer>>({
    sms: answerOf(props.contact, 'sms'),
    email: answerOf(props.contact, 'email'),
    letter: answerOf(props.contact, 'letter'),
  });
  const [preferred, setPreferred] = createSignal<MessageChannel | ''>(props.contact.preferredChannel ?? '');
  const saving = createAction({
    run: async () => {
      const consents: Partial<Record<MessageChannel, boolean>> = {};
      for (const channel of MESSAGE_CHANNELS) {
        const answer = answers()[channel];
        if (answer !== 'unasked' && answer !== answerOf(props.contact, channel))
          consents[channel] = answer === 'yes';
      }
      await saveClientContact({
        clientId: props.clientId,
        update: {
          phone: form.values().phone.trim() || null,
          email: form.values().email.trim() || null,
          consents,
          preferredChannel: preferred() || null,
        },
      });
    },
    onSuccess: () => {
      status.announce(t('contact.saved'));
      props.onSaved();
    },
    errorText,
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving.busy()) return;
    const phone = form.values().phone.trim();
    if (phone && !/^\+?[0-9 ()./-]{6,32}$/.test(phone)) {
      saving.setError(t('contact.phoneInvalid'));
      return;
    }
    await saving.run();
  };

  return (
    <form class="stack" onSubmit={submit} noValidate data-testid="contact-form">
      <p>{t('contact.intro')}</p>
      <For each={CONTACT_FIELDS}>
        {(field) => (
          <TextField
            {...form.field(field.name)}
            label={t(`contact.${field.name}`)}
            type={field.type}
            autocomplete="off"
            maxLength={field.maxLength}
            optional
          />
        )}
      </For>
      <For each={MESSAGE_CHANNELS}>
        {(channel) => (
          <fieldset class="stack">
            <legend>{t('contact.consentLegend', { channel: channelName(channel) })}</legend>
            <For each={['yes', 'no', 'unasked'] as const}>
              {(answer) => (
                <Show when={answer !== 'unasked' || !props.contact.consents[channel]}>
                  <label class="choice">
                    <input
                      type="radio"
                      name={`consent-${channel}`}
                      value={answer}
                      checked={answers()[channel] === answer}
                      onChange={() => setAnswers((current) => ({ ...current, [channel]: answer }))}
                    />{' '}
                    {t(`contact.consent.${answer}`)}
                  </label>
                </Show>
              )}
            </For>
            <Show when={props.contact.consents[channel]}>
              {(consent) => (
                <p class="muted">
                  {t('contact.recorded', {
                    date: formatDay(consent().recordedAt),
                    name: consent().recordedByName ?? '—',
                  })}
                </p>
              )}
            </Show>
          </fieldset>
        )}
      </For>
      <RadioGroup
        class="stack"
        legend={t('contact.preferredLegend')}
        name="preferred-channel"
        options={['', ...MESSAGE_CHANNELS] as const}
        label={(channel) => (channel ? channelName(channel) : t('contact.preferred.none'))}
        value={preferred()}
        onValue={setPreferred}
      />
      <p data-testid="contact-effective">
        {props.contact.effectiveChannel
          ? t('contact.effective', { channel: channelName(props.contact.effectiveChannel) })
          : t('contact.effective.none')}
      </p>
      <ErrorNotice error={saving.error()} />
      <button type="submit" class="button button--secondary" disabled={saving.busy()}>
        {t('contact.save')}
      </button>
    </form>
  );
}

/** The contact and consent card of the client page. */
export function ContactConsentsCard(props: { clientId: string; onSaved: () => void }) {
  const [contact, { refetch }] = createClientContactQuery(() => props.clientId);
  return (
    <Section id="track-contact" title={t('contact.title')}>
      <Loaded resource={contact} retry={refetch}>
        {(data) => (
          <ContactForm
            clientId={props.clientId}
            contact={data().contact}
            onSaved={() => {
              refetch();
              props.onSaved();
            }}
          />
        )}
      </Loaded>
    </Section>
  );
}
