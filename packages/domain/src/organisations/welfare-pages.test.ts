import { describe, expect, it } from 'vitest';
import { ROLES_BY_ORG_KIND } from './organisations';
import {
  mayUseWelfarePage,
  WELFARE_PAGE_ROLES,
  WELFARE_PAGES,
  welfareHomePage,
  welfarePagesFor,
} from './welfare-pages';

describe('welfare portal pages per role', () => {
  it('gives a social worker the pages of the client journey and no management pages', () => {
    expect(welfarePagesFor({ role: 'social_worker' })).toEqual([
      'clients',
      'newClient',
      'followUp',
      'infoMoments',
      'devices',
      'import',
      'documents',
    ]);
  });

  it('adds the dashboard, waves, reports, audit log, statements and settings for the project lead', () => {
    expect(welfarePagesFor({ role: 'project_lead' })).toEqual([...WELFARE_PAGES]);
  });

  it('gives the admin the set-up and the aggregated reports, and no page that shows a client', () => {
    expect(welfarePagesFor({ role: 'admin' })).toEqual(['reports', 'admin']);
  });

  it('names only welfare roles, and no page for a role of another organisation', () => {
    for (const roles of Object.values(WELFARE_PAGE_ROLES)) {
      for (const role of roles) expect(ROLES_BY_ORG_KIND.welfare).toContain(role);
    }
    expect(welfarePagesFor({ role: 'student' })).toEqual([]);
    expect(mayUseWelfarePage({ role: 'coordinator', page: 'clients' })).toBe(false);
  });

  it('starts every role on a page it may use: follow-up for the social worker, the dashboard for the lead', () => {
    expect(welfareHomePage({ role: 'social_worker' })).toBe('followUp');
    expect(welfareHomePage({ role: 'project_lead' })).toBe('dashboard');
    expect(welfareHomePage({ role: 'admin' })).toBe('admin');
    for (const role of ROLES_BY_ORG_KIND.welfare) {
      expect(mayUseWelfarePage({ role, page: welfareHomePage({ role }) })).toBe(true);
    }
  });
});
