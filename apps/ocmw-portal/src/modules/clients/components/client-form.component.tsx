import type { DuplicateList } from '@digipakket/api/contracts';
import { CLIENT_LANGUAGES } from '@digipakket/domain';
import {
  type ClientCreate,
  createAction,
  DateField,
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

/** People who may already be registered, shown before saving, with "save anyway". */
function DuplicatesNotice(props: {
  duplicates: Candidates;
  busy: boolean;
  headingRef: (element: HTMLHeadingElement) => void;
  onSaveAnyway: () => void;
  onBack: () => void;
}) {
  return (
    <section class="notice notice--warning duplicates" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" tabindex="-1" ref={props.headingRef}>
        {t('duplicates.title')}
      </h2>
      <p>{t('duplicates.text')}</p>
      <ul>
        <For each={props.duplicates}>
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
        <button
          type="button"
          class="button button--primary"
          disabled={props.busy}
          onClick={props.onSaveAnyway}
        >
          {t('duplicates.saveAnyway')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {t('duplicates.back')}
        </button>
      </div>
    </section>
  );
}

type FieldProps = {
  name: ClientField;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
};

const maxLength = (name: keyof typeof CLIENT_MAX_LENGTHS) => CLIENT_MAX_LENGTHS[name];

/** The client's file, contact and address fields. */
function ClientFieldsets(props: {
  field: (name: ClientField) => FieldProps;
  needsInterpreter: boolean;
  onNeedsInterpreter: (value: boolean) => void;
}) {
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
      <fieldset>
        <legend>{t('newClient.section.file')}</legend>
        <TextField
          {...props.field('fileNumber')}
          hint={t('newClient.fileNumber.hint')}
          autocomplete="off"
          maxLength={maxLength('fileNumber')}
          width="short"
        />
        <div class="form__row">
          <TextField {...props.field('firstName')} autocomplete="off" maxLength={maxLength('firstName')} />
          <TextField {...props.field('lastName')} autocomplete="off" maxLength={maxLength('lastName')} />
        </div>
        <DateField {...props.field('birthDate')} optional width="short" />
        <TextField
          {...props.field('nationalNumber')}
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
          {...props.field('preferredLanguage')}
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
              checked={props.needsInterpreter}
              onChange={(event) => props.onNeedsInterpreter(event.currentTarget.checked)}
            />
            {t('newClient.needsInterpreter')}
          </label>
          <p class="field__hint" id="needsInterpreter-hint">
            {t('newClient.needsInterpreter.hint')}
          </p>
        </div>
        <TextField
          {...props.field('phone')}
          hint={t('newClient.phone.hint')}
          type="tel"
          autocomplete="off"
          optional
          maxLength={maxLength('phone')}
          width="medium"
        />
        <TextField
          {...props.field('email')}
          type="email"
          autocomplete="off"
          optional
          maxLength={maxLength('email')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('newClient.section.address')}</legend>
        <TextField {...props.field('street')} autocomplete="off" optional maxLength={maxLength('street')} />
        <div class="form__row">
          <TextField
            {...props.field('postcode')}
            inputMode="numeric"
            autocomplete="off"
            optional
            maxLength={4}
          />
          <TextField {...props.field('city')} autocomplete="off" optional maxLength={maxLength('city')} />
        </div>
      </fieldset>
    </>
  );
}

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

  const lookUpDuplicates = (client: ClientCreate): Promise<Candidates> =>
    findDuplicates({
      check: {
        ...(props.excludeClientId ? { excludeClientId: props.excludeClientId } : {}),
        ...(client.nationalNumber ? { nationalNumber: client.nationalNumber } : {}),
        firstName: client.firstName,
        lastName: client.lastName,
        ...(client.birthDate ? { birthDate: client.birthDate } : {}),
        ...(client.street ? { street: client.street } : {}),
        ...(client.postcode ? { postcode: client.postcode } : {}),
      },
    }).then(
      ({ candidates }) => candidates,
      // The look-up only warns: when it fails, the API's own checks still hold.
      () => [],
    );

  const saving = createAction({
    run: async (client: ClientCreate, { checkDuplicates }: { checkDuplicates: boolean }) => {
      const candidates = checkDuplicates ? await lookUpDuplicates(client) : [];
      if (candidates.length > 0) {
        setDuplicates(candidates);
        queueMicrotask(() => duplicatesHeading?.focus());
        return;
      }
      await props.save({ ...client, needsInterpreter: needsInterpreter() });
    },
    onError: (error) => {
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
    },
  });
  const busy = saving.busy;

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
    await saving.run(result.client, { checkDuplicates: true });
  };

  const saveAnyway = async () => {
    const result = validateClient({ form: form(), today: localToday() });
    if (result.ok) await saving.run(result.client, { checkDuplicates: false });
  };

  const field = (name: ClientField) => ({
    name,
    label: t(LABELS[name]),
    value: form()[name],
    onValue: (value: string) => setForm((previous) => ({ ...previous, [name]: value })),
    error: errors()[name] ? t(errors()[name]!) : undefined,
  });

  return (
    <>
      <Show when={summary().length > 0}>
        <ErrorSummary errors={summary()} attempt={attempt()} />
      </Show>

      <Show when={duplicates().length > 0}>
        <DuplicatesNotice
          duplicates={duplicates()}
          busy={busy()}
          headingRef={(element) => {
            duplicatesHeading = element;
          }}
          onSaveAnyway={saveAnyway}
          onBack={() => setDuplicates([])}
        />
      </Show>

      <form class="form" onSubmit={submit} novalidate>
        <ClientFieldsets
          field={field}
          needsInterpreter={needsInterpreter()}
          onNeedsInterpreter={setNeedsInterpreter}
        />

        <div class="form__actions">
          <SubmitButton busy={busy()} label={props.submitLabel} busyLabel={props.busyLabel} />
          <A href={props.cancelHref}>{t('newClient.cancel')}</A>
        </div>
      </form>
    </>
  );
}
