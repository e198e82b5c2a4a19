import type { Statement, StatementLine } from '@digipakket/api/contracts';
import {
  CardList,
  type Column,
  createAction,
  createFormValues,
  DataTable,
  DateField,
  ErrorNotice,
  errorMessageKey,
  Loaded,
  SelectField,
  SubmitButton,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { createStatementsQuery } from '../statements.queries';
import {
  createStatement,
  fetchStatement,
  previousMonth,
  sendStatement,
  statementCsvHref,
  statementPdfHref,
} from '../statements.services';

function euros(cents: number): string {
  return new Intl.NumberFormat(i18n.locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

function verdictText(line: StatementLine): string {
  const verdict = line.reconciliation;
  if (!verdict) return t('statements.verdict.open');
  return verdict.outcome === 'matched'
    ? t('statements.verdict.matched')
    : t('statements.verdict.disputed', { reason: verdict.reason ?? '' });
}

/** The columns of a statement's lines: one visit each, with its price and the verdict on it. */
function lineColumns(): Column<StatementLine>[] {
  return [
    { header: t('statements.date'), cell: (line) => line.visitedOn },
    { header: t('statements.client'), cell: (line) => line.clientName },
    { header: t('visit.student'), cell: (line) => line.studentName },
    { header: t('statements.minutes'), cell: (line) => line.minutes },
    { header: t('visits.purpose'), cell: (line) => t(`purpose.${line.purpose}`) },
    { header: t('statements.price'), cell: (line) => euros(line.priceCents) },
    { header: t('statements.verdict'), cell: verdictText },
  ];
}

function DownloadLinks(props: { id: string; month?: string }) {
  return (
    <>
      <a class="button button--secondary" href={statementPdfHref(props.id, i18n.locale())} download="">
        {t('statements.pdf')}
        <Show when={props.month}>
          <span class="visually-hidden"> {props.month}</span>
        </Show>
      </a>
      <a class="button button--secondary" href={statementCsvHref(props.id)} download="">
        {t('statements.csv')}
        <Show when={props.month}>
          <span class="visually-hidden"> {props.month}</span>
        </Show>
      </a>
    </>
  );
}

function StatementView(props: { statement: Statement; onSent: (statement: Statement) => void }) {
  const { status } = usePortal();
  const sending = createAction({
    run: (id: string) => sendStatement(id),
    onSuccess: ({ statement }) => {
      props.onSent(statement);
      status.announce(
        t('statements.sent', { month: statement.month, tenant: statement.tenantName }),
        'success',
      );
    },
    errorText: (caught) => {
      const code = (caught as { code?: string }).code;
      return code === 'statement.already_sent' ? t('statements.alreadySent') : t(errorMessageKey(caught));
    },
  });
  const busy = sending.busy;
  const error = sending.error;
  const send = async () => {
    const { month, tenantName } = props.statement;
    if (busy() || !window.confirm(t('statements.confirmSend', { month, tenant: tenantName }))) return;
    await sending.run(props.statement.id);
  };
  return (
    <section class="statement" aria-labelledby="statement-title">
      <h2 id="statement-title" tabindex="-1">
        {t('statements.heading', { tenant: props.statement.tenantName, month: props.statement.month })}
      </h2>
      <dl class="card__facts">
        <dt>{t('statements.status')}</dt>
        <dd>{t(`statements.status.${props.statement.status}`)}</dd>
        <dt>{t('statements.cheques')}</dt>
        <dd>{props.statement.totals.cheques}</dd>
        <dt>{t('statements.hours')}</dt>
        <dd>{props.statement.totals.chequeHours}</dd>
        <dt>{t('statements.minutesSpent')}</dt>
        <dd>{props.statement.totals.minutesSpent}</dd>
        <dt>{t('statements.amount')}</dt>
        <dd>
          {euros(props.statement.totals.amountCents)}
          <Show when={props.statement.totals.priceCentsPerCheque}>
            {(price) => <> ({t('statements.perCheque', { price: euros(price()) })})</>}
          </Show>
        </dd>
      </dl>
      <ErrorNotice error={error()} inline />
      <div class="card__actions">
        <Show when={props.statement.status === 'draft'}>
          <button type="button" class="button button--primary" disabled={busy()} onClick={() => void send()}>
            {t('statements.send')}
          </button>
        </Show>
        <DownloadLinks id={props.statement.id} />
      </div>
      <DataTable
        caption={t('statements.linesCaption')}
        captionHidden
        columns={lineColumns()}
        rows={props.statement.lines}
      />
    </section>
  );
}

/** The coordinator's monthly statements: one per welfare centre and month, with its CSV. */
export function StatementsPage() {
  usePageTitle(() => t('statements.title'));
  const { session } = usePortal();
  const [list, { refetch }] = createStatementsQuery();
  const form = createFormValues({
    tenant: session.me()?.tenants[0]?.id ?? '',
    month: previousMonth(new Date()),
  });
  const [open, setOpen] = createSignal<Statement>();

  const making = createAction({
    run: createStatement,
    onSuccess: ({ statement }) => {
      setOpen(statement);
      queueMicrotask(() => document.getElementById('statement-title')?.focus());
    },
    refetch,
    errorText: (caught) => {
      const code = (caught as { code?: string }).code;
      return code === 'statement.already_exists'
        ? t('statements.exists')
        : code === 'statement.empty'
          ? t('statements.empty')
          : t(errorMessageKey(caught));
    },
  });
  const make = async (event: Event) => {
    event.preventDefault();
    const { tenant, month } = form.values();
    await making.run({ tenantId: tenant, month });
  };

  const show = async (id: string) => {
    setOpen((await fetchStatement(id)).statement);
    queueMicrotask(() => document.getElementById('statement-title')?.focus());
  };

  return (
    <>
      <h1>{t('statements.title')}</h1>
      <p class="lead">{t('statements.intro')}</p>
      <form class="form" onSubmit={make} aria-labelledby="make-title">
        <h2 id="make-title">{t('statements.make')}</h2>
        <ErrorNotice error={making.error()} inline />
        <SelectField
          {...form.field('tenant')}
          label={t('queue.tenant')}
          required={false}
          options={(session.me()?.tenants ?? []).map((tenant) => ({ value: tenant.id, label: tenant.name }))}
        />
        <DateField {...form.field('month')} kind="month" label={t('statements.month')} required={false} />
        <div class="form__actions">
          <SubmitButton busy={making.busy()} label={t('statements.makeButton')} />
        </div>
      </form>
      <Show when={open()}>
        {(statement) => (
          <StatementView
            statement={statement()}
            onSent={(sent) => {
              setOpen(sent);
              void refetch();
            }}
          />
        )}
      </Show>
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t('statements.list')}</h2>
        <Loaded resource={list} retry={refetch}>
          {(loaded) => (
            <Show when={loaded().items.length > 0} fallback={<p>{t('statements.none')}</p>}>
              <CardList each={loaded().items}>
                {(item) => (
                  <li class="card">
                    <h3 class="card__title">
                      {t('statements.heading', { tenant: item.tenantName, month: item.month })}
                    </h3>
                    <p class="card__meta">
                      {t('statements.summary', {
                        cheques: item.totals.cheques,
                        amount: euros(item.totals.amountCents),
                      })}
                    </p>
                    <p class="card__meta">{t(`statements.status.${item.status}`)}</p>
                    <div class="card__actions">
                      <button
                        type="button"
                        class="button button--secondary"
                        onClick={() => void show(item.id)}
                      >
                        {t('statements.open')}
                        <span class="visually-hidden"> {item.month}</span>
                      </button>
                      <DownloadLinks id={item.id} month={item.month} />
                    </div>
                  </li>
                )}
              </CardList>
            </Show>
          )}
        </Loaded>
      </section>
    </>
  );
}
