import type { z } from 'zod';
import { route, types } from '../../ground/shared/route-contract';
import type {
  BuddyMeetingCreateSchema,
  BuddyPairingCreateSchema,
  BuddyPairingEndSchema,
  BuddyPairingListSchema,
  BuddyPairingSchema,
  DigipuntInfoResultSchema,
  DigipuntInfoSchema,
} from './guidance.schemas';

type OnePairing = z.ZodObject<{ pairing: typeof BuddyPairingSchema }>;

/** A client's guidance (Digipunt information, Digibuddy pairings) as the portals call it. */
export const GUIDANCE_ROUTES = {
  digipuntInfo: route(
    'POST',
    '/clients/{id}/guidance/digipunt-info',
    types<{ body: typeof DigipuntInfoSchema; answer: typeof DigipuntInfoResultSchema }>(),
  ),
  buddyPairings: route(
    'GET',
    '/clients/{id}/guidance/buddy-pairings',
    types<{ answer: typeof BuddyPairingListSchema }>(),
  ),
  pairWithBuddy: route(
    'POST',
    '/clients/{id}/guidance/buddy-pairings',
    types<{ body: typeof BuddyPairingCreateSchema; answer: OnePairing }>(),
  ),
  buddyMeeting: route(
    'POST',
    '/clients/{id}/guidance/buddy-pairings/{pairingId}/meetings',
    types<{ body: typeof BuddyMeetingCreateSchema; answer: OnePairing }>(),
  ),
  endBuddyPairing: route(
    'POST',
    '/clients/{id}/guidance/buddy-pairings/{pairingId}/end',
    types<{ body: typeof BuddyPairingEndSchema; answer: OnePairing }>(),
  ),
};
