import { fieldId } from '@digipakket/portal-kit';
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
      <div class="field" classList={{ 'field--invalid': Boolean(props.error) }}>
        <label class="field__label" for={fieldId('logoPngBase64')}>
          {t('admin.branding.logo')}
        </label>
        <p class="field__hint" id={`${fieldId('logoPngBase64')}-hint`}>
          {t('admin.branding.logoHint')}
        </p>
        <Show when={props.error}>
          <p class="field__error" id={`${fieldId('logoPngBase64')}-error`}>
            {props.error}
          </p>
        </Show>
        <input
          ref={logoInput}
          id={fieldId('logoPngBase64')}
          class="input"
          type="file"
          accept="image/png,.png"
          aria-describedby={[
            `${fieldId('logoPngBase64')}-hint`,
            props.error ? `${fieldId('logoPngBase64')}-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={props.error ? 'true' : undefined}
          onChange={(event) => props.onChoose(event.currentTarget.files?.[0])}
        />
      </div>
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
