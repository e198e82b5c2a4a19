import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
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

type Shapes = {
  digipuntInfo: { body: typeof DigipuntInfoSchema; answer: typeof DigipuntInfoResultSchema };
  buddyPairings: { answer: typeof BuddyPairingListSchema };
  pairWithBuddy: { body: typeof BuddyPairingCreateSchema; answer: OnePairing };
  buddyMeeting: { body: typeof BuddyMeetingCreateSchema; answer: OnePairing };
  endBuddyPairing: { body: typeof BuddyPairingEndSchema; answer: OnePairing };
};

/** A client's guidance (Digipunt information, Digibuddy pairings) as the portals call it. */
export const GUIDANCE_ROUTES = contract(types<Shapes>(), {
  digipuntInfo: 'POST /clients/{id}/guidance/digipunt-info',
  buddyPairings: 'GET /clients/{id}/guidance/buddy-pairings',
  pairWithBuddy: 'POST /clients/{id}/guidance/buddy-pairings',
  buddyMeeting: 'POST /clients/{id}/guidance/buddy-pairings/{pairingId}/meetings',
  endBuddyPairing: 'POST /clients/{id}/guidance/buddy-pairings/{pairingId}/end',
});
