import { inject } from 'vitest';

// Points the test database helper at the throwaway server the global setup started.
process.env.TEST_DATABASE_URL ||= inject('testDatabaseUrl');
