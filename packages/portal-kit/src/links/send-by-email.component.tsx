import { useKitI18n } from '../i18n/use-kit-i18n';

/** On an invitation form: also e-mail the link to the address, besides showing it once. */
export function SendByEmailField(props: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useKitI18n();
  return (
    <div class="field field--checkbox">
      <input
        id="field-send-email"
        name="sendEmail"
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for="field-send-email">{t('signInLink.sendEmail')}</label>
    </div>
  );
}
