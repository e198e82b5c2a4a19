import type {
  DigipuntenImportReport,
  ProgrammeCreate,
  ProgrammePartnerList,
  ProgrammeSettingsResponse,
  ProgrammeSummary,
  SignInLink,
  WelfareUserInvite,
  WelfareUserInvited,
  WelfareUserList,
} from '@digipakket/api/contracts';
import {
  ACCOUNT_ROUTES,
  BRANDING_ROUTES,
  DIGIPUNT_ROUTES,
  PROGRAMME_ROUTES,
  type RouteInput,
} from '@digipakket/api/routes';
import { portal } from '../../portal';
import { fetchCurrentProgramme } from '../programmes/programmes.services';

export type ProgrammeSettingsBody = ProgrammeSettingsResponse['settings'];

/** The current programme's settings, or none before there is a programme. */
export async function fetchCurrentSettings(): Promise<ProgrammeSettingsResponse | undefined> {
  const programme = await fetchCurrentProgramme();
  if (!programme) return undefined;
  return portal.api.call(PROGRAMME_ROUTES.settings, { params: { id: programme.id } });
}

export function saveSettings({
  programmeId,
  settings,
}: {
  programmeId: string;
  settings: ProgrammeSettingsBody;
}): Promise<ProgrammeSettingsResponse> {
  return portal.api.call(PROGRAMME_ROUTES.saveSettings, { params: { id: programmeId }, body: settings });
}

export function fetchUsers(): Promise<WelfareUserList> {
  return portal.api.call(ACCOUNT_ROUTES.list);
}

export function inviteUser({ user }: { user: WelfareUserInvite }): Promise<WelfareUserInvited> {
  return portal.api.call(ACCOUNT_ROUTES.invite, { body: user });
}

export function issueUserLink({ userId }: { userId: string }): Promise<SignInLink> {
  return portal.api.call(ACCOUNT_ROUTES.link, { params: { id: userId } });
}

export function disableUser({ userId }: { userId: string }): Promise<void> {
  return portal.api.call(ACCOUNT_ROUTES.disable, { params: { id: userId } });
}

export type SettingReason = { code: string; field: string; min?: number; max?: number };

/** The per-field reasons of a `programme.settings_invalid` answer. */
export function settingReasonsOf(error: unknown): SettingReason[] | null {
  const candidate = error as { code?: string; details?: { reasons?: SettingReason[] } };
  return candidate?.code === 'programme.settings_invalid' ? (candidate.details?.reasons ?? []) : null;
}

export function fetchPartners(): Promise<ProgrammePartnerList> {
  return portal.api.call(PROGRAMME_ROUTES.partners);
}

export function startProgramme({ programme }: { programme: ProgrammeCreate }): Promise<ProgrammeSummary> {
  return portal.api.call(PROGRAMME_ROUTES.start, { body: programme });
}

export async function fetchDigipuntenCount(): Promise<number> {
  return (await portal.api.call(DIGIPUNT_ROUTES.list)).total;
}

export function importDigipunten({
  format,
  content,
  dryRun,
}: {
  format: 'csv' | 'geojson';
  content: string;
  dryRun: boolean;
}): Promise<DigipuntenImportReport> {
  return portal.api.call(DIGIPUNT_ROUTES.import, { body: { format, content, dryRun } });
}

/** What the welfare centre's documents print, with each partner and the number printed for it. */
export function fetchBranding() {
  return portal.api.call(BRANDING_ROUTES.get);
}

export type BrandingBody = RouteInput<typeof BRANDING_ROUTES.update>['body'];

/** Replaces what the documents print; answers the saved details. */
export function saveBranding({ branding }: { branding: BrandingBody }) {
  return portal.api.call(BRANDING_ROUTES.update, { body: branding });
}
