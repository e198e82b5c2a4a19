import { FileField } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { t } from '../../../../portal';
import { LogoPreview } from './logo-preview.component';

/** The logo's file field, with the logo chosen so far and a button to remove it. */
export function LogoField(props: {
  logo: string | null;
  error: string | undefined;
  onChoose: (file: File | undefined) => void;
  onRemove: () => void;
}) {
  let logoInput: HTMLInputElement | undefined;
  return (
    <>
      <FileField
        ref={(element) => {
          logoInput = element;
        }}
        name="logoPngBase64"
        label={t('admin.branding.logo')}
        hint={t('admin.branding.logoHint')}
        error={props.error}
        accept="image/png,.png"
        onFile={props.onChoose}
      />
      <Show when={props.logo}>
        {(current) => (
          <div class="branding-logo-row">
            <LogoPreview base64={current()} />
            <button
              type="button"
              class="button button--secondary button--compact"
              onClick={() => {
                props.onRemove();
                if (logoInput) logoInput.value = '';
              }}
            >
              {t('admin.branding.removeLogo')}
            </button>
          </div>
        )}
      </Show>
    </>
  );
}
