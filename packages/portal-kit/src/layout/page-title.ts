import { createEffect } from 'solid-js';
import { usePortal } from '../session/portal-context';

/** Keeps the browser tab's title on "page – portal" in the current language. */
export function usePageTitle(page: () => string) {
  const { i18n, name } = usePortal();
  createEffect(() => {
    document.title = i18n.t('layout.pageTitle', { page: page(), portal: i18n.t(`portal.${name}.title`) });
  });
}
