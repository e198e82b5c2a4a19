import { afterEach, describe, expect, it } from 'vitest';
import { mountInPortal } from '../session/portal.fixtures';
import { LoginPage } from './login.page';

/** The login page against an API that refuses every attempt as too many, with the given details. */
function mountRefused({
  details,
  locale = 'nl',
}: {
  details?: Record<string, unknown>;
  locale?: 'nl' | 'fr';
}) {
  localStorage.clear();
  const { host } = mountInPortal(() => <LoginPage />, {
    locale,
    fetch: async () =>
      Response.json(
        { error: { code: 'auth.rate_limited', message: 'Too many attempts', requestId: 'req_1', details } },
        { status: 429 },
      ),
  });
  return host;
}

async function signInRefused(host: HTMLElement): Promise<string> {
  for (const [name, value] of [
    ['email', 'sociaal@ocmw-gent.demo'],
    ['password', 'not-the-password'],
  ] as const) {
    const input = host.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  for (let tick = 0; tick < 50 && !host.querySelector('.error-summary'); tick += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return host.querySelector('.error-summary')?.textContent ?? '';
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LoginPage refused for too many attempts', () => {
  it('says how many seconds to wait when the API names a short wait', async () => {
    const text = await signInRefused(mountRefused({ details: { retryAfterSeconds: 8 } }));
    expect(text).toContain('Te veel pogingen. Probeer opnieuw over 8 seconden.');
    expect(text).not.toContain('enkele minuten');
  });

  it('says the wait in minutes, rounded up, when it is a minute or longer', async () => {
    const text = await signInRefused(mountRefused({ details: { retryAfterSeconds: 61 } }));
    expect(text).toContain('Probeer opnieuw over 2 minuten.');
  });

  it('says it in the chosen language, one second in the singular', async () => {
    const text = await signInRefused(mountRefused({ details: { retryAfterSeconds: 1 }, locale: 'fr' }));
    expect(text).toContain('Trop de tentatives. Réessayez dans 1 seconde.');
  });

  it('falls back on "a few minutes" when the API names no wait', async () => {
    const text = await signInRefused(mountRefused({}));
    expect(text).toContain('Wacht enkele minuten');
  });
});
