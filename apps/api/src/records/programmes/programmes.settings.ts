import {
  defaultOutcomeMeasureSettings,
  defaultProgrammeSettings,
  type OutcomeMeasureSettings,
  type OutcomeMeasureSettingsInput,
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
