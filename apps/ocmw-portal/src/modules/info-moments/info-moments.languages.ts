/** The languages an info moment is given in, each named in its own language. */
export const INFO_MOMENT_LANGUAGES = [
  { value: 'nl', label: 'Nederlands' },
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'English' },
  { value: 'ar', label: 'العربية' },
  { value: 'tr', label: 'Türkçe' },
] as const;

export function languageLabel(code: string): string {
  return INFO_MOMENT_LANGUAGES.find((language) => language.value === code)?.label ?? code.toUpperCase();
}
