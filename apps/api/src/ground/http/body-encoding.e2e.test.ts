import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let sequence = 0;

const encoder = new TextEncoder();

/** A client body whose first name is `before`, then the raw bytes, then `after`. */
function clientBody({ fileNumber, bytes }: { fileNumber: string; bytes: number[] }): Uint8Array {
  const head = encoder.encode(
    `{"fileNumber":"${fileNumber}","preferredLanguage":"nl","lastName":"Peeters","firstName":"Jo`,
  );
  const tail = encoder.encode('n"}');
  return new Uint8Array([...head, ...bytes, ...tail]);
}

function post({ path, body }: { path: string; body: Uint8Array | string }) {
  return t.app.request(path, {
    method: 'POST',
    headers: {
      cookie,
      origin: new URL(t.config.server.publicUrl).origin,
      'content-type': 'application/json',
    },
    body,
  });
}

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string } }).error;
}

async function storedWithFileNumber(fileNumber: string) {
  return t.db.select().from(clientsTable).where(eq(clientsTable.fileNumber, fileNumber));
}

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('request bodies that are not UTF-8', () => {
  const broken: [string, number[]][] = [
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an overlong three-byte encoding', [0xe0, 0x80, 0xaf]],
    ['a surrogate code point encoded as bytes (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['a Latin-1 "é"', [0xe9]],
    ['a sequence cut short', [0xe2, 0x82]],
    ['a byte that never starts a sequence', [0xff]],
  ];

  for (const [what, bytes] of broken) {
    it(`refuses ${what} in a client's name with 400 request.invalid_utf8 and stores nothing`, async () => {
      sequence += 1;
      const fileNumber = `UTF-${sequence}`;
      const res = await post({ path: '/api/clients', body: clientBody({ fileNumber, bytes }) });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('request.invalid_utf8');
      expect(await storedWithFileNumber(fileNumber)).toHaveLength(0);
    });
  }

  it('refuses a JSON \\ud800 escape, which parses to a lone surrogate, and a lone low surrogate in a key', async () => {
    sequence += 1;
    const fileNumber = `UTF-${sequence}`;
    const escaped = `{"fileNumber":"${fileNumber}","preferredLanguage":"nl","lastName":"Peeters","firstName":"Jo\\ud800n"}`;
    const res = await post({ path: '/api/clients', body: escaped });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('request.invalid_utf8');
    expect(await storedWithFileNumber(fileNumber)).toHaveLength(0);

    const key = await post({ path: '/api/clients/duplicates', body: '{"\\udc00":"x"}' });
    expect((await errorOf(key)).code).toBe('request.invalid_utf8');
  });

  it('refuses broken bytes inside the CSV of a client import', async () => {
    const head = encoder.encode('{"dryRun":true,"csv":"dossiernummer;voornaam;achternaam;taal\\nIMP-1;Jo');
    const body = new Uint8Array([...head, 0xe9, ...encoder.encode(';Peeters;nl\\n"}')]);
    const res = await post({ path: '/api/clients/import', body });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('request.invalid_utf8');
  });

  it('keeps accepting real UTF-8, escaped surrogate pairs and malformed JSON answers as before', async () => {
    sequence += 1;
    const fileNumber = `UTF-${sequence}`;
    const body = `{"fileNumber":"${fileNumber}","preferredLanguage":"nl","lastName":"Şahin 😀 \\ud83d\\ude00","firstName":"Zoë"}`;
    const res = await post({ path: '/api/clients', body });
    expect(res.status).toBe(201);
    const [stored] = await storedWithFileNumber(fileNumber);
    expect(stored).toMatchObject({ firstName: 'Zoë', lastName: 'Şahin 😀 😀' });

    const malformed = await post({ path: '/api/clients', body: '{"firstName": "\\ud800' });
    expect((await errorOf(malformed)).code).toBe('request.malformed_json');
  });
});
