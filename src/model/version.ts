// The engine's version, carried by every link (`m=`) and export so a reader can
// tell whether the numbers were made by the same model. Bump it whenever the
// same scenario would simulate to different numbers (a formula, a default that
// the engine applies, a rounding rule); a schema change bumps SCHEMA_VERSION
// instead. History:
//   1 (2026-11-27): MODEL.md as first released.
export const MODEL_VERSION = 1;
