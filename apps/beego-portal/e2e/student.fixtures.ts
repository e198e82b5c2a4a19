import { type ChequeCode, chequeCheckCharacter, formatChequeCode } from '@digipakket/domain';
import { signInAsDemo } from '@digipakket/portal-kit/e2e';
import type { Page } from '@playwright/test';

/** The printed code of a demo cheque: its data characters (with or without dashes) plus the check character. */
export function fullCode(data: string): string {
  const compact = data.replace(/-/g, '');
  return formatChequeCode((compact + chequeCheckCharacter(compact)) as ChequeCode);
}

/** The demo student signed in on their visits, once the portal's service worker is ready. */
export async function signInStudentWithServiceWorker(page: Page) {
  await signInAsDemo(page, 'student', 'Mijn bezoeken');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}
