import { SubmitButton } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { codeFromScan, formatTypedCode } from '../redeem.code';
import { canScanQr, QrScanner } from './qr-scanner.component';

/** The cheque's code, typed (formatted as it is typed) or scanned from the paper cheque's QR code. */
export function CodeStep(props: {
  code: string;
  onCode: (code: string) => void;
  error: string | undefined;
  busy: boolean;
  onSubmit: (event: Event) => void;
}) {
  const [scanning, setScanning] = createSignal(false);
  return (
    <form class="form" onSubmit={props.onSubmit} novalidate>
      <div class="field" classList={{ 'field--invalid': Boolean(props.error) }}>
        <label class="field__label" for="field-code">
          {t('redeem.code.label')}
        </label>
        <p class="field__hint" id="field-code-hint">
          {t('redeem.code.hint')}
        </p>
        <Show when={props.error}>
          <p class="field__error" id="field-code-error" role="alert">
            {props.error}
          </p>
        </Show>
        <input
          id="field-code"
          name="code"
          class="input input--code"
          value={props.code}
          onInput={(event) => {
            const formatted = formatTypedCode(event.currentTarget.value);
            event.currentTarget.value = formatted;
            props.onCode(formatted);
          }}
          inputMode="text"
          autocapitalize="characters"
          autocomplete="off"
          spellcheck={false}
          maxLength={13}
          aria-describedby={props.error ? 'field-code-hint field-code-error' : 'field-code-hint'}
          aria-invalid={props.error ? 'true' : undefined}
          aria-required="true"
        />
      </div>
      <div class="form__actions">
        <SubmitButton
          busy={props.busy}
          label={t('redeem.code.next')}
          busyLabel={t('redeem.check.checking')}
        />
        <button type="button" class="button button--secondary" onClick={() => setScanning(true)}>
          {t('redeem.scan.open')}
        </button>
      </div>
      <Show when={scanning()}>
        <QrScanner
          onCode={(text) => {
            setScanning(false);
            props.onCode(codeFromScan(text));
            document.getElementById('field-code')?.focus();
          }}
          onClose={() => setScanning(false)}
        />
      </Show>
      <Show when={!canScanQr()}>
        <p class="field__hint">{t('redeem.scan.unsupportedShort')}</p>
      </Show>
    </form>
  );
}
