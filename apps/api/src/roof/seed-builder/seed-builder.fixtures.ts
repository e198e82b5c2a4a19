import type { SeedBuilder } from './seed-builder';

/**
 * Named pieces of test data that several suites need in the same shape, built with the seed
 * builder. Each takes the builder and only what differs between its callers.
 */

/**
 * OCMW Aalst: a second welfare centre beside the demo tenant, empty, for checking that another
 * tenant's objects stay out of sight.
 */
export function anotherTenant(seed: SeedBuilder) {
  return seed.tenant({ name: 'OCMW Aalst', slug: 'ocmw-aalst' });
}

/**
 * A client of another welfare centre (OCMW Aalst, file AAL-1). By default named Mohammed Elders:
 * a first name the demo tenant's clients have too, so a search that leaks would find it.
 */
export async function aClientOfAnotherTenant(
  seed: SeedBuilder,
  { firstName = 'Mohammed', lastName = 'Elders' }: { firstName?: string; lastName?: string } = {},
) {
  const tenant = await anotherTenant(seed);
  const client = await seed.client({ tenantId: tenant.id, fileNumber: 'AAL-1', firstName, lastName });
  return { tenant, client };
}

/**
 * A course group of a training partner, open for enrolment, with one morning session (09:00 to
 * 12:00) on each of `dates`. The name is unique, so a suite can make as many as it needs.
 */
export async function aCourseGroup(
  seed: SeedBuilder,
  {
    trainingOrgId,
    capacity,
    dates = ['2025-03-20'],
    enrolledCount,
    name = `Testgroep ${capacity}-${Math.random()}`,
  }: {
    trainingOrgId: string;
    capacity: number;
    dates?: readonly string[];
    /** The seats the group counts as taken; left to the table's default (none) when not given. */
    enrolledCount?: number;
    name?: string;
  },
) {
  const [group] = await seed.groups([
    { trainingOrgId, name, capacity, ...(enrolledCount === undefined ? {} : { enrolledCount }) },
  ]);
  const sessions = await seed.sessions(
    dates.map((date) => ({ trainingOrgId, groupId: group!.id, date, startTime: '09:00', endTime: '12:00' })),
  );
  return { group: group!, sessions };
}
