import type { IntakeInput, IntakeResponse, Package } from '@digipakket/api/contracts';
import type { Answer, Purpose, QUESTION_IDS } from '@digipakket/domain';

/** The intake as the social worker fills it in, before it is sent. */
export type Draft = {
  purposes: Purpose[];
  householdHasUsableLaptop: boolean | undefined;
  canAffordLaptop: boolean | undefined;
  answers: Partial<Record<(typeof QUESTION_IDS)[number], Answer>>;
  waveId: string;
  changePackage: boolean;
  package: Package;
  packageChangeReason: string;
  overrideReason: string;
};

/** The draft an intake starts from: what was saved before, or the recommended package. */
export function toDraft(response: IntakeResponse): Draft {
  const intake = response.intake;
  const recommended = response.evaluation?.recommendedPackage;
  return {
    purposes: (intake?.purposes ?? []) as Purpose[],
    householdHasUsableLaptop: intake?.householdHasUsableLaptop ?? undefined,
    canAffordLaptop: intake?.canAffordLaptop ?? undefined,
    answers: (intake?.answers ?? {}) as Draft['answers'],
    waveId: intake?.waveId ?? response.waves.at(-1)?.id ?? '',
    changePackage: Boolean(intake?.packageChangeReason),
    package: intake?.package ??
      recommended ?? { cheques: 2, basicCourse: true, digibuddy: false, infoSession: true },
    packageChangeReason: intake?.packageChangeReason ?? '',
    overrideReason: intake?.overrideReason ?? '',
  };
}

/** What the API is sent for a draft. */
export function draftInput(value: Draft): IntakeInput {
  return {
    purposes: value.purposes,
    ...(value.householdHasUsableLaptop === undefined
      ? {}
      : { householdHasUsableLaptop: value.householdHasUsableLaptop }),
    ...(value.canAffordLaptop === undefined ? {} : { canAffordLaptop: value.canAffordLaptop }),
    answers: value.answers,
    ...(value.waveId ? { waveId: value.waveId } : {}),
    ...(value.changePackage
      ? { package: value.package, packageChangeReason: value.packageChangeReason.trim() || undefined }
      : {}),
    ...(value.overrideReason.trim() ? { overrideReason: value.overrideReason.trim() } : {}),
  } as IntakeInput;
}
