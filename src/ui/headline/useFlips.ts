// What would have to be true for the lens' headline (MODEL.md §6), off the
// main thread: the search runs hundreds of engine runs (tens of ms for the
// default preset), so it goes to the worker's `flips` job, after the edits
// have paused (DEBOUNCE_MS), and typing is never blocked. A result is kept
// with the scenario it belongs to: the caller sees it only while that is the
// current scenario, never a stale one as if it were current; and remembered
// (flipsMemo.ts) for the download cards.
import { useContext, useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import type { Flips, Headline } from '../../model/flips';
import { flipInputs } from '../../scenario/flipInputs';
import { CancelledError } from '../../worker/client';
import { appClient, UncertaintyClientContext } from '../uncertainty/useMonteCarlo';
import { headlineKey, rememberFlips } from './flipsMemo';

/** Edits closer together than this start one search, for the last of them. */
export const DEBOUNCE_MS = 150;

export interface FlipsState {
  /** The search's result for the current scenario and headline, or null while it runs. */
  flips: Flips | null;
  /** The last result, for another scenario or headline (to mark as outdated while the new one runs). */
  previous: Flips | null;
  /** A search for the current scenario is under way. */
  pending: boolean;
  error: string | null;
  /** No worker here (Node, jsdom without a test's client): nothing to show. */
  unavailable: boolean;
}

interface Outcome {
  scenario: Scenario;
  key: string;
  flips: Flips | null;
  error: string | null;
}

export function useFlips(scenario: Scenario, headline: Headline): FlipsState {
  const given = useContext(UncertaintyClientContext);
  const unavailable = !given && typeof Worker === 'undefined';
  const client = useMemo(() => (unavailable ? null : (given ?? appClient())), [given, unavailable]);
  const key = headlineKey(headline);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [last, setLast] = useState<Flips | null>(null);

  useEffect(() => {
    if (!client) return;
    let live = true;
    const timer = setTimeout(() => {
      client.flips(scenario, { headline, inputs: flipInputs(scenario) }).then(
        (flips) => {
          if (!live) return;
          // For the download cards (src/export/conditions.ts): the same line without a second search.
          rememberFlips(scenario, headline, flips);
          setOutcome({ scenario, key, flips, error: null });
          setLast(flips);
        },
        (error: unknown) => {
          if (live && !(error instanceof CancelledError)) setOutcome({ scenario, key, flips: null, error: error instanceof Error ? error.message : String(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `headline` is read through its key: a new object with the same fields is the same search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, scenario, key]);

  const current = outcome !== null && outcome.scenario === scenario && outcome.key === key ? outcome : null;
  return {
    flips: current?.flips ?? null,
    previous: current ? null : last,
    pending: client !== null && current === null,
    error: current?.error ?? null,
    unavailable: client === null,
  };
}
