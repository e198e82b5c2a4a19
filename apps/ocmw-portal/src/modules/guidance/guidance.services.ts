import type {
  BuddyMeetingCreate,
  BuddyPairing,
  BuddyPairingCreate,
  BuddyPairingList,
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

const buddyPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/guidance/buddy-pairings`;

export function fetchBuddyPairings({ clientId }: { clientId: string }): Promise<BuddyPairingList> {
  return portal.api.request<BuddyPairingList>(buddyPath(clientId));
}

export function pairWithBuddy({ clientId, pairing }: { clientId: string; pairing: BuddyPairingCreate }) {
  return portal.api.request<{ pairing: BuddyPairing }>(buddyPath(clientId), { body: pairing });
}

export function recordBuddyMeeting({
  clientId,
  pairingId,
  meeting,
}: {
  clientId: string;
  pairingId: string;
  meeting: BuddyMeetingCreate;
}) {
  return portal.api.request<{ pairing: BuddyPairing }>(
    `${buddyPath(clientId)}/${encodeURIComponent(pairingId)}/meetings`,
    { body: meeting },
  );
}

export function endBuddyPairing({
  clientId,
  pairingId,
  endedOn,
}: {
  clientId: string;
  pairingId: string;
  endedOn: string;
}) {
  return portal.api.request<{ pairing: BuddyPairing }>(
    `${buddyPath(clientId)}/${encodeURIComponent(pairingId)}/end`,
    { body: { endedOn } },
  );
}
