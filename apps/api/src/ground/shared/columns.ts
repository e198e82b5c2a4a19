import { type ReferenceConfig, text, timestamp } from 'drizzle-orm/pg-core';
import { generateId, type IdKind } from './ids';

/** The primary key of a table: a prefixed random text id made by the application. */
export const idColumn = ({ kind }: { kind: IdKind }) =>
  text('id')
    .primaryKey()
    .$defaultFn(() => generateId({ kind }));

/**
 * A required reference to another row by its id, e.g. `referenceColumn('group_id', () => courseGroupsTable.id)`;
 * `actions` as drizzle's `.references()` takes them (`{ onDelete: 'cascade' }`).
 */
export const referenceColumn = (
  name: string,
  target: ReferenceConfig['ref'],
  actions?: ReferenceConfig['actions'],
) => text(name).notNull().references(target, actions);

/** A point in time, always with its time zone. */
export const timestampColumn = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** `created_at` and `updated_at`, both set by the database on insert. */
export const timestampColumns = () => ({
  createdAt: timestampColumn('created_at').notNull().defaultNow(),
  updatedAt: timestampColumn('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdateFn(() => new Date()),
});
