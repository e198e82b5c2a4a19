import type { OrgKind, PortalName, Role } from '@digipakket/domain';
import { PORTAL_BY_ORG_KIND } from '@digipakket/domain';

export type DemoOrgKey = 'ocmw' | 'beego' | 'ligo';

const DEMO_ORG_KIND: Record<DemoOrgKey, OrgKind> = { ocmw: 'welfare', beego: 'home_help', ligo: 'training' };

/** One account per role, all with the demo password. */
export const DEMO_USERS = [
  {
    key: 'socialWorker',
    email: 'sociaal@ocmw-gent.demo',
    org: 'ocmw',
    role: 'social_worker',
    name: 'Sara Vermeulen',
  },
  {
    key: 'projectLead',
    email: 'projectleider@ocmw-gent.demo',
    org: 'ocmw',
    role: 'project_lead',
    name: 'Pieter De Backer',
  },
  { key: 'admin', email: 'admin@ocmw-gent.demo', org: 'ocmw', role: 'admin', name: 'Beheer OCMW Gent' },
  {
    key: 'homeHelpCoordinator',
    email: 'coordinator@beego.demo',
    org: 'beego',
    role: 'coordinator',
    name: 'Lotte Claeys',
  },
  { key: 'student', email: 'student@beego.demo', org: 'beego', role: 'student', name: 'Yassin El Idrissi' },
  {
    key: 'trainingCoordinator',
    email: 'coordinator@ligo.demo',
    org: 'ligo',
    role: 'coordinator',
    name: 'Hilde Van Hecke',
  },
  { key: 'teacher', email: 'lesgever@ligo.demo', org: 'ligo', role: 'teacher', name: 'Koen Maes' },
] as const satisfies readonly { key: string; email: string; org: DemoOrgKey; role: Role; name: string }[];

export type DemoAccount = {
  email: string;
  password: string;
  role: Role;
  displayName: string;
  organisation: string;
  portal: PortalName;
};

export const DEMO_ORG_NAMES: Record<DemoOrgKey, string> = { ocmw: 'OCMW Gent', beego: 'Beego', ligo: 'Ligo' };

/** The demo accounts with their password, for the start-up banner and the guides. */
export function listDemoAccounts({ password }: { password: string }): DemoAccount[] {
  return DEMO_USERS.map((user) => ({
    email: user.email,
    password,
    role: user.role,
    displayName: user.name,
    organisation: DEMO_ORG_NAMES[user.org],
    portal: PORTAL_BY_ORG_KIND[DEMO_ORG_KIND[user.org]],
  }));
}

export function demoOrgKind(org: DemoOrgKey): OrgKind {
  return DEMO_ORG_KIND[org];
}
