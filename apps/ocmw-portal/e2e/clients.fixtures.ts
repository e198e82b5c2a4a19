import { QUESTION_IDS } from '@digipakket/domain';
import { callApi } from '@digipakket/portal-kit/e2e';
import type { Page } from '@playwright/test';

/**
 * A new client of the demo tenant in Gent (so the nearest Digipunten are the demo directory's),
 * approved at intake with no computer skills yet and put in the newest wave. Its last name carries a
 * unique suffix of letters, so tests running side by side never find each other's client.
 */
export async function approvedClient(
  page: Page,
  {
    fileNumberPrefix,
    firstName,
    lastName,
    purposes,
    street,
    intake = {},
  }: {
    fileNumberPrefix: string;
    firstName: string;
    lastName: string;
    purposes: string[];
    street?: string;
    /** Extra intake fields, e.g. a changed package with its reason. */
    intake?: Record<string, unknown>;
  },
): Promise<{ id: string }> {
  const suffix = Date.now().toString(36).toUpperCase();
  const { client } = await callApi(page, 'POST', '/clients', {
    fileNumber: `${fileNumberPrefix}-${suffix}`,
    firstName,
    lastName: `${lastName}${suffix.toLowerCase().replace(/[0-9]/g, '')}`,
    preferredLanguage: 'nl',
    ...(street ? { street } : {}),
    postcode: '9000',
    city: 'Gent',
  });
  const context = await callApi(page, 'GET', `/clients/${client.id}/intake`);
  await callApi(page, 'PUT', `/clients/${client.id}/intake`, {
    decision: 'approved',
    purposes,
    answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, 'no'])),
    ...intake,
    waveId: context.waves.at(-1).id,
  });
  return client as { id: string };
}

const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

/** Hands a new laptop of its own to the client, as the handout page would. */
async function handOutLaptop(page: Page, clientId: string): Promise<string> {
  const { devices } = await callApi(page, 'POST', '/devices/batches', {
    model: 'Lenovo ThinkPad E14',
    funding: 'E2E',
    serials: `E2E-LAPTOP-${Date.now().toString(36).toUpperCase()}`,
  });
  const deviceId = devices[0].id as string;
  await callApi(page, 'POST', `/devices/${deviceId}/transitions`, { type: 'reserve', clientId });
  await callApi(page, 'POST', `/devices/${deviceId}/transitions`, {
    type: 'hand_out',
    signatureMethod: 'screen',
    signaturePng: SIGNATURE,
  });
  return deviceId;
}

/** An approved client who took a new laptop of their own home, and that laptop's id. */
export async function clientWithLaptop(page: Page, who: Parameters<typeof approvedClient>[1]) {
  const client = await approvedClient(page, who);
  return { client, deviceId: await handOutLaptop(page, client.id) };
}
