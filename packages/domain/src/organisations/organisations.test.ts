import { describe, expect, it } from 'vitest';
import { isRoleOf, ORG_KINDS, PORTAL_BY_ORG_KIND, ROLES_BY_ORG_KIND } from './organisations';

describe('organisations', () => {
  it('knows which roles belong to which organisation kind', () => {
    expect(isRoleOf('home_help', 'student')).toBe(true);
    expect(isRoleOf('welfare', 'student')).toBe(false);
    expect(Object.keys(ROLES_BY_ORG_KIND)).toEqual([...ORG_KINDS]);
  });

  it('serves each organisation kind from its own portal', () => {
    expect(ORG_KINDS.map((kind) => PORTAL_BY_ORG_KIND[kind])).toEqual(['ocmw', 'beego', 'ligo']);
  });
});
