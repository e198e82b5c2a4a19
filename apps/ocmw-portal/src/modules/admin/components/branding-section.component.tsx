import type { BrandingResponse } from '@digipakket/api/contracts';
import {
  createAction,
  ErrorSummary,
  errorMessageKey,
  fieldErrorKeys,
  isApiError,
  Loaded,
  TextField,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { FormActions } from '../../shared/form-actions.component';
import { filledIn, logoProblem, partnerField } from '../admin.branding';
import { createBrandingQuery } from '../admin.queries';
import { type BrandingBody, saveBranding } from '../admin.services';
import { BrandingFacts } from './branding/branding-facts.component';
import { LogoField } from './branding/logo-field.component';
import { PartnerPhoneFields } from './branding/partner-phone-fields.component';

type TextFieldName = 'name' | 'contactPhone' | 'contactEmail' | 'address' | 'footer';

const FORMAT_KEYS = {
  contactPhone: 'field.invalidPhone',
  contactEmail: 'field.invalidEmail',
} as const;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The admin's form: every field the documents print, saved whole. */
function BrandingForm(props: { initial: BrandingResponse; onSaved: () => void }) {
  const { status } = usePortal();
  const [fields, setFields] = createSignal<Record<TextFieldName, string>>({
    name: props.initial.name,
    contactPhone: props.initial.contactPhone,
    contactEmail: props.initial.contactEmail ?? '',
    address: props.initial.address ?? '',
    footer: props.initial.footer,
  });
  const [logo, setLogo] = createSignal(props.initial.logoPngBase64);
  const [partnerPhones, setPartnerPhones] = createSignal<Record<string, string>>(
    Object.fromEntries(props.initial.partners.map((partner) => [partner.id, partner.phone ?? ''])),
  );
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [attempt, setAttempt] = createSignal(0);

  const labelOf = (field: string) => {
    const partner = props.initial.partners.find((candidate) => partnerField(candidate.id) === field);
    if (partner) return t('admin.branding.partnerPhone', { name: partner.name });
    return field === 'logoPngBase64'
      ? t('admin.branding.logo')
      : t(`admin.branding.${field as TextFieldName}`);
  };
  const refuse = (fieldErrors: Record<string, string>) => {
    setErrors(fieldErrors);
    setAttempt((n) => n + 1);
  };
  const set = (field: TextFieldName) => (value: string) => setFields({ ...fields(), [field]: value });

  const saving = createAction({
    run: (branding: BrandingBody) => saveBranding({ branding }),
    onSuccess: (saved) => {
      setErrors({});
      setLogo(saved.logoPngBase64);
      status.announce(t('admin.branding.saved'));
      props.onSaved();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'branding.partner_invalid') {
        const field = String(error.details?.field ?? '');
        refuse({ [field]: t('admin.branding.partnerInvalid') });
      } else if (isApiError(error) && error.fieldIssues.length > 0) {
        const keys = fieldErrorKeys({
          issues: error.fieldIssues,
          formatKeys: {
            ...FORMAT_KEYS,
            ...Object.fromEntries(
              props.initial.partners.map((partner) => [partnerField(partner.id), 'field.invalidPhone']),
            ),
          },
        });
        refuse(Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, i18n.t(key)])));
      } else {
        saving.setError(
          `${i18n.t(errorMessageKey(error))}${
            isApiError(error) && error.requestId
              ? ` ${t('error.reference', { requestId: error.requestId })}`
              : ''
          }`,
        );
        refuse({});
      }
    },
  });

  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    const base64 = await readAsBase64(file);
    const problem = logoProblem({ base64, size: file.size });
    if (problem) {
      refuse({
        logoPngBase64: t(problem === 'not_png' ? 'admin.branding.logoNotPng' : 'admin.branding.logoTooLarge'),
      });
      return;
    }
    setErrors(({ logoPngBase64: _logo, ...others }) => others);
    setLogo(base64);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const { name, contactPhone, ...optional } = fields();
    const logoNow = logo();
    void saving.run({
      name: name.trim(),
      contactPhone: contactPhone.trim(),
      ...filledIn(optional),
      ...(logoNow ? { logoPngBase64: logoNow } : {}),
      partnerPhones: Object.fromEntries(
        Object.entries(partnerPhones())
          .map(([id, phone]) => [id, phone.trim()])
          .filter(([, phone]) => phone !== ''),
      ),
    });
  };

  const summary = () => [
    ...(saving.error() ? [{ message: saving.error()! }] : []),
    ...Object.entries(errors()).map(([field, message]) => ({
      field,
      message: t('form.fieldError', { field: labelOf(field), message }),
    })),
  ];

  const textField = (field: TextFieldName, options: { hint?: string; type?: 'tel' | 'email' } = {}) => (
    <TextField
      name={field}
      label={t(`admin.branding.${field}`)}
      hint={options.hint}
      type={options.type}
      autocomplete="off"
      value={fields()[field]}
      onValue={set(field)}
      maxLength={field === 'name' ? 120 : 200}
      error={errors()[field]}
      required={field === 'name' || field === 'contactPhone'}
    />
  );

  return (
    <form class="form" aria-labelledby="branding-title" onSubmit={submit} novalidate>
      <Show when={summary().length > 0}>
        <ErrorSummary errors={summary()} attempt={attempt()} />
      </Show>
      {textField('name')}
      {textField('contactPhone', { hint: t('admin.branding.contactPhoneHint'), type: 'tel' })}
      {textField('contactEmail', { type: 'email' })}
      {textField('address')}
      {textField('footer', { hint: t('admin.branding.footerHint') })}
      <LogoField
        logo={logo()}
        error={errors().logoPngBase64}
        onChoose={(file) => void chooseLogo(file)}
        onRemove={() => setLogo(null)}
      />
      <PartnerPhoneFields
        partners={props.initial.partners}
        phones={partnerPhones()}
        errors={errors()}
        onPhone={(id, phone) => setPartnerPhones({ ...partnerPhones(), [id]: phone })}
      />
      <FormActions submit={t('admin.branding.save')} busy={saving.busy()} />
    </form>
  );
}

/**
 * What every client document prints: the welfare centre's name, the phone and e-mail for questions,
 * address, footer, logo and a phone per partner. The admin fills them in; the project lead reads
 * them. While there is no contact phone, documents print no number to call, and this says so.
 */
export function BrandingSection() {
  const { session } = usePortal();
  const [branding, { refetch }] = createBrandingQuery();
  return (
    <section aria-labelledby="branding-title">
      <h2 id="branding-title">{t('admin.branding.title')}</h2>
      <Loaded resource={branding} retry={refetch}>
        {(data) => (
          <>
            <Show when={data().contactPhone.trim() === ''}>
              <p class="notice">{t('admin.branding.missing')}</p>
            </Show>
            <p>{t('admin.branding.intro')}</p>
            <Show when={session.me()?.user.role === 'admin'} fallback={<BrandingFacts branding={data()} />}>
              <BrandingForm initial={data()} onSaved={() => void refetch()} />
            </Show>
          </>
        )}
      </Loaded>
    </section>
  );
}
