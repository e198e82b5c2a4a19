import { type ChequeCode, formatChequeCode } from '@digipakket/domain';
import type { ClientArgs } from '../../ground/http/request-context';
import { readTenantClient } from '../../records/clients/clients.usecases';
import { createObservationsRepository } from './observations.repository';
import type { Observation, ObservationList } from './observations.schemas';

// Visits and lessons are calendar days; the list orders instants, so each day is placed mid-morning.
const day = (date: string, time = '09:00:00') => new Date(`${date}T${time}.000Z`).toISOString();
const displayCode = (code: string) => (code ? formatChequeCode(code as ChequeCode) : '');

const blank = {
  organisationName: null,
  actorName: null,
  minutes: null,
  attendance: null,
  topics: [],
  note: null,
  needsFollowUp: false,
  followUpReason: null,
  previousDate: null,
  signalIds: [],
} satisfies Partial<Observation>;

/**
 * What the partners observed about a client, newest first, for the welfare centre's caseworkers (the
 * visibility table gives them every visit and attendance mark). The read is audited.
 */
export async function listObservations({ ctx, clientId }: ClientArgs): Promise<ObservationList> {
  const { db, tenantId } = ctx;
  const { client } = await readTenantClient({
    ctx,
    clientId,
    action: 'client.observations_read',
    purpose: 'client_page',
  });
  const repository = createObservationsRepository({ db });
  const scope = { tenantId, clientId: client.id };
  const [{ visits }, { noShows }, { attendance }, { changes }, { signals }] = await Promise.all([
    repository.listVisits(scope),
    repository.listNoShows(scope),
    repository.listAttendance(scope),
    repository.listSessionChanges(scope),
    repository.listFollowUpSignals(scope),
  ]);
  const signalsOfCode = (code: string) =>
    signals
      .filter((signal) => code !== '' && signal.subjectId.endsWith(`:${code}`))
      .map((signal) => signal.id);

  const observations: Observation[] = [
    ...visits.map((visit) => ({
      ...blank,
      anchor: `observation-${visit.visitId}`,
      kind: 'visit' as const,
      at: day(visit.visitedOn),
      organisationName: visit.organisationName,
      actorName: visit.studentName,
      subject: displayCode(visit.chequeCode),
      minutes: visit.minutes,
      topics: visit.topics,
      note: visit.notes,
      needsFollowUp: visit.needsFollowUp,
      followUpReason: visit.followUpReason,
      signalIds: signalsOfCode(visit.chequeCode),
    })),
    ...noShows.map((row) => ({
      ...blank,
      anchor: `observation-${row.id}`,
      kind: 'no_show' as const,
      at: row.at.toISOString(),
      organisationName: row.organisationName,
      actorName: row.actorName,
      subject: displayCode(row.chequeCode),
    })),
    ...attendance.map((mark) => ({
      ...blank,
      anchor: `observation-${mark.id}`,
      kind: 'attendance' as const,
      at: day(mark.date, mark.startTime),
      organisationName: mark.organisationName,
      actorName: mark.teacherName,
      subject: mark.groupName,
      attendance: mark.status,
      note: mark.note,
    })),
    ...changes.map((change) => ({
      ...blank,
      anchor: `observation-${change.id}`,
      kind: change.kind === 'moved' ? ('session_moved' as const) : ('session_cancelled' as const),
      at: change.changedAt.toISOString(),
      organisationName: change.organisationName,
      actorName: change.actorName,
      subject: change.groupName,
      previousDate: change.previousDate,
      note: change.kind === 'moved' ? change.date : null,
    })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { observations };
}
