import { Badge, type BadgeTone, type TrajectoryStatus } from '@digipakket/portal-kit';
import { t } from '../../../portal';

const TONES: Record<TrajectoryStatus, BadgeTone> = {
  referred: 'info',
  assessed: 'info',
  approved: 'info',
  rejected: 'danger',
  device_reserved: 'warning',
  equipped: 'success',
  in_guidance: 'success',
  completed: 'success',
  dropped_out: 'danger',
  closed: 'neutral',
};

/** The client's derived trajectory status, in words and colour, named "Status" for screen readers. */
export function ClientStatusBadge(props: { status: TrajectoryStatus }) {
  return (
    <Badge tone={TONES[props.status] ?? 'neutral'} label={t('clients.column.status')}>
      {t(`status.${props.status}`)}
    </Badge>
  );
}
