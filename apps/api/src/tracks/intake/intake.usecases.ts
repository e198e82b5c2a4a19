import {
  evaluateEligibility,
  OVERRIDE_REASON_MIN_LENGTH,
  parseSkillAnswers,
  QUESTION_IDS,
  recommendPackage,
  scoreAssessment,
} from '@digipakket/domain';
import type { z } from 'zod';
import type { Database } from '../../ground/database/database';
import type { ClientArgs, TenantContext } from '../../ground/http/request-context';
import { type Package, PackageSchema } from '../../records/clients/clients.schemas';
import { requireTenantClient } from '../../records/clients/clients.usecases';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import {
  createAlreadyDecidedError,
  createAnswersIncompleteError,
  createIntakeLockedError,
  createNoProgrammeError,
  createNotEligibleError,
  createOverrideReasonTooShortError,
  createPackageChangeReasonMissingError,
  createWaveNotFoundError,
  createWaveRequiredError,
} from './intake.errors';
import { createIntakeRepository, type IntakeRow } from './intake.repository';
import type {
  IntakeEvaluation,
  IntakeInputSchema,
  IntakeResponse,
  IntakeSaveSchema,
  IntakeView,
  WaveOption,
} from './intake.schemas';

type IntakeInput = z.output<typeof IntakeInputSchema>;

/** What the intake row keeps beyond its own columns, in `verdict`. */
type StoredVerdict = {
  facts: {
    householdHasUsableLaptop: boolean | null;
    canAffordLaptop: boolean | null;
    activeWelfareFile: boolean;
  };
  eligible: boolean;
  overridden: boolean;
  reasons: { code: string }[];
  recommendedPackage: Package | null;
  package: Package | null;
  packageChangeReason: string | null;
};

/** The parts of a package the intake stores and a social worker may change. */
const PACKAGE_PARTS = PackageSchema.keyof().options;

/** The package's parts alone (the domain's recommendation holds more). */
function packageOf(value: Package): Package {
  return Object.fromEntries(PACKAGE_PARTS.map((part) => [part, value[part]])) as Package;
}

function samePackage(a: Package, b: Package): boolean {
  return PACKAGE_PARTS.every((part) => a[part] === b[part]);
}

/**
 * Runs the domain's rules on what was filled in. Unknown means are read as "cannot afford" and an
 * unknown household laptop as "none", so a draft shows the verdict it would get; the decision itself
 * needs every answer.
 */
function evaluate({
  input,
  settings,
  householdAlreadyEquipped,
  wave,
  userId,
}: {
  input: IntakeInput;
  settings: ReturnType<typeof readProgrammeSettings>;
  householdAlreadyEquipped: boolean;
  wave: WaveOption | undefined;
  userId: string;
}): { evaluation: IntakeEvaluation; overrideApplied: boolean } {
  const missingAnswers = QUESTION_IDS.filter((id) => input.answers[id] === undefined);
  const parsed = parseSkillAnswers({ answers: input.answers });
  const score = parsed.ok ? scoreAssessment({ answers: parsed.answers }) : null;
  const recommended = score
    ? packageOf(recommendPackage({ level: score.level, purposes: input.purposes, settings }).package)
    : null;
  const facts = {
    activeWelfareFile: input.activeWelfareFile,
    purposes: input.purposes,
    householdHasUsableLaptop: input.householdHasUsableLaptop ?? false,
    canAffordLaptop: input.canAffordLaptop ?? false,
    householdAlreadyEquipped,
    ...(wave
      ? { wave: { laptopCapacity: wave.laptopCapacity, laptopsCommitted: wave.laptopsCommitted } }
      : {}),
  };
  const verdict = evaluateEligibility({
    facts,
    ...(input.overrideReason ? { override: { reason: input.overrideReason, by: userId } } : {}),
  });
  return {
    evaluation: {
      missingAnswers,
      level: score?.level ?? null,
      decidedBy: score?.decidedBy ?? [],
      eligible: verdict.eligible,
      overridden: verdict.overridden,
      reasons: verdict.reasons.map((reason) => ({ ...reason })),
      recommendedPackage: recommended,
    },
    overrideApplied: verdict.overridden,
  };
}

