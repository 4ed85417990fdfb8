// The metrics the command line prints bands for: every per-year metric except
// the yes/no ones, which get threshold probabilities instead (MODEL.md §6).
import { BOOLEAN_METRICS, YEAR_METRICS } from '../model/metrics';

export const BAND_METRICS = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));
