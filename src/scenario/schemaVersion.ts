// The scenario schema's version (schema.ts), apart from the schema itself:
// links and exports write it, and the first screen's code needs it without
// the validation code (zod), which is a chunk of its own in the app.
export const SCHEMA_VERSION = 2;
