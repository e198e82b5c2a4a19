import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../../ground/config/config';

/** `__Host-` in production: the browser then insists on Secure, Path=/ and no Domain. */
export function sessionCookieName({ config }: { config: Config }): string {
  return config.env === 'production' ? '__Host-dp_session' : 'dp_session';
}

export function readSessionCookie({ c, config }: { c: Context; config: Config }): string | undefined {
  const token = getCookie(c, sessionCookieName({ config }));
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export function writeSessionCookie({
  c,
  config,
  token,
  expiresAt,
  now,
}: {
  c: Context;
  config: Config;
  token: string;
  expiresAt: Date;
  now: Date;
}) {
  setCookie(c, sessionCookieName({ config }), token, {
    httpOnly: true,
    secure: config.env === 'production',
    sameSite: 'Lax',
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

export function clearSessionCookie({ c, config }: { c: Context; config: Config }) {
  deleteCookie(c, sessionCookieName({ config }), {
    httpOnly: true,
    secure: config.env === 'production',
    sameSite: 'Lax',
    path: '/',
  });
}
