import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertNever, CLIENT_LANGUAGES, type ClientLanguage } from '@digipakket/domain';
import { and, eq } from 'drizzle-orm';
import type { Config } from '../../ground/config/config';
import type { ClientArgs, TenantArgs } from '../../ground/http/request-context';
import { createJobsRepository, type JobRow } from '../../ground/jobs/jobs.repository';
import { catalogStatus } from '../../ground/printing/printing.i18n';
import type { Branding } from '../../ground/printing/printing.types';
import { toLocalDate } from '../../ground/shared/clock';
import { isIdOf } from '../../ground/shared/ids';
import { createBrandingRepository } from '../../records/branding/branding.repository';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { createWaveNotFoundError } from '../../records/programmes/programmes.errors';
import { wavesTable } from '../../records/programmes/programmes.tables';
import { renderCheques } from './cheques.document';
import { assembleWelcomePack, packLanguage } from './documents.assemble';
import { MANIFEST_FILE, type ManifestEntry } from './documents.batch';
import {
  createBatchNoClientsError,
  createBatchNotFinishedError,
  createBatchNotFoundError,
  createNoChequesError,
  createNoDeviceError,
  createNoLessonsError,
} from './documents.errors';
import { createDocumentsRepository } from './documents.repository';
import {
  batchFolder,
  enqueuePackBatch,
  PACK_BATCH_JOB_KIND,
  type PackBatchPayload,
} from './documents.runner';
import { SAMPLE_BRANDING, samplePack } from './documents.samples';
import type { ClientDocument, DocumentBatch, DocumentLanguages } from './documents.schemas';
import type { WelcomePackInput } from './documents.types';
import type { ZipEntry } from './documents.zip';
import { renderHelpNearby } from './help-nearby.document';
import { renderLessonPlan } from './lesson-plan.document';
import { renderReceipt } from './receipt.document';
import { renderWelcomePack } from './welcome-pack.document';

// Letters that Unicode does not split into a base letter and a mark, as people spell them in ASCII.
const LATIN_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};

/** A file name without anything a browser or a file system could misread: ASCII letters, digits and dashes. */
export function safeFileName({ parts }: { parts: string[] }): string {
  const text = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıłŁøØđĐßæÆœŒ]/g, (letter) => LATIN_WITHOUT_DECOMPOSITION[letter] ?? '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 100);
  return `${text || 'document'}.pdf`;
}

const DOCUMENT_FILE_PREFIX: Record<ClientDocument, string> = {
  'receipt.pdf': 'receipt',
  'cheques.pdf': 'cheques',
  'lesson-plan.pdf': 'lesson-plan',
  'help-nearby.pdf': 'help-nearby',
  'welcome-pack.pdf': 'welcome-pack',
};

async function renderDocument({
  document,
  pack,
  language,
  branding,
}: {
  document: ClientDocument;
  pack: WelcomePackInput;
  language: ClientLanguage;
  branding: Branding;
}): Promise<Buffer> {
  switch (document) {
    case 'receipt.pdf':
      if (!pack.receipt) throw createNoDeviceError();
      return renderReceipt({ data: pack.receipt, language, branding });
    case 'cheques.pdf':
      if (!pack.cheques) throw createNoChequesError();
      return renderCheques({ data: pack.cheques, language, branding });
    case 'lesson-plan.pdf':
      if (!pack.lessonPlan) throw createNoLessonsError();
      return renderLessonPlan({ data: pack.lessonPlan, language, branding });
    case 'help-nearby.pdf':
      return renderHelpNearby({ data: pack.helpNearby, language, branding });
    case 'welcome-pack.pdf':
      return renderWelcomePack({ data: pack, language, branding });
    default:
      return assertNever(document);
  }
}

/**
 * One of a client's documents, made from the database in the asked language (else the client's
 * own). Every download, and every refused one, is audited.
 */
export async function renderClientDocument({
  ctx,
  config,
  clientId,
  document,
  language,
}: ClientArgs<{ config: Config; document: ClientDocument; language: ClientLanguage | undefined }>): Promise<{
  pdf: Buffer;
  fileName: string;
}> {
  const { db, clock, tenantId } = ctx;
  const now = clock.now();
  const repository = createDocumentsRepository({ db });
  const sources = isIdOf({ kind: 'client', value: clientId })
    ? await repository.loadClientSources({
        tenantId,
        clientId,
        today: toLocalDate({ instant: now, timeZone: config.timeZone }),
      })
    : undefined;
  const audit = (outcome: 'success' | 'denied') =>
    ctx.audit({
      clientId: sources?.client.id ?? null,
      action: 'document.download',
      resource: `client:${clientId.slice(0, 64)}/documents/${document}`,
      outcome,
      purpose: 'client_documents',
    });
  if (!sources) {
    await audit('denied');
    throw createClientNotFoundError();
  }
  const context = await repository.loadTenantContext({ tenantId });
  const { pack } = assembleWelcomePack({ sources, context, timeZone: config.timeZone, now });
  const printIn = language ?? packLanguage({ preferred: sources.client.preferredLanguage });
  let pdf: Buffer;
  try {
    pdf = await renderDocument({ document, pack, language: printIn, branding: context.branding });
  } catch (error) {
    await audit('denied');
    throw error;
  }
  await audit('success');
  return {
    pdf,
    fileName: safeFileName({
      parts: [DOCUMENT_FILE_PREFIX[document], sources.client.lastName, sources.client.firstName, printIn],
    }),
  };
}

