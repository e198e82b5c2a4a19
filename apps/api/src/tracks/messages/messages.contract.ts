import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type {
  ClientContactSchema,
  ClientContactUpdateSchema,
  ClientMessageListSchema,
  LetterBatchSchema,
  LettersOverviewSchema,
  PartnerMessagesQuerySchema,
} from './messages.schemas';

type ContactAnswer = z.ZodType<{ contact: z.infer<typeof ClientContactSchema> }>;

type Shapes = {
  contact: { answer: ContactAnswer };
  updateContact: { body: typeof ClientContactUpdateSchema; answer: ContactAnswer };
  partnerMessages: { query: typeof PartnerMessagesQuerySchema; answer: typeof ClientMessageListSchema };
  letters: { answer: typeof LettersOverviewSchema };
  printLetters: { answer: z.ZodType<{ batch: z.infer<typeof LetterBatchSchema> }> };
};

/** A client's contact consents and the partners' own messages, as the portals call them. */
export const MESSAGE_ROUTES = contract(types<Shapes>(), {
  contact: 'GET /clients/{id}/contact',
  updateContact: 'PUT /clients/{id}/contact',
  partnerMessages: 'GET /messages',
  letters: 'GET /messages/letters',
  printLetters: 'POST /messages/letter-batches',
});
