import { afterEach, describe, expect, it } from 'vitest';
import { mountInPortal } from '../session/portal.fixtures';
import { createShownSignInLink } from './sign-in-link.component';

afterEach(() => {
  document.body.innerHTML = '';
});

const link = {
  url: 'http://localhost:3000/beego/link#abc',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  expiresAt: '2027-03-01T09:00:00.000Z',
  emailed: false,
};

describe('createShownSignInLink', () => {
  it('shows the notice of a link just issued with what follows it, focuses its heading, and puts it away', async () => {
    const shown = createShownSignInLink({ titleId: 'invited-title' });
    const { host } = mountInPortal(() => (
      <shown.Notice>
        <button type="button">Klaar</button>
      </shown.Notice>
    ));
    expect(host.querySelector('section')).toBeNull();
    expect(host.querySelector('button')).toBeNull();

    shown.show({ link, name: 'Sara Peeters', title: 'Sara Peeters is uitgenodigd' });
    await Promise.resolve();

    const heading = host.querySelector('#invited-title');
    expect(heading?.textContent).toBe('Sara Peeters is uitgenodigd');
    expect(host.querySelector('section')?.getAttribute('aria-labelledby')).toBe('invited-title');
    expect(document.activeElement).toBe(heading);
    expect(host.querySelector('[data-testid="sign-in-link"]')?.getAttribute('href')).toBe(link.url);
    expect(host.querySelector('section + button')?.textContent).toBe('Klaar');

    shown.hide();
    expect(host.querySelector('section')).toBeNull();
    expect(host.querySelector('button')).toBeNull();
  });
});
