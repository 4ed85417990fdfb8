// The link codec: scenario ⇄ query string (see codec.ts and docs/links.md).
// The first screen's code imports encode.ts directly: this index brings the reading half (zod) with it.
export { encodeLink, decodeLink, defaultBase, currentBase, listProblems, READABLE_MAX, MAX_QUERY, type DecodedLink, type LinkNotice, type LinkOptions } from './codec';
export { scenarioDiff, applyDiff, deepEqual } from './diff';
export { readableParams, applyParams } from './readable';
export { PARAMS, SCENARIO_PARAMS, TEAM_PARAMS, RETIRED_PARAMS, RESERVED_PARAMS, lookupParam, type ParamDef, type ParamTable } from './params';
export { MIGRATIONS, migrateLink, checkMigrations, renameParam, mapParam, mapCompactDiff, type Migration, type LinkPayload } from './migrations';
