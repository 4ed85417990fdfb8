// The "…, as long as …" line for a download card (PRODUCT.md capability 12),
// never searched on the main thread: the search is hundreds of engine runs
// (3–22 ms per preset in Node, more on a phone), and issue 8 puts it off the
// main thread when it takes more than a few milliseconds. The card takes the
// flips the headline already has for this very scenario (flipsMemo.ts), and
// otherwise asks the page's worker, as the headline does (useFlips.ts).
import type { Lens } from '../state/store';
import type { Scenario } from '../scenario/schema';
import { LENS_HEADLINES, type Flips, type Headline } from '../model/flips';
import type { FlipsJob } from '../worker/protocol';
import { flipInputs } from '../scenario/flipInputs';
import { flipsLine } from '../ui/headline/flipText';
import { knownFlips, rememberFlips } from '../ui/headline/flipsMemo';
import { appClient } from '../ui/uncertainty/useMonteCarlo';

/** What the card needs of the worker's client (src/worker/client.ts; a fake one in tests). */
export interface FlipsClient {
  flips(scenario: Scenario, job: FlipsJob): Promise<Flips>;
}

/** The page's worker, or null where there is none (Node, jsdom): then the card has no line. */
const pageClient = (): FlipsClient | null => (typeof Worker === 'undefined' ? null : appClient());

export interface ConditionsOptions {
  locale?: string;
  client?: FlipsClient | null;
  /**
   * Whether the scenario is still the page's. The client folds requests into
   * one job for the latest scenario, so an answer that arrives after an edit
   * may be the edited scenario's: the card then goes without the line rather
   * than print another scenario's conditions.
   */
  isCurrent?: () => boolean;
}

/** The answer is for this headline (the worker resolves the final year; compare the rest). */
const answers = (flips: Flips, headline: Headline) =>
  flips.headline.metric === headline.metric && flips.headline.threshold === headline.threshold && (headline.year === undefined || flips.headline.year === headline.year);

/** The line for the lens' headline, or undefined when there is none, no worker, or the search failed. */
export async function conditionsFor(scenario: Scenario, lens: Lens, options: ConditionsOptions = {}): Promise<string | undefined> {
  const headline: Headline = LENS_HEADLINES[lens];
  let found = knownFlips(scenario, headline);
  if (!found) {
    const client = options.client === undefined ? pageClient() : options.client;
    if (!client) return undefined;
    try {
      const answer = await client.flips(scenario, { headline, inputs: flipInputs(scenario) });
      if (!answers(answer, headline) || (options.isCurrent && !options.isCurrent())) return undefined;
      rememberFlips(scenario, headline, answer);
      found = answer;
    } catch {
      // A custom curve the worker cannot compile, or no worker after all: the card goes without the line.
      return undefined;
    }
  }
  return flipsLine(found, { currency: scenario.currency, budgetMode: scenario.tokens.budgetMode, locale: options.locale }) ?? undefined;
}
