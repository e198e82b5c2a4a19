import type { DocumentBatch } from '@digipakket/api/contracts';
import { createAction, DataTable, ErrorNotice, Loaded, SelectField, usePortal } from '@digipakket/portal-kit';
import { createSignal, onCleanup, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { LettersSection } from '../../messages/components/letters-section.component';
import { createProgrammesQuery } from '../../programmes/programmes.queries';
import { errorText } from '../../shared/error-text';
import { PageHeader } from '../../shared/page-header.component';
import { createDocumentLanguagesQuery } from '../documents.queries';
import { fetchPackBatch, packBatchDownloadHref, startPackBatch } from '../documents.services';

const POLL_MS = 1000;

function isDone(job: DocumentBatch): boolean {
  return job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled';
}

/** Prints every pack of a wave as one ZIP, following the batch until it is done. */
function WaveBatch() {
  const { status } = usePortal();
  const [programmes] = createProgrammesQuery();
  const waves = () => (programmes()?.items ?? []).flatMap((programme) => programme.waves);
  const [choice, setChoice] = createSignal('');
  const [job, setJob] = createSignal<DocumentBatch>();
  const generation = createAction({ run: (work: () => Promise<void>) => work(), errorText });
  const busy = generation.busy;
  const error = generation.error;
  const setError = generation.setError;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const follow = (batchId: string) => {
    timer = setTimeout(async () => {
      try {
        const { job: current } = await fetchPackBatch({ batchId });
        setJob(current);
        if (isDone(current)) {
          status.announce(
            current.status === 'succeeded'
              ? t('documents.batch.finished', { count: current.processed })
              : t('documents.batch.failedAll'),
            current.status === 'succeeded' ? undefined : 'error',
          );
          return;
        }
      } catch (caught) {
        setError(errorText(caught));
        return;
      }
      follow(batchId);
    }, POLL_MS);
  };

  const start = async (event: SubmitEvent) => {
    event.preventDefault();
    const waveId = choice() || waves()[0]?.id;
    if (!waveId || busy()) return;
    clearTimeout(timer);
    await generation.run(async () => {
      const { job: created } = await startPackBatch({ waveId });
      setJob(created);
      status.announce(t('documents.batch.started', { count: created.total }));
      follow(created.id);
    });
  };

  return (
    <section class="card" aria-labelledby="batch-title">
      <h2 id="batch-title">{t('documents.batch.title')}</h2>
      <p>{t('documents.batch.intro')}</p>
      <form class="inline-form" onSubmit={start}>
        <SelectField
          name="batch-wave"
          label={t('documents.batch.wave')}
          value={choice() || (waves()[0]?.id ?? '')}
          onValue={setChoice}
          options={waves().map((wave) => ({ value: wave.id, label: wave.name }))}
        />
        <button
          type="submit"
          class="button button--primary"
          disabled={busy() || waves().length === 0 || (job() !== undefined && !isDone(job()!))}
        >
          {t('documents.batch.start')}
        </button>
      </form>
      <ErrorNotice error={error()} />
      <Show when={job()}>
        {(current) => (
          <div>
            <p id="batch-progress-text" aria-live="polite">
              {t('documents.batch.progress', { processed: current().processed, total: current().total })}
            </p>
            <progress
              id="batch-progress"
              aria-labelledby="batch-progress-text"
              max={Math.max(1, current().total)}
              value={current().processed}
            />
            <Show when={current().failed > 0}>
              <p>{t('documents.batch.failedSome', { count: current().failed })}</p>
            </Show>
            <Show when={current().status === 'succeeded'}>
              <p>
                <a href={packBatchDownloadHref({ batchId: current().id })} download="">
                  {t('documents.batch.download')}
                </a>
              </p>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}

/**
 * The documents page: which languages a native speaker has reviewed, and printing a wave's
 * welcome packs in one go.
 */
export function DocumentsPage() {
  const [languages, { refetch }] = createDocumentLanguagesQuery();
  return (
    <>
      <PageHeader title={t('documents.title')} lead={t('documents.intro')} />
      <WaveBatch />
      <LettersSection />
      <section aria-labelledby="languages-title">
        <h2 id="languages-title">{t('documents.languages.title')}</h2>
        <Loaded resource={languages} retry={refetch}>
          {(data) => (
            <DataTable
              caption={t('documents.languages.caption')}
              rows={data().languages}
              columns={[
                {
                  header: t('documents.languages.language'),
                  cell: (row) => i18n.languageName(row.language),
                  rowHeader: true,
                },
                {
                  header: t('documents.languages.autonym'),
                  cell: (row) => (
                    <span lang={row.language} dir={row.direction}>
                      {row.autonym}
                    </span>
                  ),
                },
                {
                  header: t('documents.languages.reviewed'),
                  cell: (row) => (row.reviewed ? t('documents.languages.yes') : t('documents.languages.no')),
                },
                {
                  header: t('documents.languages.sample'),
                  cell: (row) => (
                    <a
                      href={`/api/documents/samples/${row.language}/welcome-pack.pdf`}
                      target="_blank"
                      rel="noopener"
                    >
                      {t('documents.languages.openSample', { language: i18n.languageName(row.language) })}
                    </a>
                  ),
                },
              ]}
            />
          )}
        </Loaded>
      </section>
    </>
  );
}
