import type { WavePlan } from '@digipakket/api/contracts';
import { DataTable } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { t } from '../../../portal';

function used(plan: WavePlan, kind: 'laptops' | 'chequeHours' | 'trainingSeats') {
  const over = plan.overCapacity.some((overflow) => overflow.capacity === kind);
  return (
    <span classList={{ 'capacity-cell--over': over }}>
      {t('waves.usedOf', { used: plan.committed[kind], capacity: plan.wave.capacity[kind] })}
    </span>
  );
}

/** Each wave of the programme against its capacity: clients, laptops, cheque hours, training seats. */
export function WavePlanTable(props: { programmeName: string; plans: WavePlan[] }) {
  return (
    <DataTable
      caption={t('waves.table.caption', { programme: props.programmeName })}
      rows={props.plans}
      columns={[
        {
          header: t('waves.column.name'),
          rowHeader: true,
          cell: (plan) => <A href={`/waves/${plan.wave.id}`}>{plan.wave.name}</A>,
        },
        {
          header: t('waves.column.period'),
          class: 'nowrap',
          cell: (plan) => `${plan.wave.pickupFrom} – ${plan.wave.pickupUntil}`,
        },
        { header: t('waves.column.clients'), cell: (plan) => plan.clients },
        { header: t('waves.column.laptops'), cell: (plan) => used(plan, 'laptops') },
        { header: t('waves.column.hours'), cell: (plan) => used(plan, 'chequeHours') },
        { header: t('waves.column.seats'), cell: (plan) => used(plan, 'trainingSeats') },
        {
          header: t('waves.column.warnings'),
          cell: (plan) =>
            plan.overCapacity.length + plan.beyondResources.length === 0
              ? t('waves.fits')
              : t('waves.warnings', {
                  count: plan.overCapacity.length + plan.beyondResources.length,
                }),
        },
      ]}
    />
  );
}
