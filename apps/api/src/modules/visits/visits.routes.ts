import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../app/app.types';
import { defineRoute, errorResponses, jsonResponse } from '../app/routes';
import { ACCESS, getAuth } from '../auth/auth.policy';
import { toLocalDate } from '../shared/clock';
import { createVisitsRepository } from './visits.repository';
import { VisitListSchema, type VisitSummary } from './visits.schemas';

const myVisitsRoute = defineRoute({
  method: 'get',
  path: '/api/visits/mine',
  tag: 'visits',
  access: ACCESS.homeHelp,
  summary: 'My scheduled visits from today on',
  description: "A student gets their own scheduled cheques; a coordinator gets all of the organisation's.",
  responses: {
    200: jsonResponse(VisitListSchema, 'Scheduled visits, soonest first.'),
    ...errorResponses(401, 403),
  },
});

function formatAddress(row: {
  street: string | null;
  postcode: string | null;
  city: string | null;
}): string | null {
  const place = [row.postcode, row.city].filter(Boolean).join(' ');
  const address = [row.street, place].filter(Boolean).join(', ');
  return address || null;
}

export function registerVisitsRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(myVisitsRoute, async (c) => {
    const auth = getAuth(c);
    const { rows } = await createVisitsRepository({ db: deps.db }).listScheduledVisits({
      homeHelpOrgId: auth.organisation.id,
      studentUserId: auth.user.role === 'coordinator' ? undefined : auth.user.id,
      fromDate: toLocalDate({ instant: deps.clock.now(), timeZone: deps.config.timeZone }),
      timeZone: deps.config.timeZone,
    });
    const items: VisitSummary[] = rows.map((row) => ({
      chequeId: row.chequeId,
      appointmentAt: row.appointmentAt!.toISOString(),
      clientName: `${row.firstName} ${row.lastName}`,
      address: formatAddress(row),
      phone: row.phone,
      language: row.language,
      needsInterpreter: row.needsInterpreter,
      purpose: row.purpose,
      skillLevel: row.skillLevel,
    }));
    return c.json({ items }, 200);
  });
}
