import { describe, expect, it } from 'vitest';
import { DEMO_BRANDING } from '../../read-models/documents/documents.demo';
import { TenantBrandingSchema } from './branding.schemas';

describe('a welfare centre branding', () => {
  it('accepts the demo branding with its PNG logo', () => {
    expect(TenantBrandingSchema.parse(DEMO_BRANDING).partnerPhones).toEqual({});
  });

  it('refuses a logo that is not a PNG, an empty name and unknown fields', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]).toString('base64');
    expect(TenantBrandingSchema.safeParse({ ...DEMO_BRANDING, logoPngBase64: jpeg }).success).toBe(false);
    expect(TenantBrandingSchema.safeParse({ ...DEMO_BRANDING, name: ' ' }).success).toBe(false);
    expect(TenantBrandingSchema.safeParse({ ...DEMO_BRANDING, tenantId: 'ten_x' }).success).toBe(false);
  });
});
