/**
 * The kinds of organisation that take part in a programme.
 *
 * - `welfare`: the municipal welfare centre (OCMW); it runs the programme and is a tenant.
 * - `home_help`: the home-help partner (Beego in Gent) whose students redeem cheques.
 * - `training`: the training partner (Ligo in Gent) that gives the basic course.
 *
 * @example
 * import { ORG_KINDS } from '@digipakket/domain';
 * ORG_KINDS.includes('welfare'); // true
 */
export const ORG_KINDS = ['welfare', 'home_help', 'training'] as const;

/** One of {@link ORG_KINDS}. @example const kind: OrgKind = 'home_help'; */
export type OrgKind = (typeof ORG_KINDS)[number];

/**
 * The roles each kind of organisation has.
 *
 * @example
 * ROLES_BY_ORG_KIND.training; // ['coordinator', 'teacher']
 */
export const ROLES_BY_ORG_KIND = {
  welfare: ['social_worker', 'project_lead', 'admin'],
  home_help: ['coordinator', 'student'],
  training: ['coordinator', 'teacher'],
} as const satisfies Record<OrgKind, readonly string[]>;

/** A role within one kind of organisation. @example const role: RoleOf<'welfare'> = 'project_lead'; */
export type RoleOf<K extends OrgKind> = (typeof ROLES_BY_ORG_KIND)[K][number];

/** Any role of any organisation kind. @example const role: Role = 'student'; */
export type Role = RoleOf<OrgKind>;

/**
 * Whether a role exists for an organisation kind.
 *
 * @example
 * isRoleOf('welfare', 'student'); // false
 * isRoleOf('home_help', 'student'); // true
 */
export function isRoleOf(kind: OrgKind, role: string): boolean {
  return (ROLES_BY_ORG_KIND[kind] as readonly string[]).includes(role);
}

/**
 * The portal that serves each organisation kind, by its path on the server.
 *
 * @example
 * PORTAL_BY_ORG_KIND.training; // 'ligo'
 */
export const PORTAL_BY_ORG_KIND = {
  welfare: 'ocmw',
  home_help: 'beego',
  training: 'ligo',
} as const satisfies Record<OrgKind, string>;

/** The name of a portal. @example const portal: PortalName = 'beego'; */
export type PortalName = (typeof PORTAL_BY_ORG_KIND)[OrgKind];
