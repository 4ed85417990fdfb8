// The column buffer's layout (src/model/run.ts): a block of COLUMNS × years
// per team, then one for the totals; column c of a block at c × years. The
// metrics of MODEL.md §5 first, in their order (metrics.ts), then the kernel's
// own columns: what the totals are formed from, and what the kernel's stages
// hand each other (kernel/index.ts).
import { METRIC_COUNT } from '../metrics';

/** Base salary per engineer (for tokensExceedSalary's mean salary in the totals). */
export const SALARY_COLUMN = METRIC_COUNT;
/** Demand at response 1 (the totals' demand response is Σ demand / Σ this). */
export const DEMAND_AT_ONE_COLUMN = METRIC_COUNT + 1;
/** min(output, demand) (the totals' costPerDemandMet). */
export const DEMAND_MET_COLUMN = METRIC_COUNT + 2;
// The stages' hand-overs (team.ts): a team's own, meaningless in the totals.
/** span_t. */
export const SPAN_COLUMN = METRIC_COUNT + 3;
/** inUse_t, the spend already adopted (MODEL.md §2). */
export const IN_USE_COLUMN = METRIC_COUNT + 4;
/** planMultiplier_t (MODEL.md §2). */
export const PLAN_MULTIPLIER_COLUMN = METRIC_COUNT + 5;
/** bankedFull_t, the demand response's reference multiplier (MODEL.md §2); 1 when no response is computed. */
export const BANKED_FULL_COLUMN = METRIC_COUNT + 6;
/** perHeadCost_t (MODEL.md §3), for holdBudget's target; 0 when neither the demand response nor holdBudget reads it. */
export const PER_HEAD_COLUMN = METRIC_COUNT + 7;
export const COLUMNS = METRIC_COUNT + 8;
