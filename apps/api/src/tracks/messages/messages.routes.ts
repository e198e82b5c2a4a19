import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse, routesOf } from '../../ground/http/routes';
import { serveFile, serveJson, withClient, withTenant } from '../../ground/http/serve';
import { SMS_REPORT_PATH } from '../../ground/messaging/messaging.adapters';
import { SMS_SIGNATURE_HEADER, verifySmsReport } from '../../ground/messaging/messaging.sms';
import { route } from '../../ground/shared/route-contract';
import { MESSAGE_ROUTES } from './messages.contract';
import { createReportSignatureInvalidError, createReportUnsignedError } from './messages.errors';
import { getLetters, printLetterBatch, renderLetterBatchPdf } from './messages.letters';
import {
  ClientContactSchema,
  ClientContactUpdateSchema,
  ClientMessageListSchema,
  LetterBatchParamsSchema,
  LetterBatchSchema,
  LettersOverviewSchema,
  PartnerMessagesQuerySchema,
  SmsDeliveryReportSchema,
} from './messages.schemas';
import {
  applyDeliveryReports,
  getClientContact,
  listPartnerMessages,
  updateClientContact,
} from './messages.usecases';

const define = routesOf({ tag: 'messages', access: ACCESS.caseworkers });

const smsReportRoute = defineRoute({
  method: 'post',
  path: SMS_REPORT_PATH,
  tag: 'messages',
  access: ACCESS.public,
  summary: "The SMS provider's delivery reports",
  description: `Signed by the provider: \`${SMS_SIGNATURE_HEADER}: sha256=<hex HMAC-SHA256 of the raw body with SMS_REPORT_SECRET>\`. Unsigned: 401 \`message.report_unsigned\`; a wrong signature: 403 \`message.report_signature_invalid\`.`,
  request: { body: jsonBody(SmsDeliveryReportSchema) },
  responses: {
    200: jsonResponse(z.object({ applied: z.number().int() }), 'How many messages the reports moved on.'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

export function registerMessagesRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(MESSAGE_ROUTES.contact, {
      summary: "A client's phone number, e-mail address and consent per channel",
      description:
        'For each channel (sms, email, letter): whether the client agreed, when and who recorded it; the preferred channel and the channel the next message would go by.',
      answer: [200, z.object({ contact: ClientContactSchema }), "The client's contact details and consents."],
      errors: [404],
    }),
    withClient(getClientContact),
  );

  serveJson(
    app,
    define(MESSAGE_ROUTES.updateContact, {
      summary: "Record a client's number, address, consent per channel and preferred channel",
      description:
        "A channel's consent is recorded now, by the caller. Refusing a channel takes effect at once: its queued messages are withdrawn and queued on the channel the client can still be reached by.",
      body: ClientContactUpdateSchema,
      answer: [200, z.object({ contact: ClientContactSchema }), 'The recorded contact details and consents.'],
      errors: [404],
    }),
    ({ tenant, param, body }) => updateClientContact({ ctx: tenant, clientId: param.id, input: body }),
  );

  serveJson(
    app,
    define(MESSAGE_ROUTES.partnerMessages, {
      access: ['home_help:coordinator', 'training:coordinator'],
      summary: 'The reminders and notices the partner sends about one visit or half-day',
      description:
        "The coordinator of the home-help or training partner: only the organisation's own messages about `subject` (`cheque:<id>` or `course_session:<id>`), with their status.",
      query: PartnerMessagesQuerySchema,
      answer: [200, ClientMessageListSchema, 'The messages, earliest first.'],
    }),
    ({ ctx, query }) => listPartnerMessages({ ctx, subject: query.subject }),
  );

  serveJson(
    app,
    define(MESSAGE_ROUTES.letters, {
      summary: 'The letters waiting to be printed and the batches printed before',
      description:
        'Messages to clients who have neither SMS nor e-mail go by letter: `waiting` counts those due within the days the post needs; `batches` lists the last twenty batches, newest first.',
      answer: [200, LettersOverviewSchema, 'The waiting letters and the batches.'],
    }),
    withTenant(getLetters),
  );

  serveJson(
    app,
    define(MESSAGE_ROUTES.printLetters, {
      summary: 'Print the waiting letters as one batch (audited)',
      description:
        'Takes every letter due within the days the post needs into a new batch and marks it sent; one reminder per appointment goes on paper. Download the batch as a PDF afterwards. Nothing waiting: 409 `message.no_letters_waiting`.',
      answer: [201, z.object({ batch: LetterBatchSchema }), 'The new batch.'],
      errors: [409],
    }),
    withTenant(printLetterBatch),
  );

  serveFile(
    app,
    define(route('GET', '/messages/letter-batches/{id}/letters.pdf'), {
      summary: 'A printed batch of letters as a PDF, a page per letter (audited)',
      description:
        "Each page holds the welfare centre as sender, the client's address where a window envelope shows it, the day of printing and the message in the client's language. Unknown batch: 404 `message.letter_batch_not_found`.",
      params: LetterBatchParamsSchema,
      responses: {
        200: {
          description: 'The PDF.',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
      },
      errors: [404],
    }),
    async ({ tenant, param }) => {
      const { pdf, fileName } = await renderLetterBatchPdf({ ctx: tenant, batchId: param.id });
      return { bytes: pdf, type: 'application/pdf', name: fileName, noStore: true };
    },
  );

  // The signature covers the raw body: it is kept before the body is parsed (and checked like every
  // body: 415, 400 for broken JSON or unknown fields), then verified before anything is read or changed.
  const rawBodies = new WeakMap<Request, string>();
  app.use(SMS_REPORT_PATH, async (c, next) => {
    if (c.req.method === 'POST') rawBodies.set(c.req.raw, await c.req.text());
    return next();
  });

  app.openapi(smsReportRoute, async (c) => {
    const report = c.req.valid('json');
    const signature = c.req.header(SMS_SIGNATURE_HEADER);
    if (!signature) throw createReportUnsignedError();
    const secret = deps.config.messages.sms?.reportSecret;
    const body = rawBodies.get(c.req.raw) ?? '';
    if (!secret || !verifySmsReport({ body, signature, secret })) throw createReportSignatureInvalidError();
    const result = await applyDeliveryReports({ db: deps.db, clock: deps.clock, report });
    return c.json(result, 200);
  });
}
