import { t } from '../../../../portal';

/** The welfare centre's logo as the documents print it. */
export function LogoPreview(props: { base64: string }) {
  return (
    <img
      class="branding-logo"
      src={`data:image/png;base64,${props.base64}`}
      alt={t('admin.branding.currentLogo')}
    />
  );
}
