import type { BrandingResponse } from '@digipakket/api/contracts';
import { For, Show } from 'solid-js';
import { t } from '../../../../portal';
import { LogoPreview } from './logo-preview.component';

/** The details as the project lead reads them: the admin fills them in. */
export function BrandingFacts(props: { branding: BrandingResponse }) {
  const value = (text: string | null) => (text ? text : t('admin.branding.empty'));
  return (
    <>
      <p>{t('admin.branding.adminFills')}</p>
      <dl class="programme-facts">
        <dt>{t('admin.branding.name')}</dt>
        <dd>{value(props.branding.name)}</dd>
        <dt>{t('admin.branding.contactPhone')}</dt>
        <dd>{value(props.branding.contactPhone)}</dd>
        <dt>{t('admin.branding.contactEmail')}</dt>
        <dd>{value(props.branding.contactEmail)}</dd>
        <dt>{t('admin.branding.address')}</dt>
        <dd>{value(props.branding.address)}</dd>
        <dt>{t('admin.branding.footer')}</dt>
        <dd>{value(props.branding.footer)}</dd>
        <dt>{t('admin.branding.logo')}</dt>
        <dd>
          <Show when={props.branding.logoPngBase64} fallback={t('admin.branding.empty')}>
            {(logo) => <LogoPreview base64={logo()} />}
          </Show>
        </dd>
        <For each={props.branding.partners}>
          {(partner) => (
            <>
              <dt>{t('admin.branding.partnerPhone', { name: partner.name })}</dt>
              <dd>{partner.phone ?? t('admin.branding.partnerUsesContact')}</dd>
            </>
          )}
        </For>
      </dl>
    </>
  );
}
