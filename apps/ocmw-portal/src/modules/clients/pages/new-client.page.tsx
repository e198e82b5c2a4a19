import { CLIENT_LANGUAGES } from '@digipakket/domain';
import {
  ErrorSummary,
  errorMessageKey,
  fieldErrorKeys,
  isApiError,
  type KitKey,
  SelectField,
  SubmitButton,
  type SummaryError,
  TextField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { A, useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { i18n, t } from '../../../portal';
import { createClient } from '../clients.services';
import {
  CLIENT_FIELDS,
  CLIENT_FORMAT_KEYS,
  CLIENT_MAX_LENGTHS,
  type ClientField,
  type ClientForm,
  emptyClientForm,
  validateClient,
} from '../clients.validation';

function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const LABELS: Record<ClientField, OcmwKey> = {
  fileNumber: 'newClient.fileNumber',
  firstName: 'newClient.firstName',
  lastName: 'newClient.lastName',
  birthDate: 'newClient.birthDate',
  phone: 'newClient.phone',
  email: 'newClient.email',
  preferredLanguage: 'newClient.preferredLanguage',
  street: 'newClient.street',
  postcode: 'newClient.postcode',
  city: 'newClient.city',
};

/**
 * Registers a client. The browser checks first (same rules as the API), the API checks again; either
 * way each refused field says what to fix, and a file number already in use is shown on that field.
 */
export function NewClientPage() {
  const { status } = usePortal();
  const navigate = useNavigate();
  const [form, setForm] = createSignal<ClientForm>(emptyClientForm());
  const [errors, setErrors] = createSignal<Partial<Record<ClientField, KitKey>>>({});
  const [formError, setFormError] = createSignal<{ key: KitKey; requestId?: string | undefined }>();
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);

  usePageTitle(() => t('newClient.title'));

  const refuse = (fieldErrors: Partial<Record<ClientField, KitKey>>) => {
    setErrors(fieldErrors);
    setAttempt((n) => n + 1);
  };

  const summary = (): SummaryError[] => {
    const general = formError();
    const fieldSummaries = CLIENT_FIELDS.flatMap((field) => {
      const key = errors()[field];
      return key
        ? [{ field, message: t('form.fieldError', { field: t(LABELS[field]), message: t(key) }) }]
        : [];
    });
    const generalSummary = general
      ? [
          {
            message: general.requestId
              ? `${t(general.key)} ${t('error.reference', { requestId: general.requestId })}`
              : t(general.key),
          },
        ]
      : [];
    return [...generalSummary, ...fieldSummaries];
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setFormError(undefined);
    const result = validateClient({ form: form(), today: localToday() });
    if (!result.ok) {
      refuse(fieldErrorKeys({ issues: result.issues, formatKeys: CLIENT_FORMAT_KEYS }));
      return;
    }
    setBusy(true);
    try {
      const { client } = await createClient({ client: result.client });
      status.announce(t('clients.created', { name: `${client.firstName} ${client.lastName}` }));
      navigate('/', { state: { q: client.fileNumber } });
    } catch (error) {
      if (isApiError(error) && error.code === 'client.duplicate_file_number') {
        refuse({ fileNumber: 'error.clientDuplicateFileNumber' });
      } else if (isApiError(error) && error.fieldIssues.length > 0) {
        refuse(fieldErrorKeys({ issues: error.fieldIssues, formatKeys: CLIENT_FORMAT_KEYS }));
      } else {
        setFormError({
          key: errorMessageKey(error),
          requestId: isApiError(error) ? error.requestId : undefined,
        });
        refuse({});
      }
    } finally {
      setBusy(false);
    }
  };

  const field = (name: ClientField) => ({
    name,
    label: t(LABELS[name]),
    value: form()[name],
    onValue: (value: string) => setForm((previous) => ({ ...previous, [name]: value })),
    error: errors()[name] ? t(errors()[name]!) : undefined,
  });

  const maxLength = (name: keyof typeof CLIENT_MAX_LENGTHS) => CLIENT_MAX_LENGTHS[name];

  // The language's name in the interface language, then in its own, so a client can point at theirs.
  const languageOptions = () =>
    CLIENT_LANGUAGES.map(({ code, autonym }) => {
      const name = i18n.languageName(code);
      return {
        value: code,
        label: name.toLowerCase() === autonym.toLowerCase() ? name : `${name} – ${autonym}`,
      };
    }).sort((a, b) => a.label.localeCompare(b.label, i18n.locale()));

  return (
    <>
      <h1>{t('newClient.title')}</h1>
      <p class="lead">{t('newClient.intro')}</p>

      <Show when={summary().length > 0}>
        <ErrorSummary errors={summary()} attempt={attempt()} />
      </Show>

      <form class="form" onSubmit={submit} novalidate>
        <fieldset>
          <legend>{t('newClient.section.file')}</legend>
          <TextField
            {...field('fileNumber')}
            hint={t('newClient.fileNumber.hint')}
            autocomplete="off"
            maxLength={maxLength('fileNumber')}
            width="short"
          />
          <div class="form__row">
            <TextField {...field('firstName')} autocomplete="off" maxLength={maxLength('firstName')} />
            <TextField {...field('lastName')} autocomplete="off" maxLength={maxLength('lastName')} />
          </div>
          <TextField {...field('birthDate')} type="date" optional width="short" />
        </fieldset>

        <fieldset>
          <legend>{t('newClient.section.contact')}</legend>
          <SelectField
            {...field('preferredLanguage')}
            hint={t('newClient.preferredLanguage.hint')}
            placeholder={t('newClient.preferredLanguage.choose')}
            options={languageOptions()}
          />
          <TextField
            {...field('phone')}
            hint={t('newClient.phone.hint')}
            type="tel"
            autocomplete="off"
            optional
            maxLength={maxLength('phone')}
            width="medium"
          />
          <TextField
            {...field('email')}
            type="email"
            autocomplete="off"
            optional
            maxLength={maxLength('email')}
          />
        </fieldset>

        <fieldset>
          <legend>{t('newClient.section.address')}</legend>
          <TextField {...field('street')} autocomplete="off" optional maxLength={maxLength('street')} />
          <div class="form__row">
            <TextField {...field('postcode')} inputMode="numeric" autocomplete="off" optional maxLength={4} />
            <TextField {...field('city')} autocomplete="off" optional maxLength={maxLength('city')} />
          </div>
        </fieldset>

        <div class="form__actions">
          <SubmitButton busy={busy()} label={t('newClient.submit')} busyLabel={t('newClient.busy')} />
          <A href="/">{t('newClient.cancel')}</A>
        </div>
      </form>
    </>
  );
}
