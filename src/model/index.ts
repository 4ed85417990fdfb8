// The engine's public surface: a pure function of a scenario.
export { toRows } from './rows';
export { simulate, type SimulationResult, type TeamResult, type Summary, type SimulateOptions } from './simulate';
export { frontier, type Frontier, type FrontierPoint, type FrontierOptions } from './frontier';
export { YEAR_METRICS, M, METRIC_COUNT, BOOLEAN_METRICS, type YearMetric, type YearRow } from './metrics';
export { prepare, type Prepared, type TeamParams, type PrepareOptions } from './prepare';
export { runColumns, allocateColumns, column, columnSum, teamBase, totalsBase, type Columns } from './run';
export { COLUMNS } from './kernel/layout';
export type { CurveFn, CurveCompiler, CurveScope } from './curve';
export { MODEL_VERSION } from './version';
export * as uncertainty from './uncertainty';
