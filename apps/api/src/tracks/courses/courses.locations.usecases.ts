import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createLocationNotFoundError } from '../training/training.errors';
import type { Location, LocationInput } from '../training/training.schemas';
import { orgOf, toLocation } from './courses.mapping';
import { createCoursesRepository } from './courses.repository';

export async function listLocations({ ctx }: { ctx: RequestContext }) {
  const { db } = ctx;
  const { rows } = await createCoursesRepository({ db }).listLocations({ trainingOrgId: orgOf(ctx) });
  return { items: rows.map(toLocation) };
}

export async function saveLocation({
  ctx,
  locationId,
  input,
}: RequestArgs<{ locationId: string | undefined; input: LocationInput }>): Promise<{ location: Location }> {
  const { db, clock } = ctx;
  const repository = createCoursesRepository({ db });
  const values = {
    name: input.name,
    street: input.street ?? null,
    postcode: input.postcode ?? null,
    city: input.city ?? null,
    accessibility: input.accessibility ?? null,
    directions: input.directions ?? null,
    updatedAt: clock.now(),
  };
  if (!locationId) {
    const { location } = await repository.insertLocation({
      location: { ...values, trainingOrgId: orgOf(ctx), createdAt: clock.now() },
    });
    return { location: toLocation(location) };
  }
  const { location } = isIdOf({ kind: 'location', value: locationId })
    ? await repository.updateLocation({ trainingOrgId: orgOf(ctx), locationId, values })
    : { location: undefined };
  if (!location) throw createLocationNotFoundError();
  return { location: toLocation(location) };
}
