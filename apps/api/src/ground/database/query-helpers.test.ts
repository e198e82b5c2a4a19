import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../audit/audit.tables';
import { organisationsTable } from '../organisations/organisations.tables';
import { byColumnName, columnsEqual, columnsOf, inTenant, ofClient, refuseDuplicate } from './query-helpers';

const dialect = new PgDialect();
const rendered = (condition: SQL | undefined) => dialect.sqlToQuery(condition!);

describe('query helpers', () => {
  it('inTenant is the tenant equality and-ed with the other conditions, leaving out undefined ones', () => {
    expect(
      rendered(inTenant(organisationsTable, 't1', eq(organisationsTable.kind, 'welfare'), undefined)),
    ).toEqual(rendered(and(eq(organisationsTable.tenantId, 't1'), eq(organisationsTable.kind, 'welfare'))));
    expect(rendered(inTenant(organisationsTable, 't1')).params).toEqual(['t1']);
  });

  it('ofClient compares the tenant, then the client, then the other conditions', () => {
    expect(
      rendered(ofClient(auditLogTable, { tenantId: 't1', clientId: 'c1' }, eq(auditLogTable.action, 'x'))),
    ).toEqual(
      rendered(
        and(
          eq(auditLogTable.tenantId, 't1'),
          eq(auditLogTable.clientId, 'c1'),
          eq(auditLogTable.action, 'x'),
        ),
      ),
    );
  });

  it('columnsEqual compares each column in the order given, placeholders included', () => {
    const tenantId = sql.placeholder('tenantId');
    expect(
      rendered(
        columnsEqual(organisationsTable, { kind: 'welfare', tenantId }, isNull(organisationsTable.name)),
      ),
    ).toEqual(
      rendered(
        and(
          eq(organisationsTable.kind, 'welfare'),
          eq(organisationsTable.tenantId, tenantId),
          isNull(organisationsTable.name),
        ),
      ),
    );
  });

  it('columnsOf picks the named columns under their own names', () => {
    const picked = columnsOf(organisationsTable, ['name', 'id']);
    expect(Object.keys(picked)).toEqual(['name', 'id']);
    expect(picked.name).toBe(organisationsTable.name);
    expect(picked.id).toBe(organisationsTable.id);
  });

  it('byColumnName puts each value under the name of its column in the database', () => {
    expect(byColumnName(organisationsTable, { tenantId: 't1', kind: 'welfare', name: 'OCMW' })).toEqual({
      tenant_id: 't1',
      kind: 'welfare',
      name: 'OCMW',
    });
  });

  it('refuseDuplicate turns a violation of its constraint into the refusal, and throws any other error as it was', async () => {
    const violation = (constraint: string) =>
      Object.assign(new Error('duplicate key value'), { code: '23505', constraint });
    const refusal = ({ cause }: { cause: unknown }) => new Error('already there', { cause });
    const duplicate = violation('users_email_unique');
    await expect(
      Promise.reject(duplicate).catch(refuseDuplicate('users_email_unique', refusal)),
    ).rejects.toMatchObject({ message: 'already there', cause: duplicate });
    const other = violation('users_other_unique');
    await expect(Promise.reject(other).catch(refuseDuplicate('users_email_unique', refusal))).rejects.toBe(
      other,
    );
  });
});