/** The languages documents are printed in, with their own names and whether a native speaker reviewed them. */
export function listDocumentLanguages(): DocumentLanguages {
  const { languages } = catalogStatus();
  return {
    languages: languages.map((entry) => {
      const language = CLIENT_LANGUAGES.find((candidate) => candidate.code === entry.language)!;
      return { ...entry, autonym: language.autonym, direction: language.direction };
    }),
  };
}

/** A whole pack with made-up data in one language, with the tenant's branding, to check before printing. */
export async function renderSampleWelcomePack({
  ctx,
  language,
}: TenantArgs<{ language: ClientLanguage }>): Promise<{ pdf: Buffer; fileName: string }> {
  const { db, tenantId } = ctx;
  const { branding } = await createBrandingRepository({ db }).getDocumentBranding({ tenantId });
  const withFallback: Branding = branding.name ? branding : SAMPLE_BRANDING;
  const pdf = await renderWelcomePack({ data: samplePack(), language, branding: withFallback });
  return { pdf, fileName: safeFileName({ parts: ['sample-welcome-pack', language] }) };
}

function toBatch(job: JobRow): DocumentBatch {
  const failed = job.result?.failed;
  return {
    id: job.id,
    status: job.status,
    total: job.total ?? 0,
    processed: job.processed,
    failed: typeof failed === 'number' ? failed : 0,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** One of the tenant's pack batches; 404 `document_batch.not_found` for another's or none. */
async function findPackBatch({ ctx, batchId }: TenantArgs<{ batchId: string }>) {
  const { job } = await createJobsRepository({ db: ctx.db }).findJob({
    tenantId: ctx.tenantId,
    kind: PACK_BATCH_JOB_KIND,
    jobId: batchId,
  });
  if (!job) throw createBatchNotFoundError();
  return job;
}

/** Queues the printing of welcome packs for a wave's clients or chosen clients, in the transaction of the batch's record. */
export async function createPackBatch({
  ctx,
  config,
  input,
}: TenantArgs<{ config: Config; input: { waveId: string } | { clientIds: string[] } }>): Promise<{
  job: DocumentBatch;
}> {
  const { db, tenantId } = ctx;
  const repository = createDocumentsRepository({ db });
  let clientIds: string[];
  if ('waveId' in input) {
    const [wave] = await db
      .select({ id: wavesTable.id })
      .from(wavesTable)
      .where(and(eq(wavesTable.tenantId, tenantId), eq(wavesTable.id, input.waveId)));
    if (!wave) throw createWaveNotFoundError();
    ({ clientIds } = await repository.listWaveClientIds({ tenantId, waveId: wave.id }));
  } else {
    const asked = [...new Set(input.clientIds)];
    ({ clientIds } = await repository.listTenantClientIds({
      tenantId,
      clientIds: asked.filter((id) => isIdOf({ kind: 'client', value: id })),
    }));
    if (clientIds.length !== asked.length) throw createClientNotFoundError();
  }
  if (clientIds.length === 0) throw createBatchNoClientsError();
  const job = await ctx.transaction(async ({ tx, auditEach }) => {
    const payload: PackBatchPayload = { clientIds };
    const { job: created } = await createJobsRepository({ db: tx }).insertJob({
      tenantId,
      kind: PACK_BATCH_JOB_KIND,
      total: clientIds.length,
      payload,
      createdBy: ctx.actor.user.id,
    });
    await enqueuePackBatch({ db: tx, config, batchId: created.id });
    await auditEach({
      records: clientIds.map((clientId) => ({
        clientId,
        action: 'document.batch_print',
        resource: `document_batch:${created.id}`,
        purpose: 'client_documents',
      })),
    });
    return created;
  });
  return { job: toBatch(job) };
}

export async function getPackBatch({
  ctx,
  batchId,
}: TenantArgs<{ batchId: string }>): Promise<{ job: DocumentBatch }> {
  return { job: toBatch(await findPackBatch({ ctx, batchId })) };
}

/**
 * The files of a finished batch, in print order, for the ZIP. Downloading is reading every
 * client's pack, so each client gets an audit row.
 */
export async function openPackBatchDownload({
  ctx,
  config,
  batchId,
}: TenantArgs<{ config: Config; batchId: string }>): Promise<{ entries: ZipEntry[]; fileName: string }> {
  const job = await findPackBatch({ ctx, batchId });
  if (job.status !== 'succeeded') throw createBatchNotFinishedError();
  const folder = batchFolder({ config, jobId: job.id });
  const written = new Set<string>();
  const manifest = await readFile(join(folder, MANIFEST_FILE), 'utf8').catch(() => '');
  for (const line of manifest.split('\n')) {
    if (!line.trim()) continue;
    try {
      written.add((JSON.parse(line) as ManifestEntry).id);
    } catch {
      // A line cut short by a crash; its pack was written again and listed on a later line.
    }
  }
  const { clientIds } = job.payload as PackBatchPayload;
  const printed = clientIds.filter((clientId) => written.has(clientId));
  const width = String(printed.length).length;
  await ctx.auditEach({
    records: printed.map((clientId) => ({
      clientId,
      action: 'document.download',
      resource: `document_batch:${job.id}`,
      purpose: 'client_documents',
    })),
  });
  return {
    entries: printed.map((clientId, index) => ({
      name: `${String(index + 1).padStart(width, '0')}-${clientId}.pdf`,
      path: join(folder, `${clientId}.pdf`),
    })),
    fileName: `welcome-packs-${job.id}.zip`,
  };
}
