import '../audit.css';
// The filters and the export link are laid out as the reports page's are.
import '../../reports/reports.css';
import { DateField, EmptyState, Loaded, Pagination, SelectField } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { PageHeader } from '../../shared/page-header.component';
import { ResultCount } from '../../shared/result-count.component';
import { createAuditQuery } from '../audit.queries';
import { AUDIT_PAGE_SIZE, type AuditFilters, exportHref } from '../audit.services';
import { AuditTable } from '../components/audit-table.component';

const ACTIONS = [
  'client.read',
  'client.create',
  'client.update',
  'cheque.redeem',
  'signal.snooze',
  'wave.create',
  'wave.add_client',
  'programme.settings_update',
  'user.invite',
  'user.disable',
  'report.export',
  'audit.export',
  'dashboard.clients_read',
];

/**
 * The tenant's audit log for the project lead: who saw or changed which client's data, when and from
 * which organisation. Click a client or a person to see only their entries.
 */
export function AuditPage() {
  const [filters, setFilters] = createSignal<AuditFilters>({
    clientId: '',
    userId: '',
    action: '',
    from: '',
    to: '',
  });
  const [offset, setOffset] = createSignal(0);
  const [who, setWho] = createSignal<{ client?: string; user?: string }>({});
  const [page, { refetch }] = createAuditQuery(() => ({ filters: filters(), offset: offset() }));
  const update = (patch: Partial<AuditFilters>) => {
    setFilters({ ...filters(), ...patch });
    setOffset(0);
  };
  return (
    <>
      <PageHeader title={t('audit.title')} lead={t('audit.intro')} />
      <form
        class="report-filters"
        onSubmit={(event) => event.preventDefault()}
        aria-label={t('audit.filters')}
      >
        <SelectField
          name="audit-action"
          label={t('audit.action')}
          required={false}
          value={filters().action}
          onValue={(action) => update({ action })}
          options={[
            { value: '', label: t('audit.allActions') },
            ...ACTIONS.map((value) => ({ value, label: value })),
          ]}
        />
        <DateField
          name="audit-from"
          label={t('audit.from')}
          required={false}
          value={filters().from}
          onValue={(from) => update({ from })}
          width="medium"
        />
        <DateField
          name="audit-to"
          label={t('audit.to')}
          required={false}
          value={filters().to}
          onValue={(to) => update({ to })}
          width="medium"
        />
      </form>
      <Show when={filters().clientId || filters().userId}>
        <p role="status">
          {filters().clientId
            ? t('audit.onlyClient', { name: who().client ?? '' })
            : t('audit.onlyUser', { name: who().user ?? '' })}{' '}
          <button
            type="button"
            class="button button--secondary button--compact"
            onClick={() => {
              setWho({});
              update({ clientId: '', userId: '' });
            }}
          >
            {t('audit.clearFilter')}
          </button>
        </p>
      </Show>
      <p class="report-downloads">
        <a class="button button--secondary" href={exportHref({ filters: filters() })} download="">
          {t('audit.export')}
        </a>
      </p>
      <ResultCount total={page.latest?.total} one="audit.total.one" other="audit.total.other" />
      <Loaded resource={page} retry={refetch}>
        {(data) => (
          <Show when={data().items.length > 0} fallback={<EmptyState title={t('audit.empty')} />}>
            <AuditTable
              entries={data().items}
              onUser={(actor) => {
                setWho({ user: actor.name ?? '' });
                update({ userId: actor.id ?? '', clientId: '' });
              }}
              onClient={(client) => {
                setWho({ client: client.name });
                update({ clientId: client.id, userId: '' });
              }}
            />
            <Pagination offset={offset()} limit={AUDIT_PAGE_SIZE} total={data().total} onOffset={setOffset} />
          </Show>
        )}
      </Loaded>
    </>
  );
}
