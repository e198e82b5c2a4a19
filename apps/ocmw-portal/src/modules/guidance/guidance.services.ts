import type {
  DigipuntInfoResult,
  NearbyDigipuntenList,
  PickupAppointmentResult,
} from '@digipakket/api/contracts';
import { portal } from '../../portal';

/** The help points nearest to the client's home, closest first. */
export function fetchNearestDigipunten({ clientId }: { clientId: string }): Promise<NearbyDigipuntenList> {
  return portal.api.request<NearbyDigipuntenList>('/digipunten', { query: { near: clientId, limit: 5 } });
}

export function recordDigipuntInfo({ clientId, names }: { clientId: string; names: string[] }) {
  return portal.api.request<DigipuntInfoResult>(
    `/clients/${encodeURIComponent(clientId)}/guidance/digipunt-info`,
    { body: { names } },
  );
}

export function bookPickup({ deviceId, pickupAt }: { deviceId: string; pickupAt: string }) {
  return portal.api.request<PickupAppointmentResult>(`/devices/${encodeURIComponent(deviceId)}/pickup`, {
    method: 'PUT',
    body: { pickupAt },
  });
}
