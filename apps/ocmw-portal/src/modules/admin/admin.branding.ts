/** The start of every PNG file in base64 (its 8-byte signature). */
const PNG_BASE64_SIGNATURE = 'iVBORw0KGgo';

/** The largest logo the API takes: 400,000 base64 characters, 300,000 bytes. */
export const LOGO_MAX_BYTES = 300_000;

/** Why a chosen logo cannot be used, or none: it must be a PNG of at most {@link LOGO_MAX_BYTES}. */
export function logoProblem({
  base64,
  size,
}: {
  base64: string;
  size: number;
}): 'not_png' | 'too_large' | null {
  if (!base64.startsWith(PNG_BASE64_SIGNATURE)) return 'not_png';
  return size > LOGO_MAX_BYTES ? 'too_large' : null;
}

/**
 * The text fields of the form, trimmed, with blanks left out as the API takes them (a field left out
 * is cleared).
 */
export function filledIn<K extends string>(values: Record<K, string>): { [Key in K]?: string } {
  const filled: { [Key in K]?: string } = {};
  for (const [key, value] of Object.entries(values) as [K, string][]) {
    if (value.trim() !== '') filled[key] = value.trim();
  }
  return filled;
}

/** A partner's phone is the field `partnerPhones.<id>` in the API's answers. */
export const partnerField = (id: string) => `partnerPhones.${id}`;
