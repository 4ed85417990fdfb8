// Threshold probabilities the user asks about (MODEL.md §6: "P(rolesAtRisk > 10
// by 2029)"): what each is, its data-metric name and its wording. The list is
// view state, not part of the scenario, so it lives in its own small store,
// and it travels in links as `thresholds=…` (src/state/linkThresholds.ts).
// "By year" is kept as a year index: a changed start year moves it along.
import { create } from 'zustand';
import { useStore } from '../../state/store';
import { formatLinkThresholds, linkThresholds, parseLinkThresholds, setLinkThresholds, subscribeLinkThresholds } from '../../state/linkThresholds';
import type { ThresholdOp, ThresholdQuery } from '../../model/uncertainty/probability';
import { formatValue, type ChartFormats } from '../../charts/common/format';
import { METRIC_INFO, isYesNo, type ShownMetric } from './metrics';
import { t } from '../../i18n';

export interface ThresholdSpec {
  id: number;
  metric: ShownMetric;
  op: ThresholdOp;
  /** In stored units (fractions for percent metrics); 1 for yes/no metrics. */
  value: number;
  /** Year index t (calendar year startYear + t), clamped to the run's years. */
  byIndex: number;
}

const op = (symbol: string, op: ThresholdOp, words: () => string) => ({
  op,
  symbol,
  // A getter: the words in the reader's language.
  get words() {
    return words();
  },
});

export const OPS: readonly { op: ThresholdOp; symbol: string; readonly words: string }[] = [
  op('>', '>', () => t('threshold.op.above')),
  op('≥', '>=', () => t('threshold.op.atOrAbove')),
  op('<', '<', () => t('threshold.op.below')),
  op('≤', '<=', () => t('threshold.op.atOrBelow')),
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
  if (isYesNo(spec.metric)) return t('threshold.labelYesNo', { metric: info.label, year: String(year) });
  const words = OPS.find((o) => o.op === spec.op)!.words;
  return t('threshold.label', { metric: info.label, op: words, value: formatValue(info.kind, spec.value, fmt), year: String(year) });
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

const currentRun = (): Years => useStore.getState().scenario;

/** The link parameter's text for these questions; null when they are the defaults (links stay short). */
export function linkTextOf(thresholds: readonly ThresholdSpec[], run: Years = currentRun()): string | null {
  const text = (specs: readonly ThresholdSpec[]) => formatLinkThresholds(specs.map((t) => ({ ...queryOf(t, run), year: byYearOf(t, run) })));
  const own = text(thresholds);
  return own === text(defaultThresholds()) ? null : own;
}

/** The questions a link's parameter asks (null: the defaults). Problems become notices naming the parameter. */
export function thresholdsFromLink(text: string | null, run: Years = currentRun()): ThresholdSpec[] {
  if (text === null) return defaultThresholds();
  const { notify } = useStore.getState();
  const { items, error } = parseLinkThresholds(text);
  if (error) {
    notify('warning', t('threshold.linkError', { error }));
    return defaultThresholds();
  }
  const offered = items.filter((t) => Object.prototype.hasOwnProperty.call(METRIC_INFO, t.metric));
  const skipped = items.filter((t) => !offered.includes(t)).map((t) => t.metric);
  if (skipped.length) notify('warning', t('threshold.skipped', { metrics: [...new Set(skipped)].join(', ') }));
  const extra = offered.length - MAX_THRESHOLDS;
  if (extra > 0) notify('warning', t('threshold.tooMany', { max: MAX_THRESHOLDS, extra }));
  return offered.slice(0, MAX_THRESHOLDS).map((t) => ({
    id: nextId++,
    metric: t.metric as ShownMetric,
    op: t.op,
    value: t.value,
    byIndex: Math.max(0, Math.min(t.year - run.startYear, run.years - 1)),
  }));
}

export const useThresholds = create<ThresholdState>()((set, get) => ({
  thresholds: thresholdsFromLink(linkThresholds()),
  add: (spec) => {
    if (get().thresholds.length >= MAX_THRESHOLDS) return;
    set({ thresholds: [...get().thresholds, { ...spec, id: nextId++ }] });
  },
  change: (id, patch) => set({ thresholds: get().thresholds.map((t) => (t.id === id ? { ...t, ...patch } : t)) }),
  remove: (id) => set({ thresholds: get().thresholds.filter((t) => t.id !== id) }),
}));

// Keep the link in step: the questions change, or the years they are written in do.
const publish = () => setLinkThresholds(linkTextOf(useThresholds.getState().thresholds), false);
useThresholds.subscribe((state, prev) => {
  if (state.thresholds !== prev.thresholds) publish();
});
useStore.subscribe((state, prev) => {
  if (state.scenario.startYear !== prev.scenario.startYear || state.scenario.years !== prev.scenario.years) publish();
});
// A link opened, Back or Forward: take its questions unless they are ours already.
subscribeLinkThresholds((text, fromLink) => {
  if (fromLink && text !== linkTextOf(useThresholds.getState().thresholds)) useThresholds.setState({ thresholds: thresholdsFromLink(text) });
});
