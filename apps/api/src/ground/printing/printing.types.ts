/** What a welfare centre prints on every page (header and footer), so each municipality prints its own. */
export type Branding = {
  name: string;
  logoPng?: Buffer;
  contactPhone: string;
  contactEmail?: string;
  footer: string;
  address?: string;
};
