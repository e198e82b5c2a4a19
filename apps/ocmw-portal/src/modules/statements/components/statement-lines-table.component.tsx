import type { StatementLine } from '@digipakket/api/contracts';
import { DataTable } from '@digipakket/portal-kit';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { formatDay } from '../../shared/error-text';
import { verdictText } from '../statements.format';

/** A statement's lines against the client files, each to match or dispute while the statement is open. */
export function StatementLinesTable(props: {
  lines: StatementLine[];
  busy: boolean;
  open: boolean;
  onMatch: (line: StatementLine) => void;
  onDispute: (line: StatementLine) => void;
}) {
  return (
    <DataTable
      caption={t('statements.lines.caption')}
      captionHidden
      rows={props.lines}
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
                disabled={props.busy || !props.open || line.reconciliation?.outcome === 'matched'}
                onClick={() => props.onMatch(line)}
              >
                {t('statements.match')}
                <span class="visually-hidden"> {line.chequeCode}</span>
              </button>
              <button
                type="button"
                class="button button--secondary button--compact"
                disabled={props.busy || !props.open}
                onClick={() => props.onDispute(line)}
              >
                {t('statements.dispute')}
                <span class="visually-hidden"> {line.chequeCode}</span>
              </button>
            </div>
          ),
        },
      ]}
    />
  );
}
