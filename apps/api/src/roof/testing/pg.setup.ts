import { inject } from 'vitest';

// Points the test database helper at the throwaway server the global setup started, and at the
// migrated template each file's database is copied from.
process.env.TEST_DATABASE_URL ||= inject('testDatabaseUrl');
const appUrl = inject('testDatabaseAppUrl');
if (appUrl) process.env.TEST_DATABASE_APP_URL ||= appUrl;
process.env.TEST_DATABASE_TEMPLATE ||= inject('testDatabaseTemplate');
