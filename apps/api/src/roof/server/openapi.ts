import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../../ground/config/config';
import type { AppEnv } from '../../ground/http/app.types';
import { API_TAG_DESCRIPTIONS, API_TAGS, SESSION_SECURITY_SCHEME } from '../../ground/http/routes';
import { sessionCookieName } from '../../records/auth/auth.cookies';

/**
 * Declares the session cookie as the document's security scheme, under the name this deployment
 * really uses (`__Host-dp_session` in production), so generated clients and contract testers know
 * how every non-public operation authenticates.
 */
export function registerOpenApiComponents({
  app,
  config,
}: {
  app: OpenAPIHono<AppEnv>;
  config: Config;
}): void {
  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_SECURITY_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookieName({ config }),
    description:
      'The session cookie set by `POST /api/auth/login` (HttpOnly, SameSite). State-changing requests from a browser also need a matching `Origin`.',
  });
}

/** The top of the OpenAPI document: what the API is, where it is served, its tags and licence. */
export function openApiDocumentConfig({ config }: { config: Config }) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Digipakket API',
      version: '0.1.0',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      description:
        'Runs the digital package programme: clients, intake, laptops, home-help cheques, training and follow-up across the welfare centre and its partners. Every error answers `{ "error": { "code", "message", "requestId", "details"? } }`; every answer carries `x-request-id`. Authentication is the session cookie (security scheme `cookieAuth`) set by `POST /api/auth/login`: `dp_session`, `__Host-dp_session` in production.',
    },
    servers: [{ url: config.server.publicUrl }],
    tags: API_TAGS.map((name) => ({ name, description: API_TAG_DESCRIPTIONS[name] })),
  };
}
