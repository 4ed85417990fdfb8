// The link codec: scenario ⇄ query string (see codec.ts and docs/links.md).
export { encodeLink, decodeLink, defaultBase, READABLE_MAX, MAX_QUERY, type DecodedLink, type LinkNotice, type LinkOptions } from './codec';
export { scenarioDiff, applyDiff, deepEqual } from './diff';
export { readableParams, applyParams } from './readable';
export { PARAMS, SCENARIO_PARAMS, TEAM_PARAMS, RETIRED_PARAMS, RESERVED_PARAMS, lookupParam, type ParamDef, type ParamTable } from './params';
export { MIGRATIONS, migrateLink, checkMigrations, renameParam, mapParam, mapCompactDiff, type Migration, type LinkPayload } from './migrations';
