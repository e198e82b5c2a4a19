import type { InfoMomentCreate } from '@digipakket/api/contracts';
import { INFO_MOMENT_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchInfoMoments() {
  return portal.api.call(INFO_MOMENT_ROUTES.list);
}

export function planInfoMoment({ body }: { body: InfoMomentCreate }) {
  return portal.api.call(INFO_MOMENT_ROUTES.plan, { body });
}

export function fetchInfoMoment({ momentId }: { momentId: string }) {
  return portal.api.call(INFO_MOMENT_ROUTES.detail, { params: { id: momentId } });
}

export function fetchEligibleClients({ momentId }: { momentId: string }) {
  return portal.api.call(INFO_MOMENT_ROUTES.eligibleClients, { params: { id: momentId } });
}

export function inviteClients({ momentId, clientIds }: { momentId: string; clientIds: string[] }) {
  return portal.api.call(INFO_MOMENT_ROUTES.invite, { params: { id: momentId }, body: { clientIds } });
}

export function recordAttendance({
  momentId,
  clientId,
  attendance,
}: {
  momentId: string;
  clientId: string;
  attendance: 'attended' | 'absent';
}) {
  return portal.api.call(INFO_MOMENT_ROUTES.recordAttendance, {
    params: { id: momentId, clientId },
    body: { attendance },
  });
}

export function fetchClientInfoMoments({ clientId }: { clientId: string }) {
  return portal.api.call(INFO_MOMENT_ROUTES.ofClient, { params: { id: clientId } });
}

export function recordOneToOneInfo({ clientId }: { clientId: string }) {
  return portal.api.call(INFO_MOMENT_ROUTES.oneToOne, { params: { id: clientId } });
}
