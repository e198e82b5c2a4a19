import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual } from '../../ground/database/query-helpers';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { passkeysTable, recoveryCodesTable, totpFactorsTable } from './auth.factors.tables';
import { createPasskeysRepository } from './auth.passkeys.repository';
import { sessionsTable } from './auth.tables';

/** A user's passkeys, TOTP authenticator and recovery codes, and the WebAuthn challenge of a session. */
export function createFactorsRepository({ db }: { db: Database }) {
  return {
    ...createPasskeysRepository({ db }),

    async findTotp({ userId }: { userId: string }) {
      const [totp] = await db.select().from(totpFactorsTable).where(eq(totpFactorsTable.userId, userId));
      return { totp };
    },

    /** A new setup replaces an unconfirmed one (and is refused by the caller when one is confirmed). */
    async startTotp({ userId, secret, at }: { userId: string; secret: string; at: Date }) {
      await db.delete(totpFactorsTable).where(eq(totpFactorsTable.userId, userId));
      await db.insert(totpFactorsTable).values({ userId, secret, createdAt: at });
    },

    async confirmTotp({ userId, step, at }: { userId: string; step: number; at: Date }) {
      await db
        .update(totpFactorsTable)
        .set({ confirmedAt: at, lastStep: step })
        .where(eq(totpFactorsTable.userId, userId));
    },

    /** Records the time step of an accepted code; false when that step (or a later one) was used already. */
    async useTotpStep({ userId, step }: { userId: string; step: number }) {
      const rows = await db
        .select({ lastStep: totpFactorsTable.lastStep })
        .from(totpFactorsTable)
        .where(eq(totpFactorsTable.userId, userId))
        .for('update');
      const last = rows[0]?.lastStep;
      if (last !== null && last !== undefined && last >= step) return { accepted: false };
      await db.update(totpFactorsTable).set({ lastStep: step }).where(eq(totpFactorsTable.userId, userId));
      return { accepted: true };
    },

    async deleteTotp({ userId }: { userId: string }) {
      const deleted = await db
        .delete(totpFactorsTable)
        .where(and(eq(totpFactorsTable.userId, userId), isNotNull(totpFactorsTable.confirmedAt)))
        .returning({ id: totpFactorsTable.id });
      return { deleted: deleted.length > 0 };
    },

    async replaceRecoveryCodes({
      userId,
      codeHashes,
      at,
    }: {
      userId: string;
      codeHashes: string[];
      at: Date;
    }) {
      await db.delete(recoveryCodesTable).where(eq(recoveryCodesTable.userId, userId));
      await db
        .insert(recoveryCodesTable)
        .values(codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: at })));
    },

    async countUnusedRecoveryCodes({ userId }: { userId: string }) {
      return {
        count: await db.$count(
          recoveryCodesTable,
          and(eq(recoveryCodesTable.userId, userId), isNull(recoveryCodesTable.usedAt)),
        ),
      };
    },

    /** Marks an unused code used, in one statement, so two requests at once cannot both use it. */
    async useRecoveryCode({ userId, codeHash, at }: { userId: string; codeHash: string; at: Date }) {
      const used = await db
        .update(recoveryCodesTable)
        .set({ usedAt: at })
        .where(columnsEqual(recoveryCodesTable, { userId, codeHash }, isNull(recoveryCodesTable.usedAt)))
        .returning({ id: recoveryCodesTable.id });
      return { used: used.length > 0 };
    },

    /** Every factor of a user goes: passkeys, authenticator app and recovery codes. */
    async deleteAllFactors({ userId }: { userId: string }) {
      await db.delete(passkeysTable).where(eq(passkeysTable.userId, userId));
      await db.delete(totpFactorsTable).where(eq(totpFactorsTable.userId, userId));
      await db.delete(recoveryCodesTable).where(eq(recoveryCodesTable.userId, userId));
    },

    async setChallenge({
      sessionId,
      challenge,
      expiresAt,
    }: {
      sessionId: string;
      challenge: string;
      expiresAt: Date;
    }) {
      await db
        .update(sessionsTable)
        .set({ challenge, challengeExpiresAt: expiresAt })
        .where(eq(sessionsTable.id, sessionId));
    },

    /** The session's challenge, forgotten as it is read: each works once. */
    async takeChallenge({ sessionId }: { sessionId: string }) {
      const [row] = await db
        .select({ challenge: sessionsTable.challenge, expiresAt: sessionsTable.challengeExpiresAt })
        .from(sessionsTable)
        .where(eq(sessionsTable.id, sessionId))
        .for('update');
      await db
        .update(sessionsTable)
        .set({ challenge: null, challengeExpiresAt: null })
        .where(eq(sessionsTable.id, sessionId));
      return { challenge: row?.challenge ?? null, expiresAt: row?.expiresAt ?? null };
    },

    async readTenantRequirement({ tenantId }: { tenantId: string }) {
      const [row] = await db
        .select({ required: tenantsTable.secondFactorRequired })
        .from(tenantsTable)
        .where(eq(tenantsTable.id, tenantId));
      return { setting: row?.required ?? null };
    },

    async writeTenantRequirement({
      tenantId,
      required,
      at,
    }: {
      tenantId: string;
      required: boolean;
      at: Date;
    }) {
      await db
        .update(tenantsTable)
        .set({ secondFactorRequired: required, updatedAt: at })
        .where(eq(tenantsTable.id, tenantId));
    },
  };
}

export type FactorsRepository = ReturnType<typeof createFactorsRepository>;
