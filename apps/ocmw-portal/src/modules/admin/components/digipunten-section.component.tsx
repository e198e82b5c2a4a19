import type { DigipuntenImportReport } from '@digipakket/api/contracts';
import { createAction, ErrorNotice, FileField, Loaded, usePortal } from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../../portal';
import { CheckThenRun } from '../../shared/check-then-run.component';
import { errorText } from '../../shared/error-text';
import { digipuntenFormatOf } from '../admin.digipunten';
import { createDigipuntenCountQuery } from '../admin.queries';
import { importDigipunten } from '../admin.services';

type RowError = DigipuntenImportReport['errors'][number];

function rowErrorText(error: RowError): string {
  const params = { row: error.row, field: error.field ?? '', message: error.message };
  if (error.code === 'digipunten.missing_column') return t('admin.digipunten.missingColumn', params);
  if (error.code === 'digipunten.invalid_file') return t('admin.digipunten.invalidFile', params);
  return t('admin.digipunten.invalidRow', params);
}

/**
 * The tenant's Digipunten directory: how many there are, and a new file (CSV or GeoJSON, see
 * docs/digipunten-format.md) checked row by row before it replaces the list.
 */
export function DigipuntenSection() {
  const { status } = usePortal();
  const [count, { refetch }] = createDigipuntenCountQuery();
  const [file, setFile] = createSignal<{ format: 'csv' | 'geojson'; content: string }>();
  const [report, setReport] = createSignal<DigipuntenImportReport>();
  // A check changes nothing, so only a real import loads the count again.
  const importing = createAction({
    run: importDigipunten,
    onSuccess: (result, { dryRun }) => {
      setReport(result);
      if (!dryRun) {
        status.announce(t('admin.digipunten.imported', { count: result.imported }));
        void refetch();
      }
    },
    errorText,
  });

  const run = (dryRun: boolean) => {
    const chosen = file();
    importing.setError(undefined);
    if (!chosen) {
      importing.setError(t('admin.digipunten.noFile'));
      return;
    }
    void importing.run({ ...chosen, dryRun });
  };

  return (
    <section aria-labelledby="digipunten-title">
      <h2 id="digipunten-title">{t('admin.digipunten.title')}</h2>
      <Loaded resource={count} retry={refetch}>
        {(loaded) => <p>{t('admin.digipunten.count', { count: loaded().total })}</p>}
      </Loaded>
      <p>{t('admin.digipunten.intro')}</p>
      <details class="format-help">
        <summary>{t('admin.digipunten.formatTitle')}</summary>
        <p>{t('admin.digipunten.formatCsv')}</p>
        <pre class="format-help__example">
          {
            'name;street;postcode;city;opening_hours;languages\nDigipunt Bibliotheek De Krook;Miriam Makebaplein 1;9000;Gent;Mo-Fr 10:00-19:00;nl|fr|en'
          }
        </pre>
        <p>{t('admin.digipunten.formatHours')}</p>
        <p>{t('admin.digipunten.formatGeojson')}</p>
      </details>
      <FileField
        name="digipunten-file"
        label={t('admin.digipunten.file')}
        accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
        onFile={async (chosen) => {
          setReport(undefined);
          importing.setError(undefined);
          setFile(
            chosen
              ? {
                  format: digipuntenFormatOf({ name: chosen.name, type: chosen.type }),
                  content: await chosen.text(),
                }
              : undefined,
          );
        }}
      />
      <CheckThenRun
        labels={{ check: t('admin.digipunten.check'), run: t('admin.digipunten.import') }}
        checkDisabled={importing.busy()}
        runDisabled={importing.busy() || !report()?.dryRun || report()?.valid === 0}
        onRun={run}
      />
      <ErrorNotice error={importing.error()} />
      <div aria-live="polite">
        <Show when={report()?.dryRun ? report() : undefined}>
          {(checked) => (
            <>
              <p>{t('admin.digipunten.checked', { valid: checked().valid, refused: checked().refused })}</p>
              <Show when={checked().errors.length > 0}>
                <h3 id="digipunten-refused">{t('admin.digipunten.refusedTitle')}</h3>
                <ul aria-labelledby="digipunten-refused">
                  <For each={checked().errors}>{(error) => <li>{rowErrorText(error)}</li>}</For>
                </ul>
              </Show>
            </>
          )}
        </Show>
      </div>
    </section>
  );
}
