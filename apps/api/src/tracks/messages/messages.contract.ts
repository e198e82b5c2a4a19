import type { z } from 'zod';
import { route, types } from '../../ground/shared/route-contract';
import type {
  ClientContactSchema,
  ClientContactUpdateSchema,
  ClientMessageListSchema,
  LetterBatchSchema,
  LettersOverviewSchema,
  PartnerMessagesQuerySchema,
} from './messages.schemas';

type ContactAnswer = z.ZodType<{ contact: z.infer<typeof ClientContactSchema> }>;

/** A client's contact consents and the partners' own messages, as the portals call them. */
export const MESSAGE_ROUTES = {
  contact: route('GET', '/clients/{id}/contact', types<{ answer: ContactAnswer }>()),
  updateContact: route(
    'PUT',
    '/clients/{id}/contact',
    types<{ body: typeof ClientContactUpdateSchema; answer: ContactAnswer }>(),
  ),
  partnerMessages: route(
    'GET',
    '/messages',
    types<{ query: typeof PartnerMessagesQuerySchema; answer: typeof ClientMessageListSchema }>(),
  ),
  letters: route('GET', '/messages/letters', types<{ answer: typeof LettersOverviewSchema }>()),
  printLetters: route(
    'POST',
    '/messages/letter-batches',
    types<{ answer: z.ZodType<{ batch: z.infer<typeof LetterBatchSchema> }> }>(),
  ),
};
