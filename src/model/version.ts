// The engine's version, carried by every link (`m=`) and export so a reader can
// tell whether the numbers were made by the same model. Bump it whenever the
// same scenario would simulate to different numbers (a formula, a default that
// the engine applies, a rounding rule); a schema change bumps SCHEMA_VERSION
// instead. History:
//   1 (2026-11-27): MODEL.md as first released.
//   2 (2026-12-02): MODEL.md version 2: gains already banked, demand that responds to
//      cost, rework, uneven use, plan learning, the hire limit, promotions, headcount
//      shocks as events, one-off and other costs, the allowance's tax, recalibrated defaults.
export const MODEL_VERSION = 2;
