import {
  defaultOutcomeMeasureSettings,
  defaultProgrammeSettings,
  type OutcomeMeasureSettings,
  type OutcomeMeasureSettingsInput,
  type ProgrammeCosts,
  type ProgrammeSettings,
  resolveOutcomeMeasureSettings,
} from '@digipakket/domain';

/** A programme's stored settings over the domain defaults, so a setting added later has a value; the outcome measure's settings are left out. */
export function readProgrammeSettings({
  stored,
}: {
  stored: Record<string, unknown> | null | undefined;
}): ProgrammeSettings {
  const defaults = defaultProgrammeSettings();
  // The outcome measure's settings are read on their own (readOutcomeMeasureSettings).
  const { outcomes: _outcomes, ...value } = (stored ?? {}) as Partial<ProgrammeSettings> & {
    outcomes?: unknown;
  };
  return {
    ...defaults,
    ...value,
    variations: { ...defaults.variations, ...(value.variations ?? {}) },
    costs: { ...defaults.costs, ...(value.costs ?? {}) },
    followUp: { ...defaults.followUp, ...(value.followUp ?? {}) },
  };
}

/**
 * A programme's settings for the outcome measure, kept under `outcomes` in its stored settings, over the
 * domain defaults. Stored settings that no longer pass (an item since made core) fall back to the
 * defaults rather than stop the measure.
 */
export function readOutcomeMeasureSettings({
  stored,
}: {
  stored: Record<string, unknown> | null | undefined;
}): OutcomeMeasureSettings {
  const input = ((stored ?? {}) as { outcomes?: OutcomeMeasureSettingsInput }).outcomes ?? {};
  const resolved = resolveOutcomeMeasureSettings({ input });
  return resolved.ok ? resolved.settings : defaultOutcomeMeasureSettings();
}

/**
 * The costs a programme has not set itself (stored before costs were settings, or never saved), so
 * their defaults are assumed: the reports say so beside the figures.
 */
export function assumedProgrammeCosts({
  stored,
}: {
  stored: Record<string, unknown> | null | undefined;
}): (keyof ProgrammeCosts)[] {
  const costs = ((stored ?? {}) as { costs?: Partial<ProgrammeCosts> }).costs ?? {};
  return (['laptopCents', 'chequeHourCents', 'lessonHourCents'] as const).filter(
    (key) => typeof costs[key] !== 'number',
  );
}
