// Threshold probabilities the user asks about (MODEL.md §6: "P(rolesAtRisk > 10
// by 2029)"): what each is, its data-metric name and its wording. The list is
// view state, not part of the scenario, so it lives in its own small store.
// "By year" is kept as a year index: a changed start year moves it along.
import { create } from 'zustand';
import type { ThresholdOp, ThresholdQuery } from '../../model/uncertainty/probability';
import { formatValue, type ChartFormats } from '../../charts/common/format';
import { METRIC_INFO, isYesNo, type ShownMetric } from './metrics';

export interface ThresholdSpec {
  id: number;
  metric: ShownMetric;
  op: ThresholdOp;
  /** In stored units (fractions for percent metrics); 1 for yes/no metrics. */
  value: number;
  /** Year index t (calendar year startYear + t), clamped to the run's years. */
  byIndex: number;
}

export const OPS: readonly { op: ThresholdOp; symbol: string; words: string }[] = [
  { op: '>', symbol: '>', words: 'above' },
  { op: '>=', symbol: '≥', words: 'at or above' },
  { op: '<', symbol: '<', words: 'below' },
  { op: '<=', symbol: '≤', words: 'at or below' },
];

/** PRODUCT.md's examples: P(roles at risk > 10 by start + 3), P(tokens exceed salary by start + 2). */
export function defaultThresholds(): ThresholdSpec[] {
  return [
    { id: 1, metric: 'rolesAtRisk', op: '>', value: 10, byIndex: 3 },
    { id: 2, metric: 'tokensExceedSalary', op: '>=', value: 1, byIndex: 2 },
  ];
}

interface Years {
  startYear: number;
  years: number;
}

export const byYearOf = (spec: ThresholdSpec, { startYear, years }: Years) => startYear + Math.max(0, Math.min(spec.byIndex, years - 1));

/** The query for probability() over a run of these years. */
export function queryOf(spec: ThresholdSpec, run: Years): ThresholdQuery {
  return isYesNo(spec.metric)
    ? { metric: spec.metric, op: '>=', value: 1, byYear: byYearOf(spec, run) }
    : { metric: spec.metric, op: spec.op, value: spec.value, byYear: byYearOf(spec, run) };
}

/** The figure's data-metric: `probability:rolesAtRisk>10@2029`, `probability:tokensExceedSalary@2028`. */
export function thresholdName(spec: ThresholdSpec, run: Years): string {
  const year = byYearOf(spec, run);
  return isYesNo(spec.metric) ? `probability:${spec.metric}@${year}` : `probability:${spec.metric}${spec.op}${spec.value}@${year}`;
}

/** "Roles at risk above 10 by 2029", "Tokens exceed salary by 2028". */
export function thresholdLabel(spec: ThresholdSpec, run: Years, fmt: ChartFormats): string {
  const info = METRIC_INFO[spec.metric];
  const year = byYearOf(spec, run);
  if (isYesNo(spec.metric)) return `${info.label} by ${year}`;
  const words = OPS.find((o) => o.op === spec.op)!.words;
  return `${info.label} ${words} ${formatValue(info.kind, spec.value, fmt)} by ${year}`;
}

interface ThresholdState {
  thresholds: ThresholdSpec[];
  add(spec: Omit<ThresholdSpec, 'id'>): void;
  change(id: number, patch: Partial<Omit<ThresholdSpec, 'id'>>): void;
  remove(id: number): void;
}

let nextId = 3;
/** At most this many: each is one figure, and each metric is kept in the worker's samples. */
export const MAX_THRESHOLDS = 6;

export const useThresholds = create<ThresholdState>()((set, get) => ({
  thresholds: defaultThresholds(),
  add: (spec) => {
    if (get().thresholds.length >= MAX_THRESHOLDS) return;
    set({ thresholds: [...get().thresholds, { ...spec, id: nextId++ }] });
  },
  change: (id, patch) => set({ thresholds: get().thresholds.map((t) => (t.id === id ? { ...t, ...patch } : t)) }),
  remove: (id) => set({ thresholds: get().thresholds.filter((t) => t.id !== id) }),
}));
