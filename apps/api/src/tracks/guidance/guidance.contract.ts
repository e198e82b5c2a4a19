import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './guidance.schemas';

type OnePairing = z.ZodObject<{ pairing: typeof schemas.BuddyPairingSchema }>;

type Shapes = {
  digipuntInfo: { body: typeof schemas.DigipuntInfoSchema; answer: typeof schemas.DigipuntInfoResultSchema };
  buddyPairings: { answer: typeof schemas.BuddyPairingListSchema };
  pairWithBuddy: { body: typeof schemas.BuddyPairingCreateSchema; answer: OnePairing };
  buddyMeeting: { body: typeof schemas.BuddyMeetingCreateSchema; answer: OnePairing };
  endBuddyPairing: { body: typeof schemas.BuddyPairingEndSchema; answer: OnePairing };
};

/** A client's guidance (Digipunt information, Digibuddy pairings) as the portals call it. */
export const GUIDANCE_ROUTES = contract(types<Shapes>(), {
  digipuntInfo: 'POST /clients/{id}/guidance/digipunt-info',
  buddyPairings: 'GET /clients/{id}/guidance/buddy-pairings',
  pairWithBuddy: 'POST /clients/{id}/guidance/buddy-pairings',
  buddyMeeting: 'POST /clients/{id}/guidance/buddy-pairings/{pairingId}/meetings',
  endBuddyPairing: 'POST /clients/{id}/guidance/buddy-pairings/{pairingId}/end',
});
