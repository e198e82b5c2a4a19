import { DEVICE_STATUSES } from '@digipakket/domain';
import { DataTable, LoadedList, SelectField } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { type ComponentProps, createSignal, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { formatDay } from '../../shared/error-text';
import { LinkButton } from '../../shared/link-button.component';
import { PageHeader } from '../../shared/page-header.component';
import { createPaging, PagingButtons } from '../../shared/paging.component';
import { createDevicesQuery } from '../devices.queries';
import { DEVICE_PAGE_SIZE } from '../devices.services';

/** One filter of the inventory, "all" while nothing is chosen. */
function DeviceFilter(
  props: Pick<ComponentProps<typeof SelectField>, 'name' | 'label' | 'value' | 'onValue' | 'options'>,
) {
  return <SelectField {...props} optional placeholder={t('devices.filter.all')} />;
}

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
  /** A new filter value starts the list again from its first page. */
  const filterBy = (set: (value: string) => void) => (value: string) => {
    set(value);
    paging.restart();
  };
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
        <DeviceFilter
          name="device-status"
          label={t('devices.filter.status')}
          value={statusFilter()}
          onValue={filterBy(setStatusFilter)}
          options={DEVICE_STATUSES.map((status) => ({
            value: status,
            label: t(`device.status.${status}` as OcmwKey),
          }))}
        />
        <DeviceFilter
          name="device-model"
          label={t('devices.filter.model')}
          value={model()}
          onValue={filterBy(setModel)}
          options={(devices.latest?.models ?? []).map((name) => ({ value: name, label: name }))}
        />
      </div>
      <LoadedList resource={devices} retry={refetch} emptyTitle={t('devices.empty')}>
        {(list) => (
          <>
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
          </>
        )}
      </LoadedList>
    </>
  );
}
