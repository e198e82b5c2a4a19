import { usePortal } from '../session/portal-context';

/** The portal's language state, seen through the kit's own dictionary keys. */
export function useKitI18n() {
  return usePortal().i18n;
}