function toView(row: IntakeRow): IntakeView {
  const verdict = (row.verdict ?? {}) as Partial<StoredVerdict>;
  return {
    id: row.id,
    decision: row.decision,
    purposes: row.purposes,
    householdHasUsableLaptop: verdict.facts?.householdHasUsableLaptop ?? null,
    canAffordLaptop: verdict.facts?.canAffordLaptop ?? null,
    activeWelfareFile: verdict.facts?.activeWelfareFile ?? true,
    answers: row.answers as Record<string, string>,
    waveId: row.waveId,
    package: verdict.package ?? null,
    packageChangeReason: verdict.packageChangeReason ?? null,
    overrideReason: row.overrideReason,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The client, programme and intake a step works on; `db` is the step's transaction when it has one. */
async function loadContext({
  ctx,
  db = ctx.db,
  clientId,
}: {
  ctx: TenantContext;
  db?: Database;
  clientId: string;
}) {
  const { tenantId } = ctx;
  const { client } = await requireTenantClient({ db, tenantId, clientId });
  const repository = createIntakeRepository({ db });
  const { programme } = await repository.findActiveProgramme({ tenantId });
  if (!programme) throw createNoProgrammeError();
  const [{ intake }, { waves }, { equipped }] = await Promise.all([
    repository.findIntake({ tenantId, clientId, programmeId: programme.id }),
    repository.listWaves({ tenantId, programmeId: programme.id, excludeClientId: clientId }),
    repository.isHouseholdEquipped({ tenantId, clientId }),
  ]);
  return {
    tenantId,
    client,
    programme,
    settings: readProgrammeSettings({ stored: programme.settings }),
    intake,
    waves,
    householdAlreadyEquipped: equipped,
  };
}

/** Audits a read of the client's data for the intake (the verdict also reads their household). */
function auditClientRead({
  ctx,
  ...record
}: ClientArgs<{ tenantId: string; action: string }>): Promise<void> {
  return ctx.audit({ ...record, resource: `client:${record.clientId}`, purpose: 'intake' });
}

/** The intake of a client in the current programme (or none yet), its verdict and the waves to choose from. */
export async function getIntake({ ctx, clientId }: ClientArgs): Promise<IntakeResponse> {
  const context = await loadContext({ ctx, clientId });
  await auditClientRead({ ctx, tenantId: context.tenantId, clientId, action: 'intake.read' });
  const view = context.intake ? toView(context.intake) : null;
  const evaluation = view
    ? evaluate({
        input: {
          purposes: view.purposes as IntakeInput['purposes'],
          answers: view.answers as IntakeInput['answers'],
          activeWelfareFile: view.activeWelfareFile,
          ...(view.householdHasUsableLaptop === null
            ? {}
            : { householdHasUsableLaptop: view.householdHasUsableLaptop }),
          ...(view.canAffordLaptop === null ? {} : { canAffordLaptop: view.canAffordLaptop }),
          ...(view.overrideReason ? { overrideReason: view.overrideReason } : {}),
        },
        settings: context.settings,
        householdAlreadyEquipped: context.householdAlreadyEquipped,
        wave: context.waves.find((wave) => wave.id === view.waveId),
        userId: ctx.actor.user.id,
      }).evaluation
    : null;
  return {
    intake: view,
    evaluation,
    programme: { id: context.programme.id, name: context.programme.name },
    waves: context.waves,
  };
}

/** The verdict the rules give on what the wizard holds, without saving anything. */
export async function evaluateIntake({
  ctx,
  clientId,
  input,
}: ClientArgs<{ input: IntakeInput }>): Promise<{ evaluation: IntakeEvaluation }> {
  const context = await loadContext({ ctx, clientId });
  const wave = input.waveId ? context.waves.find((candidate) => candidate.id === input.waveId) : undefined;
  if (input.waveId && !wave) throw createWaveNotFoundError();
  // The verdict reads the client's household and earlier programmes: a read of the client's data.
  await auditClientRead({ ctx, tenantId: context.tenantId, clientId, action: 'intake.evaluated' });
  return evaluate({
    input,
    settings: context.settings,
    householdAlreadyEquipped: context.householdAlreadyEquipped,
    wave,
    userId: ctx.actor.user.id,
  });
}

/**
 * Saves the intake in one transaction. A draft keeps whatever is filled in. A decision needs every
 * answer; an approval also needs a wave and, when a rule fails, a written override reason (the failed
 * rules stay on record); a package that differs from the recommended one needs a reason too.
 */
export async function saveIntake({
  ctx,
  clientId,
  input,
}: ClientArgs<{ input: z.output<typeof IntakeSaveSchema> }>): Promise<{
  intake: IntakeView;
  evaluation: IntakeEvaluation;
}> {
  const { clock } = ctx;
  const now = clock.now();
  return ctx.transaction(async ({ tx, audit }) => {
    const context = await loadContext({ ctx, db: tx, clientId });
    const { decision } = input;
    if (context.intake && context.intake.decision !== 'draft' && decision === 'draft') {
      throw createAlreadyDecidedError();
    }
    const { holds } = await createIntakeRepository({ db: tx }).clientHoldsDevice({
      tenantId: context.tenantId,
      clientId,
    });
    if (holds) throw createIntakeLockedError();
    const wave = input.waveId ? context.waves.find((candidate) => candidate.id === input.waveId) : undefined;
    if (input.waveId && !wave) throw createWaveNotFoundError();

    const { evaluation, overrideApplied } = evaluate({
      input,
      settings: context.settings,
      householdAlreadyEquipped: context.householdAlreadyEquipped,
      wave,
      userId: ctx.actor.user.id,
    });
    const recommended = evaluation.recommendedPackage;
    const chosen = input.package ? packageOf(input.package) : recommended;
    const changed = Boolean(input.package && recommended && !samePackage(input.package, recommended));

    if (decision !== 'draft') {
      if (evaluation.missingAnswers.length > 0) {
        throw createAnswersIncompleteError({ details: { missing: evaluation.missingAnswers } });
      }
      if (decision === 'approved') {
        if (!wave) throw createWaveRequiredError();
        if (changed && !input.packageChangeReason) throw createPackageChangeReasonMissingError();
        if (!evaluation.eligible) {
          const tooShort = evaluation.reasons.some(
            (reason) => reason.code === 'eligibility.override_reason_too_short',
          );
          if (tooShort) {
            throw createOverrideReasonTooShortError({ details: { minLength: OVERRIDE_REASON_MIN_LENGTH } });
          }
          throw createNotEligibleError({
            details: { reasons: evaluation.reasons.map((reason) => reason.code) },
          });
        }
      }
    }

    const stored: StoredVerdict = {
      facts: {
        householdHasUsableLaptop: input.householdHasUsableLaptop ?? null,
        canAffordLaptop: input.canAffordLaptop ?? null,
        activeWelfareFile: input.activeWelfareFile,
      },
      eligible: evaluation.eligible,
      overridden: evaluation.overridden,
      reasons: evaluation.reasons.filter((reason) => reason.code !== 'eligibility.override_reason_too_short'),
      recommendedPackage: recommended,
      package: chosen,
      packageChangeReason: changed ? (input.packageChangeReason ?? null) : null,
    };
    const { intake } = await createIntakeRepository({ db: tx }).upsertIntake({
      intake: {
        tenantId: context.tenantId,
        clientId,
        programmeId: context.programme.id,
        purposes: input.purposes,
        answers: input.answers,
        skillLevel: evaluation.level,
        verdict: stored as unknown as Record<string, unknown>,
        decision,
        overrideReason: decision === 'approved' && overrideApplied ? (input.overrideReason ?? null) : null,
        waveId: input.waveId ?? null,
        createdBy: ctx.actor.user.id,
        decidedBy: decision === 'draft' ? null : ctx.actor.user.id,
        decidedAt: decision === 'draft' ? null : now,
        updatedAt: now,
      },
    });
    await audit({
      tenantId: context.tenantId,
      clientId,
      action: decision === 'draft' ? 'intake.draft_saved' : `intake.${decision}`,
      resource: `intake:${intake.id}`,
      purpose: overrideApplied && decision === 'approved' ? 'eligibility_override' : 'intake',
    });
    return { intake: toView(intake), evaluation };
  });
}
