// The "…, as long as …" line for a download card (PRODUCT.md capability 12):
// the page's line, searched afresh here. A download is one click, and the
// search (tens of ms) on the main thread then costs less than keeping the
// worker's last answer in step with the store; the card is always current.
import type { Lens } from '../state/store';
import type { Scenario } from '../scenario/schema';
import { curveCompiler } from '../state/results';
import { LENS_HEADLINES, flips } from '../model/flips';
import { flipInputs } from '../scenario/flipInputs';
import { flipsLine } from '../ui/headline/flipText';

/** The line for the lens' headline, or undefined when there is none (or a custom curve cannot be compiled yet). */
export function conditionsFor(scenario: Scenario, lens: Lens, locale?: string): string | undefined {
  try {
    const result = flips(scenario, LENS_HEADLINES[lens], flipInputs(scenario), { compile: curveCompiler() });
    return flipsLine(result, { currency: scenario.currency, budgetMode: scenario.tokens.budgetMode, locale }) ?? undefined;
  } catch {
    return undefined;
  }
}
