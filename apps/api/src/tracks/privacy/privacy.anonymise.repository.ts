import { sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual } from '../../ground/database/query-helpers';
import { jobsTable } from '../../ground/jobs/jobs.tables';

/** What replaces a client's names and any free text that must stay non-empty. */
export const ANONYMISED = 'Geanonimiseerd';

/** The job kind of a batch of welcome packs (kept here to avoid importing the PDF renderer). */
export const PACK_BATCH_JOB_KIND = 'documents.packs';

/** The tenant's batches of welcome packs that printed this client. */
export function packJobsPrinting({ tenantId, clientId }: { tenantId: string; clientId: string }) {
  return columnsEqual(
    jobsTable,
    { tenantId, kind: PACK_BATCH_JOB_KIND },
    sql`${jobsTable.payload}->'clientIds' @> jsonb_build_array(${clientId}::text)`,
  );
}

/** The erasure of a client's personal data. */
export function createPrivacyAnonymiseRepository({ db }: { db: Database }) {
  return {
    /**
     * Replaces the client's personal data in every table: names become {@link ANONYMISED}, contact
     * details, national number, street and coordinates are removed, the birth date keeps only its
     * year, free text is cleared (or replaced where a reason must stay non-empty), signatures are
     * dropped. Ids, statuses, dates, purposes, skill levels, counts and amounts stay, so reports and
     * statements add up as before. Run it inside the transaction that locked the client.
     */
    async anonymiseClient({ tenantId, clientId, now }: { tenantId: string; clientId: string; now: Date }) {
      const at = now.toISOString();
      const replaced = (column: string) =>
        sql.raw(`CASE WHEN ${column} IS NULL THEN NULL ELSE '${ANONYMISED}' END`);
      await db.execute(sql`
        UPDATE clients SET
          first_name = ${ANONYMISED},
          last_name = ${ANONYMISED},
          file_number = ${`anon-${clientId}`},
          birth_date = CASE WHEN birth_date IS NULL THEN NULL ELSE make_date(extract(year FROM birth_date)::int, 1, 1) END,
          national_number = NULL,
          phone = NULL,
          email = NULL,
          street = NULL,
          lat = NULL,
          lon = NULL,
          household = household - 'note',
          anonymised_at = ${at}::timestamptz,
          updated_at = ${at}::timestamptz
        WHERE id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE intakes SET
          override_reason = ${replaced('override_reason')},
          closure_reason = ${replaced('closure_reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE trajectory_events SET note = CASE WHEN note = '' THEN '' ELSE ${ANONYMISED} END
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE device_events SET
          reason = ${replaced('reason')},
          signature_method = NULL,
          signature_png = NULL
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE cheques SET cancelled_reason = ${replaced('cancelled_reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE visits SET notes = NULL, follow_up_reason = ${replaced('follow_up_reason')}
        WHERE tenant_id = ${tenantId} AND cheque_id IN (SELECT id FROM cheques WHERE client_id = ${clientId})`);
      await db.execute(sql`
        UPDATE enrolments SET progress_note = NULL, withdrawn_reason = ${replaced('withdrawn_reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE attendance SET note = NULL
        WHERE tenant_id = ${tenantId} AND enrolment_id IN (SELECT id FROM enrolments WHERE client_id = ${clientId})`);
      await db.execute(sql`
        UPDATE referrals SET reason = ${replaced('reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE signals SET snooze_reason = ${replaced('snooze_reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      // Messages keep their kind, channel and dates; where they went and what they said go, and none
      // still waiting is sent to a person who is no longer on record.
      await db.execute(sql`
        UPDATE messages SET
          recipient = NULL,
          body = '',
          status = CASE WHEN status = 'queued' THEN 'withdrawn' ELSE status END,
          reason = CASE WHEN status = 'queued' THEN 'client.anonymised' ELSE reason END,
          withdrawn_at = CASE WHEN status = 'queued' THEN ${at}::timestamptz ELSE withdrawn_at END,
          updated_at = ${at}::timestamptz
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE buddy_pairings SET buddy_name = ${ANONYMISED}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      // Stored answers of idempotent requests may quote the client; they are only kept to replay a retry.
      await db.execute(sql`
        DELETE FROM idempotency_keys WHERE response::text LIKE ${`%${clientId}%`}`);
      const packJobs = await db
        .select({ id: jobsTable.id })
        .from(jobsTable)
        .where(packJobsPrinting({ tenantId, clientId }));
      return { packJobIds: packJobs.map((job) => job.id) };
    },
  };
}
