import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientLanguage } from '@digipakket/domain';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../ground/config/logger';
import { withTransaction } from '../../ground/database/database';
import { createJobQueue } from '../../ground/jobs/jobs.queue';
import { createJobsRepository } from '../../ground/jobs/jobs.repository';
import { jobsTable } from '../../ground/jobs/jobs.tables';
import { createTranslator } from '../../ground/printing/printing.i18n';
import { clientsTable } from '../../records/clients/clients.tables';
import { devicesTable } from '../../records/devices/devices.tables';
import { wavesTable } from '../../records/programmes/programmes.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aClientOfAnotherTenant } from '../../roof/seed-builder/seed-builder.fixtures';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { pdfText } from '../../roof/testing/pdf-text';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { enrolmentsTable } from '../../tracks/training/training.tables';
import {
  createPackBatchRunner,
  enqueuePackBatch,
  getPackBatchRunner,
  PACK_BATCH_JOB_KIND,
  stopPackBatchRunner,
} from './documents.runner';
import { SAMPLE_BRANDING, samplePack } from './documents.samples';
import { renderWelcomePack } from './welcome-pack.document';

const squash = (value: string) => value.replace(/\s+/g, '');
const heading = (language: ClientLanguage, key: Parameters<ReturnType<typeof createTranslator>['t']>[0]) =>
  squash(createTranslator({ language }).t(key));

let t: TestApp;
let documentsDir: string;
let socialWorker: string;
let admin: string;
let full: { id: string; name: string; language: string };
let noDevice: { id: string; name: string };
let reservedOnly: { id: string };
let otherTenantClientId: string;

async function clientName(id: string) {
  const [client] = await t.db.select().from(clientsTable).where(eq(clientsTable.id, id));
  return { name: `${client!.firstName} ${client!.lastName}`, language: client!.preferredLanguage };
}

beforeAll(async () => {
  documentsDir = mkdtempSync(join(tmpdir(), 'dp-documents-'));
  t = await createTestApp({ env: { DOCUMENTS_DIR: documentsDir } });
  ({ cookie: socialWorker } = await t.login({ email: 'sociaal@ocmw-gent.demo' }));
  ({ cookie: admin } = await t.login({ email: 'admin@ocmw-gent.demo' }));
  // A client with a laptop, an open cheque and a course: every part of the pack.
  const [enrolled] = await t.db
    .select({ clientId: enrolmentsTable.clientId })
    .from(enrolmentsTable)
    .innerJoin(chequesTable, eq(chequesTable.clientId, enrolmentsTable.clientId))
    .innerJoin(devicesTable, eq(devicesTable.holderClientId, enrolmentsTable.clientId))
    .where(and(eq(chequesTable.status, 'issued'), eq(devicesTable.status, 'handed_out')))
    .limit(1);
  full = { id: enrolled!.clientId, ...(await clientName(enrolled!.clientId)) };
  const holders = t.db
    .select({ id: devicesTable.holderClientId })
    .from(devicesTable)
    .where(sql`${devicesTable.holderClientId} IS NOT NULL`);
  const [bare] = await t.db
    .select({ id: clientsTable.id })
    .from(clientsTable)
    .where(notInArray(clientsTable.id, holders))
    .limit(1);
  noDevice = { id: bare!.id, ...(await clientName(bare!.id)) };
  const [reserved] = await t.db
    .select({ id: devicesTable.holderClientId })
    .from(devicesTable)
    .where(eq(devicesTable.status, 'reserved'))
    .limit(1);
  reservedOnly = { id: reserved!.id! };
  const { client: other } = await aClientOfAnotherTenant(createSeedBuilder({ db: t.db }));
  otherTenantClientId = other.id;
});

afterAll(async () => {
  const runner = getPackBatchRunner({
    db: t.db,
    config: t.config,
    clock: t.clock,
    logger: createLogger({ level: 'silent' }),
  });
  await runner.idle();
  await runner.stop();
  await t.close();
  rmSync(documentsDir, { recursive: true, force: true });
});

