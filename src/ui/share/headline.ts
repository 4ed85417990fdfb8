// The headline sentence for a scenario and lens, as the page's headline writes
// it (src/ui/headline): for the embed, the share sheet and the download cards.
import type { Lens } from '../../state/store';
import type { Scenario } from '../../scenario/schema';
import { frontierFor, resultFor } from '../../state/results';
import { noAIScenario, sentenceFacts } from '../headline/facts';
import { headlineSentence } from '../headline/sentence';

export function headlineFor(scenario: Scenario, lens: Lens): string {
  // Only the finance sentence reads the frontier; the other lenses skip its sweep.
  const frontier = lens === 'finance' ? frontierFor(scenario) : undefined;
  return headlineSentence(sentenceFacts(scenario, resultFor(scenario), resultFor(noAIScenario(scenario)), frontier), lens);
}
