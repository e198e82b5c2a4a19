import type {
  ClientInfoMoments,
  InfoMoment,
  InfoMomentCreate,
  InfoMomentDetail,
  InfoMomentEligibleList,
  InfoMomentList,
} from '@digipakket/api/contracts';
import { portal } from '../../portal';

const moment = (id: string) => `/info-moments/${encodeURIComponent(id)}`;

export function fetchInfoMoments() {
  return portal.api.request<InfoMomentList>('/info-moments');
}

export function planInfoMoment({ body }: { body: InfoMomentCreate }) {
  return portal.api.request<{ moment: InfoMoment }>('/info-moments', { method: 'POST', body });
}

export function fetchInfoMoment({ momentId }: { momentId: string }) {
  return portal.api.request<InfoMomentDetail>(moment(momentId));
}

export function fetchEligibleClients({ momentId }: { momentId: string }) {
  return portal.api.request<InfoMomentEligibleList>(`${moment(momentId)}/eligible-clients`);
}

export function inviteClients({ momentId, clientIds }: { momentId: string; clientIds: string[] }) {
  return portal.api.request<InfoMomentDetail>(`${moment(momentId)}/invitations`, {
    method: 'POST',
    body: { clientIds },
  });
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
  return portal.api.request<InfoMomentDetail>(
    `${moment(momentId)}/invitations/${encodeURIComponent(clientId)}/attendance`,
    { method: 'POST', body: { attendance } },
  );
}

export function fetchClientInfoMoments({ clientId }: { clientId: string }) {
  return portal.api.request<ClientInfoMoments>(`/clients/${encodeURIComponent(clientId)}/info-moments`);
}

export function recordOneToOneInfo({ clientId }: { clientId: string }) {
  return portal.api.request<ClientInfoMoments>(
    `/clients/${encodeURIComponent(clientId)}/info-moments/one-to-one`,
    { method: 'POST' },
  );
}
