// The threshold questions of the uncertainty panel travel in links beside the
// scenario, so that a shared link shows the same probabilities (PRODUCT.md
// capability 4: a link reopens the exact scenario; capability 8: thresholds
// the user sets). They are view state, not part of the scenario: a link without
// the parameter shows the default questions.
//
// One vocabulary: each item is the figure's data-metric name without
// "probability:", so `thresholds=rolesAtRisk>10@2029,tokensExceedSalary@2028`
// shows the figures `probability:rolesAtRisk>10@2029` and
// `probability:tokensExceedSalary@2028`. Values are in stored units
// (fractions for percentages), as in data-value.
//
// This module holds the parameter's current text for the address bar
// (src/state/urlSync.ts) and the panel's store (src/ui/uncertainty/thresholds.ts,
// loaded on demand), which never import each other.
import { BOOLEAN_METRICS, YEAR_METRICS, type YearMetric } from '../model/metrics';
import type { ThresholdOp } from '../model/uncertainty/probability';

export const THRESHOLDS_PARAM = 'thresholds';
/** More than the panel allows (6), so that a link never loses one silently; the panel names what it drops. */
export const MAX_LINK_THRESHOLDS = 12;

export interface LinkThreshold {
  metric: YearMetric;
  op: ThresholdOp;
  /** 1 for yes/no metrics. */
  value: number;
  /** Calendar year. */
  year: number;
}

// metric, then an optional comparison and number (yes/no metrics have none), then @year.
const ITEM = /^([A-Za-z]{1,40})(?:(>=|<=|>|<)(-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?))?@(\d{4})$/;

const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

/** Reads the parameter's text. Never throws: the first problem, naming the parameter and item, comes back as `error` with no items. */
export function parseLinkThresholds(text: string): { items: LinkThreshold[]; error?: string } {
  if (text.trim() === '') return { items: [] };
  const parts = text.split(',');
  if (parts.length > MAX_LINK_THRESHOLDS) return { items: [], error: `${THRESHOLDS_PARAM}: at most ${MAX_LINK_THRESHOLDS} questions, got ${parts.length}` };
  const items: LinkThreshold[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    const m = ITEM.exec(part);
    if (!m) return { items: [], error: `${THRESHOLDS_PARAM}: ${quote(part)} is not a question like “rolesAtRisk>10@2029”` };
    const [, name, op, number, year] = m;
    if (!(YEAR_METRICS as readonly string[]).includes(name)) return { items: [], error: `${THRESHOLDS_PARAM}: ${quote(name)} is not a metric` };
    const metric = name as YearMetric;
    if (BOOLEAN_METRICS.has(metric)) {
      // A yes/no metric asks "by then, is it so?": P(value ≥ 1).
      items.push({ metric, op: '>=', value: 1, year: Number(year) });
      continue;
    }
    const value = Number(number);
    if (op === undefined || !Number.isFinite(value)) {
      return { items: [], error: `${THRESHOLDS_PARAM}: ${quote(part)} needs a comparison and a number, as in “${metric}>10@${year}”` };
    }
    items.push({ metric, op: op as ThresholdOp, value, year: Number(year) });
  }
  return { items };
}

/** The parameter's text for these questions (the inverse of parseLinkThresholds). */
export function formatLinkThresholds(items: readonly LinkThreshold[]): string {
  return items.map((t) => (BOOLEAN_METRICS.has(t.metric) ? `${t.metric}@${t.year}` : `${t.metric}${t.op}${t.value}@${t.year}`)).join(',');
}

// The parameter as the address bar should carry it; null: leave it out (the defaults).
let current: string | null = null;
type Listener = (text: string | null, fromLink: boolean) => void;
const listeners = new Set<Listener>();

export function linkThresholds(): string | null {
  return current;
}

/**
 * Sets the parameter's text: `fromLink` when it was read from the address (a
 * link opened, Back or Forward), so the panel takes it; otherwise the panel
 * wrote it, and the address bar follows.
 */
export function setLinkThresholds(text: string | null, fromLink: boolean): void {
  if (text === current) return;
  current = text;
  for (const listener of [...listeners]) listener(text, fromLink);
}

export function subscribeLinkThresholds(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `&thresholds=…` for a link, or nothing when the questions are the defaults. */
export function thresholdsSuffix(): string {
  return current === null ? '' : `&${THRESHOLDS_PARAM}=${encodeURIComponent(current)}`;
}
