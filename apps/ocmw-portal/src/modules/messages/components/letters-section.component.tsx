import { createAction, DataTable, ErrorNotice, Loaded, usePortal } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { createLettersQuery } from '../messages.queries';
import { letterBatchHref, printLetters } from '../messages.services';

/**
 * Messages to clients without SMS or e-mail go by letter: the social worker prints the waiting ones
 * as one batch (a PDF, a page per letter, for window envelopes), which marks them sent, and can
 * download a batch again later.
 */
export function LettersSection() {
  const { status } = usePortal();
  const [letters, { refetch }] = createLettersQuery();
  const [printed, setPrinted] = createSignal<string>();
  const printing = createAction({
    run: printLetters,
    onSuccess: ({ batch }) => {
      setPrinted(batch.id);
      status.announce(t('letters.printed', { count: batch.letters }));
    },
    refetch,
    errorText,
  });

  return (
    <section class="card" aria-labelledby="letters-title">
      <h2 id="letters-title">{t('letters.title')}</h2>
      <p>{t('letters.intro')}</p>
      <Loaded resource={letters} retry={refetch}>
        {(data) => (
          <>
            <p id="letters-waiting">
              {data().waiting === 0
                ? t('letters.waiting.none')
                : data().waiting === 1
                  ? t('letters.waiting.one')
                  : t('letters.waiting.other', { count: data().waiting })}
            </p>
            <div class="form__actions">
              <button
                type="button"
                class="button button--primary"
                aria-describedby="letters-waiting"
                disabled={data().waiting === 0 || printing.busy()}
                onClick={() => void printing.run()}
              >
                {t('letters.print')}
              </button>
            </div>
            <ErrorNotice error={printing.error()} />
            <Show when={printed()}>
              {(batchId) => (
                <p class="notice" role="status">
                  <a href={letterBatchHref({ batchId: batchId() })} download="">
                    {t('letters.downloadNew')}
                  </a>
                </p>
              )}
            </Show>
            <Show when={data().batches.length > 0}>
              <DataTable
                caption={t('letters.batches.caption')}
                rows={data().batches}
                columns={[
                  {
                    header: t('letters.batches.printedAt'),
                    cell: (row) =>
                      i18n.formatDate(new Date(row.printedAt), {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      }),
                    rowHeader: true,
                  },
                  { header: t('letters.batches.letters'), cell: (row) => String(row.letters) },
                  {
                    header: t('letters.batches.pdf'),
                    cell: (row) => (
                      <a href={letterBatchHref({ batchId: row.id })} download="">
                        {t('letters.batches.download', { count: row.letters })}
                      </a>
                    ),
                  },
                ]}
              />
            </Show>
          </>
        )}
      </Loaded>
    </section>
  );
}
