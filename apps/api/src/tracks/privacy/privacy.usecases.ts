import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { hasTrajectoryEnded, RETENTION_MONTHS, type TrajectoryStatus } from '@digipakket/domain';
import { writeAudit } from '../../ground/audit/audit.usecases';
import { type Database, withTransaction } from '../../ground/database/database';
import { createForbiddenError } from '../../ground/http/access.errors';
import type { AuthContext } from '../../ground/http/app.types';
import type { ClientArgs, TenantArgs } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import type { ClientScope } from '../../records/clients/clients.repository';
import { readAudited } from '../../records/clients/clients.usecases';
import { createTrackFactsRepository } from '../trajectory/trajectory.facts.repository';
import { type ClientTrackFacts, deriveClientStatus, NO_TRACK_FACTS } from '../trajectory/trajectory.status';
import { createTrajectoryActiveError } from './privacy.errors';
import { createPrivacyRepository } from './privacy.repository';
import type {
  AccessExport,
  ErasureResult,
  RetentionSettings,
  RetentionSettingsResponse,
} from './privacy.schemas';

/** The audit action of an anonymisation, by the retention job or on request. */
export const ANONYMISE_ACTION = 'client.anonymise';

/** The client's derived status, and whether the trajectory has ended in the domain's sense. */
export function trajectoryState({ facts }: { facts: ClientTrackFacts }): {
  started: boolean;
  ended: boolean;
  status: TrajectoryStatus;
} {
  const { status } = deriveClientStatus({ facts });
  const started = facts.intake !== null;
  return { started, status, ended: hasTrajectoryEnded({ started, status }) };
}

async function trajectoryOf({ db, tenantId, clientId }: ClientScope) {
  const { facts } = await createTrackFactsRepository({ db }).getTrackFacts({
    tenantId,
    clientIds: [clientId],
  });
  return trajectoryState({ facts: facts.get(clientId) ?? NO_TRACK_FACTS });
}

/** Removes the welcome-pack PDFs printed for a client; the batch's manifest keeps only ids and checksums. */
export async function deleteClientDocuments({
  documentsDir,
  clientId,
  packJobIds,
}: {
  documentsDir: string;
  clientId: string;
  packJobIds: string[];
}): Promise<void> {
  for (const jobId of packJobIds) {
    const folder = join(documentsDir, jobId);
    await rm(join(folder, `${clientId}.pdf`), { force: true });
    await rm(join(folder, `${clientId}.pdf.partial`), { force: true });
  }
}

/**
 * Anonymises one client in one transaction, if still needed: locks the client, checks again that
 * it is not anonymised yet and that `mayProceed` still says yes, replaces the personal data and writes the
 * audit row. Returns whether this call did it; the PDFs go after the commit.
 */
export async function anonymiseClient({
  db,
  tenantId,
  clientId,
  now,
  actor,
  purpose,
  requestId,
  documentsDir,
  mayProceed,
}: {
  db: Database;
  tenantId: string;
  clientId: string;
  now: Date;
  actor: AuthContext | undefined;
  purpose: string;
  requestId?: string;
  documentsDir: string;
  mayProceed: (tx: Database) => Promise<boolean>;
}): Promise<{ anonymised: boolean; anonymisedAt: Date | null }> {
  const outcome = await withTransaction({
    db,
    work: async (tx) => {
      const repo = createPrivacyRepository({ db: tx });
      const { client } = await repo.findClient({ tenantId, clientId, lock: true });
      if (!client) throw createClientNotFoundError();
      if (client.anonymisedAt)
        return { anonymised: false, anonymisedAt: client.anonymisedAt, packJobIds: [] };
      if (!(await mayProceed(tx))) return { anonymised: false, anonymisedAt: null, packJobIds: [] };
      const { packJobIds } = await repo.anonymiseClient({ tenantId, clientId, now });
      // Also run by the retention job, with no request and no user: not through a request context.
      await writeAudit({
        db: tx,
        entry: {
          actor,
          tenantId,
          clientId,
          action: ANONYMISE_ACTION,
          resource: `client:${clientId}`,
          purpose: purpose.slice(0, 200),
          requestId: requestId ?? null,
          at: now,
        },
      });
      return { anonymised: true, anonymisedAt: now, packJobIds };
    },
  });
  if (outcome.anonymised) {
    await deleteClientDocuments({ documentsDir, clientId, packJobIds: outcome.packJobIds });
  }
  return { anonymised: outcome.anonymised, anonymisedAt: outcome.anonymisedAt };
}

