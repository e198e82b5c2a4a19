import type { BuddyMeetingCreate, BuddyPairingCreate, NearbyDigipuntenList } from '@digipakket/api/contracts';
import { DEVICE_ROUTES, DIGIPUNT_ROUTES, GUIDANCE_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

/** The help points nearest to the client's home, closest first. */
export function fetchNearestDigipunten({ clientId }: { clientId: string }): Promise<NearbyDigipuntenList> {
  return portal.api.call(DIGIPUNT_ROUTES.list, { query: { near: clientId, limit: 5 } });
}

export function recordDigipuntInfo({ clientId, names }: { clientId: string; names: string[] }) {
  return portal.api.call(GUIDANCE_ROUTES.digipuntInfo, { params: { id: clientId }, body: { names } });
}

export function bookPickup({ deviceId, pickupAt }: { deviceId: string; pickupAt: string }) {
  return portal.api.call(DEVICE_ROUTES.bookPickup, { params: { id: deviceId }, body: { pickupAt } });
}

export function fetchBuddyPairings({ clientId }: { clientId: string }) {
  return portal.api.call(GUIDANCE_ROUTES.buddyPairings, { params: { id: clientId } });
}

export function pairWithBuddy({ clientId, pairing }: { clientId: string; pairing: BuddyPairingCreate }) {
  return portal.api.call(GUIDANCE_ROUTES.pairWithBuddy, { params: { id: clientId }, body: pairing });
}

/** Which of a client's buddy pairings a write is about. */
interface PairingOf {
  clientId: string;
  pairingId: string;
}

/** The path parameters of a pairing. */
const pairingParams = ({ clientId, pairingId }: PairingOf) => ({ id: clientId, pairingId });

export function recordBuddyMeeting({ meeting, ...pairing }: PairingOf & { meeting: BuddyMeetingCreate }) {
  return portal.api.call(GUIDANCE_ROUTES.buddyMeeting, { params: pairingParams(pairing), body: meeting });
}

export function endBuddyPairing({ endedOn, ...pairing }: PairingOf & { endedOn: string }) {
  return portal.api.call(GUIDANCE_ROUTES.endBuddyPairing, {
    params: pairingParams(pairing),
    body: { endedOn },
  });
}
