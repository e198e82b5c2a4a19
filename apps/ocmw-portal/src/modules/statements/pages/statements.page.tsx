import type { Statement, StatementLine, StatementSummary } from '@digipakket/api/contracts';
import { DataTable, Loaded, TextField, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { createResource, createSignal, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { i18n, t } from '../../../portal';
import { errorText, formatDay } from '../../shared/error-text';
import {
  closeReconciliation,
  fetchStatement,
  fetchStatements,
  reconcileLine,
  statementPdfHref,
} from '../statements.services';

function euros(cents: number): string {
  return new Intl.NumberFormat(`${i18n.locale()}-BE`, { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

function monthName(month: string): string {
  return i18n.formatDate(new Date(`${month}-15T12:00:00Z`), { month: 'long', year: 'numeric' });
}

function verdictText(line: StatementLine): string {
  const verdict = line.reconciliation;
  if (!verdict) return t('statements.verdict.open');
  return verdict.outcome === 'matched'
    ? t('statements.verdict.matched')
    : t('statements.verdict.disputed', { reason: verdict.reason ?? '' });
}

/** One statement's lines, each matched against the client files or disputed with a reason. */
function StatementLines(props: { statementId: string; onChanged: () => void }) {
  const { status } = usePortal();
  const [statement, { refetch, mutate }] = createResource(
    () => props.statementId,
    (statementId) => fetchStatement({ statementId }),
  );
  const [disputing, setDisputing] = createSignal<StatementLine>();
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();

  const close = async () => {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      const { statement: closed } = await closeReconciliation({ statementId: props.statementId });
      mutate({ statement: closed });
      status.announce(
        t('statements.closed', {
          month: monthName(closed.month),
          status: t(`statements.status.${closed.status}` as OcmwKey),
        }),
      );
      props.onChanged();
    } catch (caught) {
      const code = (caught as { code?: string }).code;
      setError(
        code === 'statement.lines_open'
          ? t('statements.linesOpen')
          : code === 'statement.already_reconciled'
            ? t('statements.alreadyReconciled')
            : errorText(caught),
      );
    } finally {
      setBusy(false);
    }
  };

  const decide = async (line: StatementLine, outcome: 'matched' | 'disputed') => {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      const verdict = outcome === 'matched' ? { outcome } : { outcome, reason: reason().trim() };
      const { line: saved } = await reconcileLine({
        statementId: props.statementId,
        lineId: line.id,
        verdict,
      });
      mutate((current) =>
        current
          ? {
              statement: {
                ...current.statement,
                lines: current.statement.lines.map((item) => (item.id === saved.id ? saved : item)),
              },
            }
          : current,
      );
      setDisputing(undefined);
      setReason('');
      status.announce(
        t(outcome === 'matched' ? 'statements.savedMatched' : 'statements.savedDisputed', {
          code: line.chequeCode,
        }),
      );
      props.onChanged();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Loaded resource={statement} retry={refetch}>
      {(data) => {
        const current = (): Statement => data().statement;
        const open = () => current().status === 'sent';
        return (
          <section class="card" aria-labelledby="statement-lines-title">
            <h2 id="statement-lines-title">
              {t('statements.lines.title', {
                month: monthName(current().month),
                partner: current().homeHelpOrgName,
              })}
            </h2>
            <DataTable
              caption={t('statements.lines.caption')}
              captionHidden
              rows={current().lines}
              columns={[
                {
                  header: t('statements.lines.cheque'),
                  cell: (line) => <span class="code">{line.chequeCode}</span>,
                  rowHeader: true,
                  class: 'nowrap',
                },
                { header: t('statements.lines.client'), cell: (line) => line.clientName },
                {
                  header: t('statements.lines.visitedOn'),
                  cell: (line) => formatDay(line.visitedOn),
                  class: 'nowrap',
                },
                { header: t('statements.lines.student'), cell: (line) => line.studentName },
                { header: t('statements.lines.minutes'), cell: (line) => String(line.minutes) },
                {
                  header: t('statements.lines.purpose'),
                  cell: (line) => t(`cheque.purpose.${line.purpose}` as OcmwKey),
                },
                { header: t('statements.lines.verdict'), cell: verdictText },
                {
                  header: t('statements.lines.actions'),
                  cell: (line) => (
                    <div class="button-row">
                      <button
                        type="button"
                        class="button button--secondary button--compact"
                        disabled={busy() || !open() || line.reconciliation?.outcome === 'matched'}
                        onClick={() => void decide(line, 'matched')}
                      >
                        {t('statements.match')}
                        <span class="visually-hidden"> {line.chequeCode}</span>
                      </button>
                      <button
                        type="button"
                        class="button button--secondary button--compact"
                        disabled={busy() || !open()}
                        onClick={() => setDisputing(line)}
                      >
                        {t('statements.dispute')}
                        <span class="visually-hidden"> {line.chequeCode}</span>
                      </button>
                    </div>
                  ),
                },
              ]}
            />
            <Show when={disputing()}>
              {(line) => (
                <form
                  class="inline-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void decide(line(), 'disputed');
                  }}
                >
                  <TextField
                    name="dispute-reason"
                    label={t('statements.disputeReason', { code: line().chequeCode })}
                    value={reason()}
                    onValue={setReason}
                  />
                  <button
                    type="submit"
                    class="button button--primary"
                    disabled={busy() || reason().trim() === ''}
                  >
                    {t('statements.disputeConfirm')}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => setDisputing(undefined)}
                  >
                    {t('statements.disputeCancel')}
                  </button>
                </form>
              )}
            </Show>
            <Show when={error()}>
              <p class="notice notice--error" role="alert">
                {error()}
              </p>
            </Show>
            <Show when={open()}>
              <p class="card__meta">{t('statements.closeHint')}</p>
            </Show>
            <div class="button-row">
              <Show when={open()}>
                <button
                  type="button"
                  class="button button--primary"
                  disabled={busy()}
                  onClick={() => void close()}
                >
                  {t('statements.close')}
                </button>
              </Show>
              <a
                class="button button--secondary"
                href={statementPdfHref({ statementId: current().id, language: i18n.locale() })}
                download=""
              >
                {t('statements.pdf', { month: monthName(current().month) })}
              </a>
            </div>
          </section>
        );
      }}
    </Loaded>
  );
}

/** The monthly statements the home-help partner sent, to check line by line before paying. */
export function StatementsPage() {
  usePageTitle(() => t('statements.title'));
  const [statements, { refetch }] = createResource(() => fetchStatements());
  const [open, setOpen] = createSignal<string>();
  return (
    <>
      <div class="page-header">
        <h1>{t('statements.title')}</h1>
      </div>
      <p class="lead">{t('statements.intro')}</p>
      <Loaded resource={statements} retry={refetch}>
        {(data) => (
          <Show when={data().items.length > 0} fallback={<p>{t('statements.none')}</p>}>
            <DataTable
              caption={t('statements.caption')}
              rows={data().items}
              columns={[
                {
                  header: t('statements.month'),
                  cell: (item: StatementSummary) => monthName(item.month),
                  rowHeader: true,
                },
                { header: t('statements.partner'), cell: (item) => item.homeHelpOrgName },
                {
                  header: t('statements.status'),
                  cell: (item) => t(`statements.status.${item.status}` as OcmwKey),
                },
                { header: t('statements.cheques'), cell: (item) => String(item.totals.cheques) },
                {
                  header: t('statements.amount'),
                  cell: (item) => euros(item.totals.amountCents),
                  class: 'nowrap',
                },
                {
                  header: t('statements.actions'),
                  cell: (item) => (
                    <button
                      type="button"
                      class="button button--secondary button--compact"
                      aria-pressed={open() === item.id ? 'true' : 'false'}
                      onClick={() => setOpen(item.id)}
                    >
                      {t('statements.open', { month: monthName(item.month) })}
                    </button>
                  ),
                },
              ]}
            />
          </Show>
        )}
      </Loaded>
      <Show when={open()} keyed>
        {(statementId) => <StatementLines statementId={statementId} onChanged={refetch} />}
      </Show>
    </>
  );
}
