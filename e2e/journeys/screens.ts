import { type BrowserContextOptions, devices } from '@playwright/test';

const common: BrowserContextOptions = { locale: 'nl-BE', timezoneId: 'Europe/Brussels' };

/**
 * Where each role works: the welfare centre at a desk, Beego on a phone, Ligo on a tablet. The
 * portals' own browser tests run on the same screens (playwright.config.ts).
 */
export const SCREENS = {
  desk: { ...common, viewport: { width: 1280, height: 800 } },
  phone: {
    ...common,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: devices['Pixel 7'].userAgent,
  },
  tablet: {
    ...common,
    viewport: { width: 1024, height: 768 },
    deviceScaleFactor: 2,
    hasTouch: true,
    userAgent: devices['Galaxy Tab S4 landscape'].userAgent,
  },
} satisfies Record<string, BrowserContextOptions>;

export type PortalName = 'ocmw' | 'beego' | 'ligo';

/** The screen each portal is made for. */
export const PORTAL_SCREEN: Record<PortalName, keyof typeof SCREENS> = {
  ocmw: 'desk',
  beego: 'phone',
  ligo: 'tablet',
};
