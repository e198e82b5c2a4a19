// What an operator's tool reads outside the HTTP API (the benchmark): the database connection, the
// deployment-wide figures of `pnpm cli figures`, the API's ids, and the welcome pack rendered from
// its sample data.

export { openDatabase } from './ground/database/database';
export { generateId } from './ground/shared/ids';
export { readDeploymentFigures } from './read-models/dashboard/dashboard.deployment.repository';
export { SAMPLE_BRANDING, samplePack } from './read-models/documents/documents.samples';
export { renderWelcomePack } from './read-models/documents/welcome-pack.document';
