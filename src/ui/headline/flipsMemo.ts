// The flips the worker last found for a scenario and headline, kept by the
// scenario object itself (an edit makes a new one), so that a download card
// takes the headline's line the page already has instead of searching again
// on the main thread (issue 8: the search runs off the main thread). A
// WeakMap: a scenario nobody holds any more takes its flips with it.
import type { Scenario } from '../../scenario/schema';
import type { Flips, Headline } from '../../model/flips';

const memo = new WeakMap<Scenario, Map<string, Flips>>();

/** One search per metric, year and threshold: a new object with the same fields is the same search. */
export const headlineKey = (h: Headline) => `${h.metric}@${h.year ?? ''}>${h.threshold}`;

export function rememberFlips(scenario: Scenario, headline: Headline, flips: Flips): void {
  let byHeadline = memo.get(scenario);
  if (!byHeadline) memo.set(scenario, (byHeadline = new Map()));
  byHeadline.set(headlineKey(headline), flips);
}

/** The flips found for exactly this scenario object and headline, if any. */
export function knownFlips(scenario: Scenario, headline: Headline): Flips | undefined {
  return memo.get(scenario)?.get(headlineKey(headline));
}
