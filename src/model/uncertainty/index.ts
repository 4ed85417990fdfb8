// Uncertainty and sensitivity (MODEL.md §6): seeded Monte Carlo bands,
// threshold probabilities, one-at-a-time swings. Pure, like the rest of the engine.
export { runUncertainty, startUncertainty, rangesOf, type UncertaintyOptions, type UncertaintyResult, type UncertaintyRun, type RangeSpec } from './run';
export { bandOf, bandsOf, bandRows, PERCENTILES, type Band, type BandPoint, type SampleSet } from './bands';
export { probability, crossingProbabilities, type Threshold, type ThresholdOp, type ThresholdQuery } from './probability';
export { sensitivity, type Sensitivity, type SensitivityBar, type SensitivityOptions } from './sensitivity';
export { quantile, quantilesInPlace, select } from './quantile';
export { triangular, clampMode, triangularMean } from './triangular';
export { Sfc32, splitmix32, fnv1a32, streamFor } from './prng';
export { setterFor } from './apply';
