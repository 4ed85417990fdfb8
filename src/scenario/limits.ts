// Limits of a scenario that code outside the schema needs too (the link
// reader names them), in a module without zod so that the first screen's
// chunk can import them (docs/architecture.md: zod loads with the reader).
/** The most teams a scenario holds (docs/model.md). */
export const MAX_TEAMS = 100;