/**
 * The admin's erasure of one client on request (GDPR article 17): refused with 409
 * `privacy.trajectory_active` while the trajectory is open; asking again for an anonymised client
 * changes nothing and says so.
 */
export async function requestErasure({
  ctx,
  documentsDir,
  clientId,
  reason,
}: ClientArgs<{ documentsDir: string; reason: string }>): Promise<ErasureResult> {
  const { db, clock, requestId, tenantId } = ctx;
  if (!isIdOf({ kind: 'client', value: clientId })) throw createClientNotFoundError();
  const now = clock.now();
  try {
    const result = await anonymiseClient({
      db,
      tenantId,
      clientId,
      now,
      actor: ctx.actor,
      purpose: `erasure_request: ${reason}`,
      requestId,
      documentsDir,
      mayProceed: async (tx) => {
        const { ended } = await trajectoryOf({ db: tx, tenantId, clientId });
        if (!ended) throw createTrajectoryActiveError();
        return true;
      },
    });
    return {
      clientId,
      anonymisedAt: result.anonymisedAt!.toISOString(),
      alreadyAnonymised: !result.anonymised,
    };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'privacy.trajectory_active') {
      await ctx.audit({
        clientId,
        action: ANONYMISE_ACTION,
        resource: `client:${clientId}`,
        outcome: 'denied',
        purpose: 'erasure_request: trajectory still open',
      });
    }
    throw error;
  }
}

/** The tenant's retention period, with the limits the portal shows. */
export async function getRetentionSettings({ ctx }: TenantArgs): Promise<RetentionSettingsResponse> {
  const { db, tenantId } = ctx;
  const { tenant } = await createPrivacyRepository({ db }).findTenant({ tenantId });
  if (!tenant) throw createForbiddenError();
  return { retentionMonths: tenant.retentionMonths, limits: { ...RETENTION_MONTHS } };
}

export async function updateRetentionSettings({
  ctx,
  input,
}: TenantArgs<{ input: RetentionSettings }>): Promise<RetentionSettingsResponse> {
  const { clock, tenantId } = ctx;
  const now = clock.now();
  return ctx.transaction(async ({ tx, audit }) => {
    const { tenant } = await createPrivacyRepository({ db: tx }).setRetentionMonths({
      tenantId,
      months: input.retentionMonths,
      now,
    });
    if (!tenant) throw createForbiddenError();
    await audit({
      action: 'privacy.retention_update',
      resource: `tenant:${tenantId}`,
      purpose: `retention_months=${input.retentionMonths}`,
    });
    return { retentionMonths: tenant.retentionMonths, limits: { ...RETENTION_MONTHS } };
  });
}

type Row = Record<string, unknown>;

function withoutKeys(row: Row, keys: readonly string[]): Row {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
}

/**
 * The access request (GDPR article 15): everything each organisation holds on one client, grouped
 * by organisation, with the audit trail of who read or changed it. The export itself is audited.
 */
