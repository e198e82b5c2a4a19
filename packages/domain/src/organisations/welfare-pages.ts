import type { RoleOf } from './organisations';

/**
 * The pages of the welfare centre's portal, by what they are for.
 *
 * @example
 * const page: WelfarePage = 'followUp';
 */
export const WELFARE_PAGES = [
  'clients',
  'newClient',
  'followUp',
  'infoMoments',
  'devices',
  'import',
  'documents',
  'dashboard',
  'waves',
  'reports',
  'audit',
  'statements',
  'admin',
] as const;

/** One page of the welfare centre's portal. */
export type WelfarePage = (typeof WELFARE_PAGES)[number];

/** A role of a welfare centre's user. */
export type WelfareRole = RoleOf<'welfare'>;

/**
 * Which welfare roles may use each page: the roles the API grants the page's own operations (the
 * API checks each page against its routes' access in a test). Reconciling statements and reading the
 * audit log are the project lead's; inviting users is the admin's, but the project lead may tune the
 * programme settings on the same page. The admin sets up users, programmes and help points and reads
 * the aggregated reports, but no client record (least privilege: the client pages, the follow-up
 * list, the dashboard's client lists and the waves all show clients by name).
 *
 * @example
 * WELFARE_PAGE_ROLES.audit; // ['project_lead']
 */
export const WELFARE_PAGE_ROLES = {
  clients: ['social_worker', 'project_lead'],
  newClient: ['social_worker', 'project_lead'],
  followUp: ['social_worker', 'project_lead'],
  infoMoments: ['social_worker', 'project_lead'],
  devices: ['social_worker', 'project_lead'],
  import: ['social_worker', 'project_lead'],
  documents: ['social_worker', 'project_lead'],
  dashboard: ['project_lead'],
  waves: ['project_lead'],
  reports: ['project_lead', 'admin'],
  audit: ['project_lead'],
  statements: ['project_lead'],
  admin: ['project_lead', 'admin'],
} as const satisfies Record<WelfarePage, readonly WelfareRole[]>;

/**
 * Whether a user of a welfare centre with this role may use the page. Unknown roles may use none.
 *
 * @example
 * mayUseWelfarePage({ role: 'social_worker', page: 'dashboard' }); // false
 * mayUseWelfarePage({ role: 'project_lead', page: 'dashboard' }); // true
 */
export function mayUseWelfarePage({ role, page }: { role: string; page: WelfarePage }): boolean {
  return (WELFARE_PAGE_ROLES[page] as readonly string[]).includes(role);
}

/**
 * The pages a role may use, in menu order.
 *
 * @example
 * welfarePagesFor({ role: 'social_worker' });
 * // ['clients', 'newClient', 'followUp', 'infoMoments', 'devices', 'import', 'documents']
 */
export function welfarePagesFor({ role }: { role: string }): WelfarePage[] {
  return WELFARE_PAGES.filter((page) => mayUseWelfarePage({ role, page }));
}

/**
 * Where a role starts after signing in: a social worker on their follow-up list (their own clients'
 * open signals), the project lead on the dashboard, the admin on the set-up page.
 *
 * @example
 * welfareHomePage({ role: 'social_worker' }); // 'followUp'
 * welfareHomePage({ role: 'project_lead' }); // 'dashboard'
 * welfareHomePage({ role: 'admin' }); // 'admin'
 */
export function welfareHomePage({ role }: { role: string }): WelfarePage {
  if (role === 'project_lead') return 'dashboard';
  return role === 'admin' ? 'admin' : 'followUp';
}
