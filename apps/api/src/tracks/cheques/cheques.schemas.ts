import { CHEQUE_PURPOSES, CHEQUE_STATUSES } from '@digipakket/domain';
import { z } from 'zod';
import { listOf, textBodyOf } from '../../ground/shared/shared.schemas';

/** A client's cheque as the welfare centre sees it, with its visit once logged. */
export const ClientChequeSchema = z
  .object({
    id: z.string(),
    code: z.string().meta({ example: 'K7QM-3XRT-9PH' }),
    purpose: z.enum(CHEQUE_PURPOSES),
    status: z.enum(CHEQUE_STATUSES),
    validUntil: z.string(),
    issuedAt: z.string(),
    cancelledReason: z.string().nullable(),
  })
  .meta({ id: 'ClientCheque' });
export type ClientCheque = z.infer<typeof ClientChequeSchema>;

export const ClientChequeListSchema = listOf(ClientChequeSchema, 'ClientChequeList');
export type ClientChequeList = z.infer<typeof ClientChequeListSchema>;

export const ChequeCancelSchema = textBodyOf('reason', { min: 1, max: 500 }, 'ChequeCancel');
export type ChequeCancel = z.input<typeof ChequeCancelSchema>;
