// The preset a scenario started from, as the title area, the source lines and
// the cards name it: its title in the reader's language and its scenario, so
// the changes can be listed (changes.ts). None for a scenario opened from a
// file or a link without a preset: that scenario's own description and
// sources are its account of itself.
import type { Scenario } from '../../scenario/schema';
import { getPreset } from '../../scenario/presets';
import { presetTitle } from '../../i18n/presetTexts';
import { useStore } from '../../state/store';
import { deepEqual } from '../../scenario/link/diff';
import { basisText, scenarioChanges, changesText } from './changes';
import { t } from '../../i18n';

export interface Basis {
  /** The preset's title in the reader's language. */
  title: string;
  scenario: Scenario;
}

// The same object while the preset and its title (the language) stay: charts memoise their source line on it.
const bases = new Map<string, Basis>();

export function basisOf(presetId: string | null): Basis | null {
  const preset = presetId === null ? undefined : getPreset(presetId);
  if (!preset) return null;
  const title = presetTitle(preset);
  const key = `${preset.id}|${title}`;
  let basis = bases.get(key);
  if (!basis) bases.set(key, (basis = { title, scenario: preset.scenario }));
  return basis;
}

/** The basis of the store's scenario (a new object only when the preset or language changes). */
export function useBasis(): Basis | null {
  const presetId = useStore((s) => s.presetId);
  return basisOf(presetId);
}

// One answer per scenario object (the store replaces it on every edit), preset and locale.
const cache = new WeakMap<Scenario, Map<string, { line: string; inner: string } | null>>();

/** The title area's line and the source line's words for a scenario that left its preset; null while it is the preset. */
export function basisWords(scenario: Scenario, basis: Basis | null, locale?: string): { line: string; inner: string } | null {
  if (!basis || scenario === basis.scenario) return null;
  let byKey = cache.get(scenario);
  if (!byKey) cache.set(scenario, (byKey = new Map()));
  const key = `${basis.title}|${locale ?? ''}`;
  if (byKey.has(key)) return byKey.get(key)!;
  let words: { line: string; inner: string } | null = null;
  if (!deepEqual(scenario, basis.scenario)) {
    const changes = scenarioChanges(basis.scenario, scenario, locale);
    words = {
      line: basisText(basis.title, changes),
      inner: changes.length
        ? t('source.basedOnChanged', { preset: basis.title, changes: changesText(changes) })
        : t('source.basedOn', { preset: basis.title }),
    };
  }
  byKey.set(key, words);
  return words;
}
