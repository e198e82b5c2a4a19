import { and, eq, sql } from 'drizzle-orm';
import { clientsTable } from '../../records/clients/clients.tables';
import { intakesTable } from '../intake/intake.tables';
import { enrolmentsTable } from './training.tables';

/**
 * What a trainer may see of an enrolled learner: the client's name, language and phone, and the
 * skill level of their latest intake in the enrolment's tenant (null before any intake).
 */
export const learnerColumns = {
  firstName: clientsTable.firstName,
  lastName: clientsTable.lastName,
  preferredLanguage: clientsTable.preferredLanguage,
  phone: clientsTable.phone,
  skillLevel: sql<
    'none' | 'basic' | 'independent' | null
  >`(SELECT ${intakesTable.skillLevel} FROM ${intakesTable} WHERE ${intakesTable.clientId} = ${clientsTable.id} AND ${intakesTable.tenantId} = ${enrolmentsTable.tenantId} ORDER BY ${intakesTable.createdAt} DESC LIMIT 1)`,
};

/** The join of an enrolment to its client, in the enrolment's own tenant. */
export const learnerClientJoin = and(
  eq(clientsTable.id, enrolmentsTable.clientId),
  eq(clientsTable.tenantId, enrolmentsTable.tenantId),
);