export async function exportClientData({
  ctx,
  documentsDir,
  clientId,
}: ClientArgs<{ documentsDir: string }>): Promise<AccessExport> {
  const { db, clock, tenantId } = ctx;
  const repo = createPrivacyRepository({ db });
  const now = clock.now();
  const client = await readAudited({
    ctx,
    clientId,
    action: 'client.export_read',
    purpose: 'access_request',
    read: async () =>
      isIdOf({ kind: 'client', value: clientId })
        ? (await repo.findClient({ tenantId, clientId })).client
        : undefined,
  });

  const [{ tenant }, { organisation: welfare }, data, trajectory] = await Promise.all([
    repo.findTenant({ tenantId }),
    repo.findWelfareOrganisation({ tenantId }),
    repo.loadClientData({ tenantId, clientId }),
    trajectoryOf({ db, tenantId, clientId }),
  ]);

  const partnerIds = [
    ...new Set([
      ...data.cheques.map((cheque) => cheque.homeHelpOrgId),
      ...data.enrolments.map((enrolment) => enrolment.trainingOrgId),
    ]),
  ];
  const { organisations: partners } = await repo.findOrganisations({ ids: partnerIds });

  const organisations: AccessExport['organisations'] = [];
  if (welfare) {
    organisations.push({
      organisation: welfare,
      data: {
        identity: { ...withoutKeys(client, ['phoneDigits']), trajectoryStatus: trajectory.status },
        intakes: data.intakes.map((intake) => withoutKeys(intake, ['verdict'])),
        eligibility: data.intakes.map((intake) => ({
          intakeId: intake.id,
          programmeId: intake.programmeId,
          verdict: intake.verdict,
          decision: intake.decision,
          overrideReason: intake.overrideReason,
          decidedAt: intake.decidedAt,
        })),
        devices: data.devices,
        deviceEvents: data.deviceEvents,
        cheques: data.cheques,
        documents: data.packJobs.map((job) => ({
          kind: 'welcome_pack',
          batchId: job.id,
          batchStatus: job.status,
          createdAt: job.createdAt,
          fileKept: existsSync(join(documentsDir, job.id, `${clientId}.pdf`)),
        })),
        signals: data.signals,
        contactConsents: data.contactConsents,
        messages: data.messages,
        buddyPairings: data.buddyPairings,
        digipuntInfo: data.digipuntInfo,
        outcomeRounds: data.outcomeRounds,
      },
    });
  }
  for (const partner of partners.sort((a, b) => a.id.localeCompare(b.id))) {
    // What every partner keeps: the messages it sent the client and the outcome rounds it took.
    const sentAndTaken = {
      messages: data.messages.filter((message) => message.orgId === partner.id),
      outcomeRounds: data.outcomeRounds.filter((round) => round.takenByOrgId === partner.id),
    };
    if (partner.kind === 'home_help') {
      organisations.push({
        organisation: partner,
        data: {
          cheques: data.cheques
            .filter((cheque) => cheque.homeHelpOrgId === partner.id)
            .map((cheque) => ({
              id: cheque.id,
              code: cheque.code,
              purpose: cheque.purpose,
              status: cheque.status,
              studentUserId: cheque.studentUserId,
              appointmentAt: cheque.appointmentAt,
              validUntil: cheque.validUntil,
            })),
          visits: data.visits.filter((visit) => visit.homeHelpOrgId === partner.id),
          ...sentAndTaken,
        },
      });
    } else if (partner.kind === 'training') {
      organisations.push({
        organisation: partner,
        data: {
          enrolments: data.enrolments.filter((enrolment) => enrolment.trainingOrgId === partner.id),
          attendance: data.attendance
            .filter((row) => row.trainingOrgId === partner.id)
            .map((row) => ({ ...row.attendance, sessionDate: row.sessionDate })),
          progressNotes: data.enrolments
            .filter((enrolment) => enrolment.trainingOrgId === partner.id && enrolment.progressNote !== null)
            .map((enrolment) => ({
              enrolmentId: enrolment.id,
              note: enrolment.progressNote,
              at: enrolment.progressNoteAt,
            })),
          referrals: data.referrals.filter((referral) => referral.trainingOrgId === partner.id),
          ...sentAndTaken,
        },
      });
    }
  }

  // Dates become ISO strings here, so the answer is exactly the JSON the client receives.
  return JSON.parse(
    JSON.stringify({
      format: 'digipakket.access-export.v1',
      generatedAt: now.toISOString(),
      tenant: { id: tenantId, name: tenant?.name ?? '' },
      clientId,
      organisations,
      auditTrail: data.audit,
    }),
  ) as AccessExport;
}
