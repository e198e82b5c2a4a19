import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import { createUser } from '../../tracks/accounts/accounts.usecases';
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
  const password = 'Aalst wachtwoord 2025';
  const cookies = { admin: '', project_lead: '', social_worker: '' };
  for (const role of WELFARE_ROLES) {
    const email = `${role}@ocmw-aalst.test`;
    await createUser({
      db: t.db,
      email,
      organisationRef: welfare.id,
      role,
      displayName: role,
      password,
      passwordChangeRequired: false,
    });
    cookies[role] = (await t.login({ email, password })).cookie;
  }
  return { tenant, homeHelp, training, cookies };
}