describe("a client's documents", () => {
  it("prints the welcome pack in the client's own language, with the name, as a download that is not cached", async () => {
    const res = await t.request(`/api/clients/${full.id}/documents/welcome-pack.pdf`, {
      cookie: socialWorker,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="welcome-pack-[a-z0-9-]+\.pdf"$/,
    );
    const text = await pdfText(await res.arrayBuffer());
    expect(text).toContain(squash(full.name));
    const language = full.language as ClientLanguage;
    if (language !== 'ar' && language !== 'fa') {
      expect(text).toContain(heading(language, 'overview.title'));
      expect(text).toContain(heading(language, 'receipt.title'));
      expect(text).toContain(heading(language, 'lessons.title'));
    }
  });

  it.each([
    ['receipt.pdf', 'receipt.title', true],
    ['cheques.pdf', 'cheque.title', true],
    ['lesson-plan.pdf', 'lessons.title', false],
    ['help-nearby.pdf', 'help.title', false],
    ['welcome-pack.pdf', 'overview.title', true],
  ] as const)('prints %s in the asked language with its heading', async (document, key, printsName) => {
    for (const language of ['uk', 'tr'] as const) {
      const res = await t.request(`/api/clients/${full.id}/documents/${document}?language=${language}`, {
        cookie: socialWorker,
      });
      expect(res.status).toBe(200);
      const text = await pdfText(await res.arrayBuffer());
      expect(text).toContain(heading(language, key));
      if (printsName) expect(text).toContain(squash(full.name));
    }
  });

  it('audits every download with the client, and every refused one', async () => {
    await t.request(`/api/clients/${full.id}/documents/cheques.pdf`, { cookie: socialWorker });
    await t.request(`/api/clients/${noDevice.id}/documents/receipt.pdf`, { cookie: socialWorker });
    const downloads = (clientId: string, outcome: 'success' | 'denied') =>
      auditRows(t.db, { action: 'document.download', clientId, outcome });
    const printed = await downloads(full.id, 'success');
    expect(printed.some((row) => row.resource.endsWith('cheques.pdf'))).toBe(true);
    expect(await downloads(noDevice.id, 'denied')).not.toHaveLength(0);
  });

  it('refuses a receipt for a client without a laptop with 409 document.no_device', async () => {
    const res = await t.request(`/api/clients/${noDevice.id}/documents/receipt.pdf`, {
      cookie: socialWorker,
    });
    await expectRefusal(res, { status: 409, code: 'document.no_device' });
  });

  it('refuses cheques for a client without open cheques with 409 document.no_cheques', async () => {
    const res = await t.request(`/api/clients/${reservedOnly.id}/documents/cheques.pdf`, {
      cookie: socialWorker,
    });
    await expectRefusal(res, { status: 409, code: 'document.no_cheques' });
  });

  it('leaves out of the pack what the client does not have', async () => {
    const res = await t.request(`/api/clients/${noDevice.id}/documents/welcome-pack.pdf?language=nl`, {
      cookie: socialWorker,
    });
    expect(res.status).toBe(200);
    const text = await pdfText(await res.arrayBuffer());
    expect(text).toContain(squash(noDevice.name));
    expect(text).toContain(heading('nl', 'help.title'));
    expect(text).not.toContain(heading('nl', 'receipt.title'));
  });

  it("answers another tenant's client exactly like a missing one", async () => {
    const other = await t.request(`/api/clients/${otherTenantClientId}/documents/welcome-pack.pdf`, {
      cookie: socialWorker,
    });
    const missing = await t.request('/api/clients/cli_00000000000000000000/documents/welcome-pack.pdf', {
      cookie: socialWorker,
    });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await other.json()).error.code).toBe((await missing.json()).error.code);
  });

  it('refuses partners with 403 and anonymous callers with 401', async () => {
    for (const email of ['student@beego.demo', 'lesgever@ligo.demo', 'coordinator@beego.demo']) {
      const { cookie } = await t.login({ email });
      const res = await t.request(`/api/clients/${full.id}/documents/cheques.pdf`, { cookie });
      expect(res.status).toBe(403);
    }
    expect((await t.request(`/api/clients/${full.id}/documents/cheques.pdf`)).status).toBe(401);
  });

  it('refuses a language documents are not printed in with 400', async () => {
    const res = await t.request(`/api/clients/${full.id}/documents/cheques.pdf?language=de`, {
      cookie: socialWorker,
    });
    expect(res.status).toBe(400);
  });
});

describe('languages and samples', () => {
  it('lists the twelve languages with their direction and review status', async () => {
    const res = await t.request('/api/documents/languages', { cookie: admin });
    expect(res.status).toBe(200);
    const { languages } = await res.json();
    expect(languages).toHaveLength(12);
    expect(languages[0]).toMatchObject({ language: 'nl', autonym: 'Nederlands', direction: 'ltr' });
    expect(languages.find((entry: { language: string }) => entry.language === 'ar').direction).toBe('rtl');
    expect(languages.every((entry: { reviewed: unknown }) => typeof entry.reviewed === 'boolean')).toBe(true);
  });

  it('prints a sample welcome pack in any language for a logged-in welfare user', async () => {
    const res = await t.request('/api/documents/samples/uk/welcome-pack.pdf', { cookie: socialWorker });
    expect(res.status).toBe(200);
    expect(await pdfText(await res.arrayBuffer())).toContain(heading('uk', 'overview.title'));
    const student = await t.login({ email: 'student@beego.demo' });
    expect((await t.request('/api/documents/samples/uk/welcome-pack.pdf', student)).status).toBe(403);
  });
});

