import { text, timestamp } from 'drizzle-orm/pg-core';
import { generateId, type IdKind } from './ids';

/** The primary key of a table: a prefixed random text id made by the application. */
export const idColumn = ({ kind }: { kind: IdKind }) =>
  text('id')
    .primaryKey()
    .$defaultFn(() => generateId({ kind }));

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
