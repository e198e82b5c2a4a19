import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account at a test provider: its subject and the e-mail address its ID token carries. */
export type TestProviderAccount = { subject: string; email: string };

/**
 * A real OpenID provider (`oidc-provider`) on a free local port, with one client for Digipakket's
 * callback. Its development sign-in form takes any login (the subject) and any password; the accounts
 * given here get their e-mail address in the ID token, others one of their own. Consent is given
 * without asking, as a company's own provider does for its own applications.
 */
export async function startTestOidcProvider({
  clientId,
  clientSecret,
  redirectUri,
  accounts,
}: {
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  accounts: TestProviderAccount[];
}): Promise<{ issuer: string; close: () => Promise<void> }> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const emails = new Map(accounts.map((account) => [account.subject, account.email]));
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        ...(clientSecret ? { client_secret: clientSecret } : {}),
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: clientSecret ? 'client_secret_post' : 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    pkce: { required: () => true },
    cookies: { keys: ['test-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx, subject) => ({
      accountId: subject,
      claims: async () => ({
        sub: subject,
        email: emails.get(subject) ?? `${subject}@elders.example`,
        email_verified: true,
      }),
    }),
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Follows a sign-in at a test provider as a browser would, without one: from its authorization
 * address through its development login form (as `subject`) back to Digipakket's redirect URI, whose
 * full address (with the code and state) is answered.
 */
export async function signInAtTestProvider({
  authorizationUrl,
  subject,
  redirectUri,
}: {
  authorizationUrl: string;
  subject: string;
  redirectUri: string;
}): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(redirectUri)) return url;
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: cookieHeader(),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    remember(res);
    body = undefined;
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await res.text();
    if (!html.includes('name="login"'))
      throw new Error(`Unexpected page at the provider: ${res.status} ${html.slice(0, 300)}`);
    const action = /action="([^"]+)"/.exec(html)?.[1];
    url = new URL(action!, url).href;
    body = new URLSearchParams({ prompt: 'login', login: subject, password: 'any-password' });
  }
  throw new Error('The provider did not send the browser back');
}
