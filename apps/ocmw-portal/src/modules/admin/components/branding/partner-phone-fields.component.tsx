import type { BrandingResponse } from '@digipakket/api/contracts';
import { TextField } from '@digipakket/portal-kit';
import { For } from 'solid-js';
import { t } from '../../../../portal';
import { partnerField } from '../../admin.branding';

/** A phone field per partner, printed on the documents instead of the contact phone when filled in. */
export function PartnerPhoneFields(props: {
  partners: BrandingResponse['partners'];
  phones: Record<string, string>;
  errors: Record<string, string>;
  onPhone: (partnerId: string, phone: string) => void;
}) {
  return (
    <For each={props.partners}>
      {(partner) => (
        <TextField
          name={partnerField(partner.id)}
          label={t('admin.branding.partnerPhone', { name: partner.name })}
          hint={t('admin.branding.partnerPhoneHint')}
          type="tel"
          autocomplete="off"
          value={props.phones[partner.id] ?? ''}
          onValue={(value) => props.onPhone(partner.id, value)}
          maxLength={30}
          error={props.errors[partnerField(partner.id)]}
          required={false}
        />
      )}
    </For>
  );
}
