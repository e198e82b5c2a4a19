import { DEVICE_STATUSES } from '@digipakket/domain';
import { DataTable, EmptyState, Loaded, SelectField } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { formatDay } from '../../shared/error-text';
import { LinkButton } from '../../shared/link-button.component';
import { PageHeader } from '../../shared/page-header.component';
import { createPaging, PagingButtons } from '../../shared/paging.component';
import { createDevicesQuery } from '../devices.queries';
import { DEVICE_PAGE_SIZE } from '../devices.services';

/** The inventory: every laptop with its state and holder, filtered by status and model. */
export function DevicesPage() {
  const [statusFilter, setStatusFilter] = createSignal('');
  const [model, setModel] = createSignal('');
  const paging = createPaging(DEVICE_PAGE_SIZE);
  const [devices, { refetch }] = createDevicesQuery(() => ({
    status: statusFilter(),
    model: model(),
    offset: paging.offset(),
  }));
  return (
    <>
      <PageHeader
        title={t('devices.title')}
        action={<LinkButton href="/devices/receive" primary label={t('devices.receive')} />}
      />
      <Show when={devices.latest}>
        {(list) => (
          <p class="lead">
            {DEVICE_STATUSES.map(
              (status) => `${t(`device.status.${status}` as OcmwKey)}: ${list().counts[status] ?? 0}`,
            ).join(' · ')}
          </p>
        )}
      </Show>
      <div class="form__row filters">
        <SelectField
          name="device-status"
          label={t('devices.filter.status')}
          optional
          value={statusFilter()}
          onValue={(value) => {
            setStatusFilter(value);
            paging.restart();
          }}
          placeholder={t('devices.filter.all')}
          options={DEVICE_STATUSES.map((status) => ({
            value: status,
            label: t(`device.status.${status}` as OcmwKey),
          }))}
        />
        <SelectField
          name="device-model"
          label={t('devices.filter.model')}
          optional
          value={model()}
          onValue={(value) => {
            setModel(value);
            paging.restart();
          }}
          placeholder={t('devices.filter.all')}
          options={(devices.latest?.models ?? []).map((name) => ({ value: name, label: name }))}
        />
      </div>
      <Loaded resource={devices} retry={refetch}>
        {(list) => (
          <Show when={list().items.length > 0} fallback={<EmptyState title={t('devices.empty')} />}>
            <DataTable
              caption={t('devices.title')}
              captionHidden
              busy={devices.loading}
              rows={list().items}
              columns={[
                {
                  header: t('devices.column.serial'),
                  cell: (device) => <A href={`/devices/${device.id}`}>{device.serial}</A>,
                  rowHeader: true,
                  class: 'nowrap',
                },
                { header: t('devices.column.model'), cell: (device) => device.model },
                {
                  header: t('devices.column.status'),
                  cell: (device) => t(`device.status.${device.status}` as OcmwKey),
                },
                {
                  header: t('devices.column.holder'),
                  cell: (device) =>
                    device.holder ? <A href={`/clients/${device.holder.id}`}>{device.holder.name}</A> : '—',
                },
                {
                  header: t('devices.column.since'),
                  cell: (device) => formatDay(device.updatedAt),
                  class: 'nowrap',
                },
              ]}
            />
            <PagingButtons paging={paging} total={list().total} />
          </Show>
        )}
      </Loaded>
    </>
  );
}
