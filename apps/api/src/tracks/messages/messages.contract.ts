import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './messages.schemas';

type ContactAnswer = z.ZodType<{ contact: z.infer<typeof schemas.ClientContactSchema> }>;

type Shapes = {
  contact: { answer: ContactAnswer };
  updateContact: { body: typeof schemas.ClientContactUpdateSchema; answer: ContactAnswer };
  partnerMessages: {
    query: typeof schemas.PartnerMessagesQuerySchema;
    answer: typeof schemas.ClientMessageListSchema;
  };
  letters: { answer: typeof schemas.LettersOverviewSchema };
  printLetters: { answer: z.ZodType<{ batch: z.infer<typeof schemas.LetterBatchSchema> }> };
};

/** A client's contact consents and the partners' own messages, as the portals call them. */
export const MESSAGE_ROUTES = contract(types<Shapes>(), {
  contact: 'GET /clients/{id}/contact',
  updateContact: 'PUT /clients/{id}/contact',
  partnerMessages: 'GET /messages',
  letters: 'GET /messages/letters',
  printLetters: 'POST /messages/letter-batches',
});
