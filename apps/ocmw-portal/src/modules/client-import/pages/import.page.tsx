import type { ClientImportReport } from '@digipakket/api/contracts';
import {
  createAction,
  DataTable,
  ErrorNotice,
  FileField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { CheckThenRun } from '../../shared/check-then-run.component';
import { errorText } from '../../shared/error-text';
import { splitCsv } from '../client-import.csv';
import { importPart } from '../client-import.services';

type Row = ClientImportReport['rows'][number];
type Totals = ClientImportReport['totals'];

function fieldName(field: string): string {
  const key = `import.field.${field}` as OcmwKey;
  const text = t(key);
  return text === key ? field : text;
}

function problemText(code: string): string {
  const key = `import.problem.${code}` as OcmwKey;
  const text = t(key);
  return text === key ? t('import.problem.invalid') : text;
}

/**
 * Imports clients from the case system's CSV: first a check that reports every row that would be
 * refused and why, then the import itself, sent in parts with a progress bar. Matching on file number
 * makes a second import of the same file change nothing.
 */
export function ImportPage() {
  const { status } = usePortal();
  const [text, setText] = createSignal('');
  const [fileName, setFileName] = createSignal('');
  const [report, setReport] = createSignal<{ dryRun: boolean; totals: Totals; refused: Row[] }>();
  const [progress, setProgress] = createSignal<{ done: number; total: number }>();
  const importing = createAction({ run: (work: () => Promise<void>) => work(), errorText });
  const busy = importing.busy;
  const error = importing.error;
  usePageTitle(() => t('import.title'));

  const run = async (dryRun: boolean) => {
    if (busy() || text() === '') return;
    setReport(undefined);
    const { parts, rows } = splitCsv({ text: text() });
    const totals: Totals = { create: 0, update: 0, unchanged: 0, refused: 0 };
    const refused: Row[] = [];
    let done = 0;
    setProgress({ done, total: rows });
    await importing.run(async () => {
      for (const part of parts) {
        const result = await importPart({ ...part, dryRun });
        for (const key of Object.keys(totals) as (keyof Totals)[]) totals[key] += result.totals[key];
        refused.push(...result.rows.filter((row) => row.outcome === 'refused'));
        done += result.rows.length;
        setProgress({ done, total: rows });
      }
      setReport({ dryRun, totals, refused });
      status.announce(t(dryRun ? 'import.checked' : 'import.done', { count: totals.create + totals.update }));
    });
  };

  return (
    <>
      <h1>{t('import.title')}</h1>
      <p class="lead">{t('import.intro')}</p>
      <FileField
        name="import-file"
        label={t('import.file')}
        hint={t('import.fileHint')}
        accept=".csv,text/csv"
        onFile={async (file) => {
          setReport(undefined);
          setFileName(file?.name ?? '');
          setText(file ? await file.text() : '');
        }}
      />
      <CheckThenRun
        labels={{ check: t('import.check'), run: t('import.run') }}
        checkDisabled={busy() || text() === ''}
        runDisabled={busy() || !report()?.dryRun}
        onRun={run}
      />
      <Show when={progress()}>
        {(current) => (
          <p>
            <label for="import-progress">
              {t('import.progress', { done: current().done, total: current().total, file: fileName() })}
            </label>{' '}
            <progress id="import-progress" max={Math.max(current().total, 1)} value={current().done} />
          </p>
        )}
      </Show>
      <ErrorNotice error={error()} />
      <Show when={report()}>
        {(result) => (
          <section aria-labelledby="import-report">
            <h2 id="import-report">{result().dryRun ? t('import.reportDry') : t('import.reportDone')}</h2>
            <ul class="plain-list">
              <For each={['create', 'update', 'unchanged', 'refused'] as const}>
                {(outcome) => (
                  <li>
                    {t(`import.outcome.${outcome}` as OcmwKey)}: <strong>{result().totals[outcome]}</strong>
                  </li>
                )}
              </For>
            </ul>
            <Show when={result().refused.length > 0}>
              <DataTable
                caption={t('import.refusedRows')}
                rows={result().refused}
                columns={[
                  { header: t('import.column.line'), cell: (row) => String(row.line), rowHeader: true },
                  { header: t('import.column.fileNumber'), cell: (row) => row.fileNumber ?? '—' },
                  {
                    header: t('import.column.why'),
                    cell: (row) =>
                      row.problems
                        .map((problem) => `${fieldName(problem.field)}: ${problemText(problem.code)}`)
                        .join('; '),
                  },
                ]}
              />
            </Show>
          </section>
        )}
      </Show>
    </>
  );
}
