// The panel's link to the uncertainty worker (src/worker/client.ts): one
// client for the page (tests pass their own through the context), a run per
// scenario (a burst of edits folds into one, a stale run is cancelled by the
// client), and the tornado's one-at-a-time runs. Results are kept with the
// scenario they belong to, so the page shows the last complete result while a
// newer one runs.
import { createContext, useContext, useEffect, useState } from 'react';
import { CancelledError, createUncertaintyClient, type UncertaintyClient } from '../../worker/client';
import type { Scenario } from '../../scenario/schema';
import type { YearMetric } from '../../model/metrics';
import type { UncertaintyResult } from '../../model/uncertainty/run';
import type { Sensitivity } from '../../model/uncertainty/sensitivity';

/** Edits within this many ms fold into one run (a held arrow key, fast typing). */
const FOLD_MS = 40;

let shared: UncertaintyClient | undefined;
/** The page's client; its worker starts with the first run. */
export const appClient = () => (shared ??= createUncertaintyClient({ delayMs: FOLD_MS }));

export const UncertaintyClientContext = createContext<UncertaintyClient | null>(null);
export const useUncertaintyClient = () => useContext(UncertaintyClientContext) ?? appClient();

export interface Outcome<R> {
  result: R | null;
  /** The scenario `result` was computed for (older than the current one while a run is under way). */
  scenario: Scenario | null;
  /** The last run's failure, for the current scenario. */
  error: string | null;
}

const none = { result: null, scenario: null, error: null };
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs `start` whenever its inputs change; keeps the latest outcome. */
function useRun<R>(key: string, scenario: Scenario, enabled: boolean, start: () => Promise<R>): Outcome<R> & { key: string | null } {
  const [outcome, setOutcome] = useState<Outcome<R> & { key: string | null }>({ ...none, key: null });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    start().then(
      (result) => {
        if (live) setOutcome({ result, scenario, error: null, key });
      },
      (error: unknown) => {
        if (live && !(error instanceof CancelledError)) setOutcome((o) => ({ ...o, scenario, error: messageOf(error), key }));
      },
    );
    return () => {
      live = false;
    };
    // `start` closes over exactly these inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, scenario, enabled]);
  return outcome;
}

/** The Monte Carlo of `scenario`, keeping the samples of `metrics` (for fans and thresholds). */
export function useMonteCarlo(scenario: Scenario, metrics: readonly YearMetric[], enabled: boolean): Outcome<UncertaintyResult> {
  const client = useUncertaintyClient();
  const key = metrics.join(',');
  const outcome = useRun(key, scenario, enabled, () => client.uncertainty(scenario, { metrics: key.split(',') as YearMetric[] }));
  useEffect(() => {
    // No ranges any more: stop a run that is no longer wanted.
    if (!enabled) client.cancel();
  }, [client, enabled]);
  useEffect(() => () => client.cancel(), [client]);
  return outcome;
}

/** The tornado's bars for one metric and year. */
export function useSensitivity(scenario: Scenario, metric: YearMetric, year: number, enabled: boolean): Outcome<Sensitivity> {
  const client = useUncertaintyClient();
  return useRun(`${metric}@${year}`, scenario, enabled, () => client.sensitivity(scenario, { metric, year }));
}
