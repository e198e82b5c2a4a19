import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import { signInNewAccount } from './first-login';
import type { TestApp } from './test-app';

const WELFARE_ROLES = ['admin', 'project_lead', 'social_worker'] as const;

/**
 * A welfare centre set up by the operator's commands only, beside the demo tenant: OCMW Aalst with a
 * home-help and a training partner and one signed-in account per welfare role; no programme, nothing
 * saved for its documents.
 */
export async function setUpEmptyTenant(t: TestApp) {
  const organisations = createOrganisationsRepository({ db: t.db });
  const { tenant } = await organisations.insertTenant({ name: 'OCMW Aalst', slug: 'aalst' });
  const { organisation: welfare } = await organisations.insertOrganisation({
    kind: 'welfare',
    name: 'OCMW Aalst',
    tenantId: tenant.id,
  });
  const { organisation: homeHelp } = await organisations.insertOrganisation({
    kind: 'home_help',
    name: 'Digihulp Aalst',
    tenantId: null,
  });
  const { organisation: training } = await organisations.insertOrganisation({
    kind: 'training',
    name: 'Leerpunt Aalst',
    tenantId: null,
  });
  await organisations.insertPartnership({
    tenantId: tenant.id,
    partnerOrgId: homeHelp.id,
    kind: 'home_help',
  });
  await organisations.insertPartnership({ tenantId: tenant.id, partnerOrgId: training.id, kind: 'training' });
  const cookies = { admin: '', project_lead: '', social_worker: '' };
  for (const role of WELFARE_ROLES) {
    cookies[role] = await signInNewAccount({
      t,
      email: `${role}@ocmw-aalst.test`,
      organisationRef: welfare.id,
      role,
      displayName: role,
    });
  }
  return { tenant, homeHelp, training, cookies };
}
