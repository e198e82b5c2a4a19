import type { DuplicateList } from '@digipakket/api/contracts';
import { CLIENT_LANGUAGES } from '@digipakket/domain';
import {
  type ClientCreate,
  ErrorSummary,
  errorMessageKey,
  fieldErrorKeys,
  isApiError,
  type KitKey,
  SelectField,
  SubmitButton,
  type SummaryError,
  TextField,
} from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { i18n, t } from '../../../portal';
import { findDuplicates } from '../clients.services';
import {
  CLIENT_FIELDS,
  CLIENT_FORMAT_KEYS,
  CLIENT_MAX_LENGTHS,
  type ClientField,
  type ClientForm,
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
  nationalNumber: 'newClient.nationalNumber',
  phone: 'newClient.phone',
  email: 'newClient.email',
  preferredLanguage: 'newClient.preferredLanguage',
  street: 'newClient.street',
  postcode: 'newClient.postcode',
  city: 'newClient.city',
};

type Candidates = DuplicateList['candidates'];

/**
 * The client form used to add and to change a client. The browser checks first (same rules as the
 * API), then looks for people who may already be registered (same national number, name and birth
 * date, or address) and shows them before saving, with "save anyway"; the API checks again.
 */
export function ClientFormComponent(props: {
  initial: ClientForm;
  initialNeedsInterpreter?: boolean;
  excludeClientId?: string;
  submitLabel: string;
  busyLabel: string;
  cancelHref: string;
  save: (client: ClientCreate) => Promise<void>;
}) {
  const [form, setForm] = createSignal<ClientForm>(props.initial);
  const [needsInterpreter, setNeedsInterpreter] = createSignal(props.initialNeedsInterpreter ?? false);
  const [errors, setErrors] = createSignal<Partial<Record<ClientField, KitKey>>>({});
  const [formError, setFormError] = createSignal<{ key: KitKey | OcmwKey; requestId?: string | undefined }>();
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const [duplicates, setDuplicates] = createSignal<Candidates>([]);
  let duplicatesHeading: HTMLHeadingElement | undefined;

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

  const store = async (client: ClientCreate) => {
    setBusy(true);
    try {
      await props.save({ ...client, needsInterpreter: needsInterpreter() });
    } catch (error) {
      setDuplicates([]);
      if (isApiError(error) && error.code === 'client.duplicate_file_number') {
        refuse({ fileNumber: 'error.clientDuplicateFileNumber' });
      } else if (isApiError(error) && error.code === 'client.duplicate_national_number') {
        setFormError({ key: 'error.clientDuplicateNationalNumber' });
        refuse({});
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

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setFormError(undefined);
    const result = validateClient({ form: form(), today: localToday() });
    if (!result.ok) {
      refuse(fieldErrorKeys({ issues: result.issues, formatKeys: CLIENT_FORMAT_KEYS }));
      return;
    }
    setErrors({});
    setBusy(true);
    let candidates: Candidates = [];
    try {
      ({ candidates } = await findDuplicates({
        check: {
          ...(props.excludeClientId ? { excludeClientId: props.excludeClientId } : {}),
          ...(result.client.nationalNumber ? { nationalNumber: result.client.nationalNumber } : {}),
          firstName: result.client.firstName,
          lastName: result.client.lastName,
          ...(result.client.birthDate ? { birthDate: result.client.birthDate } : {}),
          ...(result.client.street ? { street: result.client.street } : {}),
          ...(result.client.postcode ? { postcode: result.client.postcode } : {}),
        },
      }));
    } catch {
      candidates = [];
    } finally {
      setBusy(false);
    }
    if (candidates.length > 0) {
      setDuplicates(candidates);
      queueMicrotask(() => duplicatesHeading?.focus());
      return;
    }
    await store(result.client);
  };

  const saveAnyway = async () => {
    const result = validateClient({ form: form(), today: localToday() });
    if (result.ok) await store(result.client);
  };

  const field = (name: ClientField) => ({
    name,
    label: t(LABELS[name]),
    value: form()[name],
    onValue: (value: string) => setForm((previous) => ({ ...previous, [name]: value })),
    error: errors()[name] ? t(errors()[name]!) : undefined,
  });

  const maxLength = (name: keyof typeof CLIENT_MAX_LENGTHS) => CLIENT_MAX_LENGTHS[name];

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
      <Show when={summary().length > 0}>
        <ErrorSummary errors={summary()} attempt={attempt()} />
      </Show>

      <Show when={duplicates().length > 0}>
        <section class="notice notice--warning duplicates" aria-labelledby="duplicates-title">
          <h2 id="duplicates-title" tabindex="-1" ref={duplicatesHeading}>
            {t('duplicates.title')}
          </h2>
          <p>{t('duplicates.text')}</p>
          <ul>
            <For each={duplicates()}>
              {(candidate) => (
                <li>
                  <A href={`/clients/${candidate.id}`}>
                    {candidate.firstName} {candidate.lastName} ({candidate.fileNumber})
                  </A>{' '}
                  — {candidate.matches.map((match) => t(`duplicates.match.${match}` as OcmwKey)).join(', ')}
                </li>
              )}
            </For>
          </ul>
          <div class="button-row">
            <button type="button" class="button button--primary" disabled={busy()} onClick={saveAnyway}>
              {t('duplicates.saveAnyway')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setDuplicates([])}>
              {t('duplicates.back')}
            </button>
          </div>
        </section>
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
          <TextField
            {...field('nationalNumber')}
            hint={t('newClient.nationalNumber.hint')}
            autocomplete="off"
            optional
            maxLength={20}
            width="medium"
          />
        </fieldset>

        <fieldset>
          <legend>{t('newClient.section.contact')}</legend>
          <SelectField
            {...field('preferredLanguage')}
            hint={t('newClient.preferredLanguage.hint')}
            placeholder={t('newClient.preferredLanguage.choose')}
            options={languageOptions()}
          />
          <div class="field">
            <label class="choice">
              <input
                type="checkbox"
                name="needsInterpreter"
                aria-describedby="needsInterpreter-hint"
                checked={needsInterpreter()}
                onChange={(event) => setNeedsInterpreter(event.currentTarget.checked)}
              />
              {t('newClient.needsInterpreter')}
            </label>
            <p class="field__hint" id="needsInterpreter-hint">
              {t('newClient.needsInterpreter.hint')}
            </p>
          </div>
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
          <SubmitButton busy={busy()} label={props.submitLabel} busyLabel={props.busyLabel} />
          <A href={props.cancelHref}>{t('newClient.cancel')}</A>
        </div>
      </form>
    </>
  );
}
