import { defaultProgrammeSettings, type ProgrammeSettings } from '@digipakket/domain';

/** A programme's stored settings over the domain defaults, so a setting added later has a value. */
export function readProgrammeSettings({
  stored,
}: {
  stored: Record<string, unknown> | null | undefined;
}): ProgrammeSettings {
  const defaults = defaultProgrammeSettings();
  const value = (stored ?? {}) as Partial<ProgrammeSettings>;
  return {
    ...defaults,
    ...value,
    variations: { ...defaults.variations, ...(value.variations ?? {}) },
    followUp: { ...defaults.followUp, ...(value.followUp ?? {}) },
  };
}
