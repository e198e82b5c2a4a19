import type { Statement, StatementLine, StatementSummary } from '@digipakket/api/contracts';
import { createAction, DataTable, ErrorNotice, Loaded, TextField, usePortal } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { i18n, t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { PageHeader } from '../../shared/page-header.component';
import { StatementLinesTable } from '../components/statement-lines-table.component';
import { euros, monthName } from '../statements.format';
import { createStatementQuery, createStatementsQuery } from '../statements.queries';
import { closeReconciliation, reconcileLine, statementPdfHref } from '../statements.services';

/** One statement's lines, each matched against the client files or disputed with a reason. */
function StatementLines(props: { statementId: string; onChanged: () => void }) {
  const { status } = usePortal();
  const [statement, { refetch, mutate }] = createStatementQuery(() => props.statementId);
  const [disputing, setDisputing] = createSignal<StatementLine>();
  const [reason, setReason] = createSignal('');
  // Closing and each line's verdict share one busy flag and one error line.
  const action = createAction({
    run: (work: () => Promise<void>) => work(),
    errorText: (caught) => {
      const code = (caught as { code?: string }).code;
      return code === 'statement.lines_open'
        ? t('statements.linesOpen')
        : code === 'statement.already_reconciled'
          ? t('statements.alreadyReconciled')
          : errorText(caught);
    },
  });
  const busy = action.busy;

  const close = () =>
    action.run(async () => {
      const { statement: closed } = await closeReconciliation({ statementId: props.statementId });
      mutate({ statement: closed });
      status.announce(
        t('statements.closed', {
          month: monthName(closed.month),
          status: t(`statements.status.${closed.status}` as OcmwKey),
        }),
      );
      props.onChanged();
    });

  const decide = (line: StatementLine, outcome: 'matched' | 'disputed') =>
    action.run(async () => {
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
    });

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
            <StatementLinesTable
              lines={current().lines}
              busy={busy()}
              open={open()}
              onMatch={(line) => void decide(line, 'matched')}
              onDispute={setDisputing}
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
            <ErrorNotice error={action.error()} />
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
  const [statements, { refetch }] = createStatementsQuery();
  const [open, setOpen] = createSignal<string>();
  return (
    <>
      <PageHeader title={t('statements.title')} lead={t('statements.intro')} />
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
