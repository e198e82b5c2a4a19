import { QUESTION_IDS } from '@digipakket/domain';
import type { TestApp } from './test-app';

/** The client file a test registers: the fields the registration form asks for first. */
export type NewClient = {
  fileNumber: string;
  firstName: string;
  lastName: string;
  preferredLanguage: string;
};

/**
 * The `n`th client file a suite registers, so each test has a client of its own: file number
 * `<prefix>-<n>`, last name `<lastName><n>`.
 */
export function numberedClient({
  prefix,
  n,
  firstName = 'Test',
  lastName,
  preferredLanguage = 'nl',
}: {
  prefix: string;
  n: number;
  firstName?: string;
  lastName: string;
  preferredLanguage?: string;
}): NewClient {
  return { fileNumber: `${prefix}-${n}`, firstName, lastName: `${lastName}${n}`, preferredLanguage };
}

/**
 * A suite's supply of approved clients: each `next` registers and approves (with
 * `registerApprovedClient`) the next `numberedClient` of `prefix` and `lastName`, and returns their
 * id; `count` is how many it made so far, the last one's number.
 */
export function approvedClientSupply({ prefix, lastName }: { prefix: string; lastName: string }) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    next({ t, cookie }: { t: TestApp; cookie: string }): Promise<string> {
      count += 1;
      return registerApprovedClient({ t, cookie, client: numberedClient({ prefix, n: count, lastName }) });
    },
  };
}

/** A signature drawn on screen (a one-pixel PNG), as the handout page sends it. */
export const SCREEN_SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

/**
 * Receives one laptop with this serial into stock and reserves it for the client, then, unless
 * `handOut` is `false`, hands it out signed as `handOut` says (on paper unless given), through the
 * API as the stock and handout pages do. Throws on any refusal. Returns the laptop's id.
 */
export async function equipClient({
  t,
  cookie,
  clientId,
  serial,
  model = 'Test',
  handOut = { signatureMethod: 'paper' },
}: {
  t: TestApp;
  cookie: string;
  clientId: string;
  serial: string;
  model?: string;
  handOut?: { signatureMethod: 'paper' } | { signatureMethod: 'screen'; signaturePng: string } | false;
}): Promise<string> {
  const batch = await t.request('/api/devices/batches', {
    method: 'POST',
    body: { model, serials: serial },
    cookie,
  });
  if (batch.status !== 201)
    throw new Error(`Receiving ${serial} failed with ${batch.status}: ${await batch.text()}`);
  const deviceId = (await batch.json()).devices[0].id as string;
  const moves = [{ type: 'reserve', clientId }, ...(handOut ? [{ type: 'hand_out', ...handOut }] : [])];
  for (const body of moves) {
    const moved = await t.request(`/api/devices/${deviceId}/transitions`, { method: 'POST', body, cookie });
    if (moved.status !== 200)
      throw new Error(`${body.type} of ${serial} failed with ${moved.status}: ${await moved.text()}`);
  }
  return deviceId;
}

/**
 * Registers a client file through the API as the registration form does; `client` may carry the
 * form's other fields (address, birth date). Throws on any refusal. Returns the client's id.
 */
export async function registerClient({
  t,
  cookie,
  client,
}: {
  t: TestApp;
  cookie: string;
  client: NewClient & Record<string, unknown>;
}): Promise<string> {
  const created = await t.request('/api/clients', { method: 'POST', body: client, cookie });
  if (!created.ok)
    throw new Error(
      `Registering ${client.fileNumber} failed with ${created.status}: ${await created.text()}`,
    );
  return ((await created.json()).client as { id: string }).id;
}

/**
 * The body of an approved intake as the intake page sends it: for work, every eligibility question
 * answered "no", no usable laptop at home and no means to buy one. `fields` change or add any field
 * (another purpose, an override reason).
 */
export function approvedIntake({ waveId, ...fields }: { waveId: string } & Record<string, unknown>) {
  return {
    decision: 'approved',
    purposes: ['work'],
    householdHasUsableLaptop: false,
    canAffordLaptop: false,
    answers: Object.fromEntries(QUESTION_IDS.map((questionId) => [questionId, 'no'])),
    waveId,
    ...fields,
  };
}

/**
 * Registers a client and approves their intake through the API, as a social worker does on the
 * intake page, so the client carries everything the use cases write on the way (audit, timeline,
 * package). The approval answers "no" to every eligibility question, gives work as the purpose and
 * takes the programme's last wave unless `intake` names one; `answers` changes single answers and
 * `intake` adds or overrides fields of the decision (a package without a part, say). Returns the
 * client's id.
 */
export async function registerApprovedClient({
  t,
  cookie,
  client,
  answers = {},
  intake = {},
}: {
  t: TestApp;
  cookie: string;
  client: NewClient;
  answers?: Record<string, string>;
  intake?: { waveId?: string } & Record<string, unknown>;
}): Promise<string> {
  const id = await registerClient({ t, cookie, client });
  // Only when no wave is given: the intake page, which offers the waves, is read first.
  const waveId =
    intake.waveId ??
    (await (await t.request(`/api/clients/${id}/intake`, { cookie })).json()).waves.at(-1).id;
  const decided = await t.request(`/api/clients/${id}/intake`, {
    method: 'PUT',
    body: {
      decision: 'approved',
      purposes: ['work'],
      answers: { ...Object.fromEntries(QUESTION_IDS.map((questionId) => [questionId, 'no'])), ...answers },
      ...intake,
      waveId,
    },
    cookie,
  });
  if (decided.status !== 200)
    throw new Error(`Approving ${client.fileNumber} failed with ${decided.status}: ${await decided.text()}`);
  return id;
}
