import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { type ServedFile, serveFile, serveJson } from '../../ground/http/serve';
import { route } from '../../ground/shared/route-contract';
import { ClientLanguageSchema } from '../../records/clients/clients.schemas';
import { DOCUMENT_ROUTES } from './documents.contract';
import { getPackBatchRunner } from './documents.runner';
import {
  ClientDocumentParamsSchema,
  DocumentBatchCreateSchema,
  DocumentBatchResponseSchema,
  DocumentLanguageQuerySchema,
  DocumentLanguagesSchema,
} from './documents.schemas';
import {
  createPackBatch,
  getPackBatch,
  listDocumentLanguages,
  openPackBatchDownload,
  renderClientDocument,
  renderSampleWelcomePack,
} from './documents.usecases';
import { createZipStream } from './documents.zip';

const pdfResponse = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
});

const define = routesOf({ tag: 'documents', access: ACCESS.caseworkers });

export function registerDocumentsRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const runner = getPackBatchRunner(deps);
  const pdf = ({ pdf, fileName }: { pdf: Uint8Array; fileName: string }): ServedFile => ({
    bytes: pdf,
    type: 'application/pdf',
    name: fileName,
    noStore: true,
  });

  serveFile(
    app,
    define(route('GET', '/clients/{id}/documents/{document}'), {
      summary: "Print one of a client's documents (audited)",
      description:
        "The receipt, the cheques, the lesson plan, the nearby Digipunten or the whole welcome pack, made from the client's file, in `language` or else the client's preferred language. Parts the client does not have are left out of the pack; a receipt without a laptop answers 409 `document.no_device`, cheques without open cheques 409 `document.no_cheques`, a lesson plan without a course 409 `document.no_lessons`.",
      params: ClientDocumentParamsSchema,
      query: DocumentLanguageQuerySchema,
      responses: { 200: pdfResponse('The PDF.') },
      errors: [404, 409],
    }),
    ({ tenant, param: { id, document }, query: { language } }) =>
      renderClientDocument({ ctx: tenant, config: deps.config, clientId: id, document, language }).then(pdf),
  );

  serveJson(
    app,
    define(DOCUMENT_ROUTES.languages, {
      access: ACCESS.welfareStaff,
      summary: 'The languages client documents are printed in, and which are reviewed',
      answer: [200, DocumentLanguagesSchema, 'Every language with its review status.'],
    }),
    async () => listDocumentLanguages(),
  );

  serveFile(
    app,
    define(route('GET', '/documents/samples/{language}/welcome-pack.pdf'), {
      access: ACCESS.welfareStaff,
      summary: 'A welcome pack with made-up data, to check a language before printing',
      params: z.object({ language: ClientLanguageSchema }),
      responses: { 200: pdfResponse('The sample PDF.') },
    }),
    ({ tenant, param: { language } }) => renderSampleWelcomePack({ ctx: tenant, language }).then(pdf),
  );

  serveJson(
    app,
    define(DOCUMENT_ROUTES.startBatch, {
      summary: "Print the welcome packs of a wave's clients, or of chosen clients",
      description:
        "Answers at once with the queued batch; follow it with `GET /api/documents/batches/{id}`. A wave prints its approved clients that are not closed, each in their preferred language. Another tenant's wave answers 404 `wave.not_found`; a client that is not in the tenant 404 `client.not_found`; nobody to print 409 `document_batch.no_clients`.",
      body: DocumentBatchCreateSchema,
      answer: [202, DocumentBatchResponseSchema, 'The batch, queued.'],
      errors: [404, 409],
    }),
    async ({ tenant, body }) => {
      const { job } = await createPackBatch({ ctx: tenant, config: deps.config, input: body });
      runner.wake();
      return { job };
    },
  );

  serveJson(
    app,
    define(DOCUMENT_ROUTES.batch, {
      summary: 'Progress of a batch of welcome packs',
      answer: [200, DocumentBatchResponseSchema, 'The batch and its progress.'],
      errors: [404],
    }),
    ({ tenant, param }) => getPackBatch({ ctx: tenant, batchId: param.id }).then(({ job }) => ({ job })),
  );

  serveFile(
    app,
    define(route('GET', '/documents/batches/{id}/download'), {
      summary: 'Download a finished batch as one ZIP of PDFs (audited per client)',
      description: 'Answers 409 `document_batch.not_finished` while the batch is still being printed.',
      responses: {
        200: {
          description: 'A ZIP with one PDF per client, numbered in print order (by name).',
          content: { 'application/zip': { schema: z.string().meta({ format: 'binary' }) } },
        },
      },
      errors: [404, 409],
    }),
    async ({ tenant, param }) => {
      const { entries, fileName } = await openPackBatchDownload({
        ctx: tenant,
        config: deps.config,
        batchId: param.id,
      });
      return { bytes: createZipStream({ entries }), type: 'application/zip', name: fileName, noStore: true };
    },
  );
}
