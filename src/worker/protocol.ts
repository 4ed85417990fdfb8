// Messages between the page (client.ts) and the uncertainty worker (host.ts).
// Scenarios travel by structured clone; results come back with their typed
// arrays transferred, not copied.
import type { Scenario } from '../scenario/schema';
import type { YearMetric } from '../model/metrics';
import type { UncertaintyResult } from '../model/uncertainty/run';
import type { Sensitivity } from '../model/uncertainty/sensitivity';
import type { FlipInput, Flips, Headline } from '../model/flips';

export interface UncertaintyJob {
  samples?: number;
  seed?: number;
  metrics?: YearMetric[];
}

export interface SensitivityJob {
  metric: YearMetric;
  year?: number;
}

export interface FlipsJob {
  headline: Headline;
  /** The inputs to move and their bounds (src/scenario/flipInputs.ts: the page has the schema, the worker need not). */
  inputs: FlipInput[];
}

export type WorkerRequest =
  | { type: 'uncertainty'; id: number; scenario: Scenario; options: UncertaintyJob }
  | { type: 'sensitivity'; id: number; scenario: Scenario; options: SensitivityJob }
  | { type: 'flips'; id: number; scenario: Scenario; options: FlipsJob }
  /** Stop the uncertainty run `id` at its next chunk boundary. */
  | { type: 'cancel'; id: number };

export type WorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'uncertainty'; id: number; result: UncertaintyResult }
  | { type: 'sensitivity'; id: number; result: Sensitivity }
  | { type: 'flips'; id: number; result: Flips }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** The buffers of every typed array of a result, each once, for postMessage's transfer list. */
export function transferables(result: UncertaintyResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const values of Object.values(result.values)) if (values) buffers.add(values.buffer as ArrayBuffer);
  for (const band of Object.values(result.bands)) {
    if (band) for (const q of [band.p10, band.p50, band.p90]) buffers.add(q.buffer as ArrayBuffer);
  }
  return [...buffers];
}
