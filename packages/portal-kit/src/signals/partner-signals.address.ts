import type { SignalItem } from '@digipakket/api/contracts';

/**
 * The address of a signal's action in its portal's own folder: `/beego/?cheque=…`, `/beego/visits/…`,
 * `/ligo/groups/…`. The router would write the queue narrowed to a cheque as `/beego?cheque=…`,
 * outside the folder the server and the service worker serve, so the query is lost on a reload.
 */
export function signalActionAddress({ action }: { action: SignalItem['action'] }): string {
  return `/${action.portal}/${action.path.replace(/^\/+/, '')}`;
}
