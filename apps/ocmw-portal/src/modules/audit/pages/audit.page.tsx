import '../audit.css';
// The filters and the export link are laid out as the reports page's are.
import '../../reports/reports.css';
import { LoadedList, SelectField } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { FilterForm, PeriodFields } from '../../shared/filter-form.component';
import { PageHeader } from '../../shared/page-header.component';
import { createPaging, PagingButtons } from '../../shared/paging.component';
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
  const paging = createPaging(AUDIT_PAGE_SIZE);
  const [who, setWho] = createSignal<{ client?: string; user?: string }>({});
  const [page, { refetch }] = createAuditQuery(() => ({ filters: filters(), offset: paging.offset() }));
  const update = (patch: Partial<AuditFilters>) => {
    setFilters({ ...filters(), ...patch });
    paging.restart();
  };
  return (
    <>
      <PageHeader title={t('audit.title')} lead={t('audit.intro')} />
      <FilterForm class="report-filters" label={t('audit.filters')}>
        <SelectField
          name="audit-action"
          label={t('audit.action')}
          required={false}
          value={filters().action}
          onValue={(action) => update({ action })}
          placeholder={t('audit.allActions')}
          options={ACTIONS.map((value) => ({ value, label: value }))}
        />
        <PeriodFields
          name="audit"
          labels={{ from: t('audit.from'), to: t('audit.to') }}
          period={filters()}
          onPeriod={({ from, to }) => update({ from, to })}
        />
      </FilterForm>
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
      <LoadedList resource={page} retry={refetch} emptyTitle={t('audit.empty')}>
        {(data) => (
          <>
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
            <PagingButtons paging={paging} total={data().total} />
          </>
        )}
      </LoadedList>
    </>
  );
}