function zipNames(path: string): string[] {
  const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' });
  execFileSync('unzip', ['-tq', path]);
  return listing.split('\n').filter(Boolean);
}

async function waitForBatch(id: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const res = await t.request(`/api/documents/batches/${id}`, { cookie: socialWorker });
    const { job } = await res.json();
    if (job.status !== 'queued' && job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the batch did not finish');
}

/** The tenant of the client with data in every track. */
async function tenantOfFull(): Promise<string> {
  const [client] = await t.db
    .select({ tenantId: clientsTable.tenantId })
    .from(clientsTable)
    .where(eq(clientsTable.id, full.id));
  return client!.tenantId;
}

/** A batch of packs for the tenant of `full`, stored as running, as a process left it that was stopped. */
async function runningPackBatch({
  clientIds,
  result,
}: {
  clientIds: string[];
  result?: Record<string, unknown>;
}) {
  const [job] = await createSeedBuilder({ db: t.db }).jobs([
    {
      tenantId: await tenantOfFull(),
      kind: PACK_BATCH_JOB_KIND,
      status: 'running',
      total: clientIds.length,
      payload: { clientIds },
      ...(result ? { result } : {}),
    },
  ]);
  return job!;
}

/** Runs the queued batches with a runner and queue of its own, as another process would, until it is idle. */
async function runPackBatchesOnce({ render }: Pick<Parameters<typeof createPackBatchRunner>[0], 'render'>) {
  const logger = createLogger({ level: 'silent' });
  const runner = createPackBatchRunner({
    db: t.db,
    config: t.config,
    clock: t.clock,
    logger,
    queue: createJobQueue({ db: t.db, logger }),
    ...(render ? { render } : {}),
  });
  runner.wake();
  await runner.idle();
  await runner.stop();
}

/** Five clients with an approved intake, after the first `skip` of them. */
async function approvedClientIds({ skip }: { skip: number }) {
  const rows = await t.db
    .select({ id: intakesTable.clientId })
    .from(intakesTable)
    .where(eq(intakesTable.decision, 'approved'))
    .offset(skip)
    .limit(5);
  return rows.map((row) => row.id);
}

/** Downloads a batch's ZIP as the social worker and keeps it as `name` in the documents folder. */
async function downloadBatch({ jobId, name }: { jobId: string; name: string }) {
  const download = await t.request(`/api/documents/batches/${jobId}/download`, { cookie: socialWorker });
  const zipPath = join(documentsDir, name);
  writeFileSync(zipPath, Buffer.from(await download.arrayBuffer()));
  return { download, zipPath };
}

describe('printing a batch of packs', () => {
  it('prints five clients, reports progress and downloads one ZIP with five PDFs', async () => {
    const ids = await approvedClientIds({ skip: 0 });
    const res = await t.request('/api/documents/batches', {
      method: 'POST',
      cookie: socialWorker,
      body: { clientIds: ids },
    });
    expect(res.status).toBe(202);
    const { job } = await res.json();
    expect(job).toMatchObject({ total: 5, processed: 0 });
    expect(['queued', 'running']).toContain(job.status);
    const done = await waitForBatch(job.id);
    expect(done).toMatchObject({ status: 'succeeded', total: 5, processed: 5, failed: 0 });

    const { download, zipPath } = await downloadBatch({ jobId: job.id, name: 'five.zip' });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/zip');
    expect(download.headers.get('cache-control')).toBe('no-store');
    const names = zipNames(zipPath);
    expect(names).toHaveLength(5);
    expect(names.every((name) => /^\d-cli_[0-9a-z]{20}\.pdf$/.test(name))).toBe(true);
    const first = execFileSync('unzip', ['-p', zipPath, names[0]!]);
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("prints a wave's approved clients and refuses another tenant's wave", async () => {
    const [wave] = await t.db.select().from(wavesTable).where(eq(wavesTable.name, 'Golf 2'));
    const res = await t.request('/api/documents/batches', {
      method: 'POST',
      cookie: socialWorker,
      body: { waveId: wave!.id },
    });
    expect(res.status).toBe(202);
    expect((await res.json()).job.total).toBeGreaterThan(0);
    const missing = await t.request('/api/documents/batches', {
      method: 'POST',
      cookie: socialWorker,
      body: { waveId: 'wav_00000000000000000000' },
    });
    await expectRefusal(missing, { status: 404, code: 'wave.not_found' });
  });

  it('refuses clients of another tenant and answers 409 while a batch is not finished', async () => {
    const res = await t.request('/api/documents/batches', {
      method: 'POST',
      cookie: socialWorker,
      body: { clientIds: [otherTenantClientId] },
    });
    expect(res.status).toBe(404);
    const running = await runningPackBatch({ clientIds: [] });
    const early = await t.request(`/api/documents/batches/${running.id}/download`, { cookie: socialWorker });
    await expectRefusal(early, { status: 409, code: 'document_batch.not_finished' });
    const student = await t.login({ email: 'student@beego.demo' });
    expect((await t.request(`/api/documents/batches/${running.id}`, student)).status).toBe(403);
  });

  it('finishes a batch left running by a killed process without printing the done packs again', async () => {
    const ids = await approvedClientIds({ skip: 5 });
    const tenantId = await tenantOfFull();
    // This process's runner stops, as a killed one would, before the batch is queued: on PostgreSQL
    // the API's connection is not the test's, and its running worker would take the batch first.
    await stopPackBatchRunner({ db: t.appDb });
    await stopPackBatchRunner({ db: t.db });
    const job = await withTransaction({
      db: t.db,
      work: async (tx) => {
        const { job: created } = await createJobsRepository({ db: tx }).insertJob({
          tenantId,
          kind: PACK_BATCH_JOB_KIND,
          total: ids.length,
          payload: { clientIds: ids },
          createdBy: 'usr_test',
        });
        await enqueuePackBatch({ db: tx, config: t.config, batchId: created.id });
        return created;
      },
    });
    // The killed run had printed the first two packs; its queue job started ten minutes ago and was
    // never finished.
    await t.db.update(jobsTable).set({ status: 'running', processed: 2 }).where(eq(jobsTable.id, job.id));
    await t.db.execute(
      sql`UPDATE pgboss.job SET state = 'active', started_on = now() - interval '10 minutes' WHERE data->>'batchId' = ${job.id}`,
    );
    const folder = join(documentsDir, job.id);
    const done = await renderWelcomePack({ data: samplePack(), language: 'nl', branding: SAMPLE_BRANDING });
    execFileSync('mkdir', ['-p', folder]);
    for (const id of ids.slice(0, 2)) writeFileSync(join(folder, `${id}.pdf`), done);

    const rendered: string[] = [];
    const progressSeen: number[] = [];
    // A new runner (with its own queue) takes over.
    await runPackBatchesOnce({
      render: async (args) => {
        const [row] = await t.db.select().from(jobsTable).where(eq(jobsTable.id, job.id));
        progressSeen.push(row!.processed);
        rendered.push(args.data.client.name);
        return renderWelcomePack(args);
      },
    });

    expect(rendered).toHaveLength(3);
    expect(progressSeen).toEqual([2, 3, 4]);
    for (const id of ids.slice(0, 2)) expect(readFileSync(join(folder, `${id}.pdf`)).equals(done)).toBe(true);
    const [finished] = await t.db.select().from(jobsTable).where(eq(jobsTable.id, job.id));
    expect(finished).toMatchObject({ status: 'succeeded', processed: 5 });
    expect(finished!.result).toMatchObject({ rendered: 3, skipped: 2, failed: 0 });
    const { zipPath } = await downloadBatch({ jobId: job.id, name: 'resumed.zip' });
    expect(zipNames(zipPath)).toHaveLength(5);
  });

  it('gives a batch up after it stopped three times, instead of retrying it forever', async () => {
    const job = await runningPackBatch({ clientIds: [full.id], result: { attempts: 3 } });
    await enqueuePackBatch({ db: t.db, config: t.config, batchId: job.id });
    // Its third run's process died ten minutes ago.
    await t.db.execute(
      sql`UPDATE pgboss.job SET state = 'active', retry_count = retry_limit, started_on = now() - interval '10 minutes' WHERE data->>'batchId' = ${job.id}`,
    );
    await runPackBatchesOnce({});
    const [failed] = await t.db.select().from(jobsTable).where(eq(jobsTable.id, job.id));
    expect(failed).toMatchObject({ status: 'failed', processed: 0 });
    expect(failed!.error).toMatch(/3 times/);
  });

  it('audits the download of a batch once per client in it', async () => {
    const rows = (await auditRows(t.db, { action: 'document.download' })).filter((row) =>
      row.resource.startsWith('document_batch:'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.every((row) => row.clientId !== null && row.purpose === 'client_documents')).toBe(true);
  });
});
