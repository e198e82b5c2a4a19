import type { Statement, StatementLine } from '@digipakket/api/contracts';
import {
  CardList,
  createAction,
  DateField,
  ErrorNotice,
  errorMessageKey,
  Loaded,
  SubmitButton,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
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
      {/* The wide table scrolls sideways on a phone; the focusable wrapper lets a keyboard scroll it too. */}
      <section class="table-wrap" tabindex="0" aria-label={t('statements.linesCaption')}>
        <table class="table">
          <caption class="visually-hidden">{t('statements.linesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statements.date')}</th>
              <th scope="col">{t('statements.client')}</th>
              <th scope="col">{t('visit.student')}</th>
              <th scope="col">{t('statements.minutes')}</th>
              <th scope="col">{t('visits.purpose')}</th>
              <th scope="col">{t('statements.price')}</th>
              <th scope="col">{t('statements.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.statement.lines}>
              {(line) => (
                <tr>
                  <td>{line.visitedOn}</td>
                  <td>{line.clientName}</td>
                  <td>{line.studentName}</td>
                  <td>{line.minutes}</td>
                  <td>{t(`purpose.${line.purpose}`)}</td>
                  <td>{euros(line.priceCents)}</td>
                  <td>{verdictText(line)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** The coordinator's monthly statements: one per welfare centre and month, with its CSV. */
export function StatementsPage() {
  usePageTitle(() => t('statements.title'));
  const { session } = usePortal();
  const [list, { refetch }] = createStatementsQuery();
  const [tenantId, setTenantId] = createSignal(session.me()?.tenants[0]?.id ?? '');
  const [month, setMonth] = createSignal(previousMonth(new Date()));
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
    await making.run({ tenantId: tenantId(), month: month() });
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
        <div class="field">
          <label class="field__label" for="field-tenant">
            {t('queue.tenant')}
          </label>
          <select
            id="field-tenant"
            class="input"
            value={tenantId()}
            onChange={(event) => setTenantId(event.currentTarget.value)}
          >
            <For each={session.me()?.tenants ?? []}>
              {(tenant) => <option value={tenant.id}>{tenant.name}</option>}
            </For>
          </select>
        </div>
        <DateField
          name="month"
          kind="month"
          label={t('statements.month')}
          required={false}
          value={month()}
          onValue={setMonth}
        />
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
