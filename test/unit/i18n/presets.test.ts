// @vitest-environment node
// Presets' titles and descriptions: the JSON is the English source; each
// language's translation is keyed by the preset's id and a hash of the English
// it translates, so a new preset or a changed text falls back to English, never
// to a stale translation. `npm run i18n:presets` lists what needs translating.
import { afterAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/scenario/allPresets';
import { setLang } from '../../../src/i18n';
import { displayTitle, presetDescription, presetTitle } from '../../../src/i18n/presetTexts';
import { untranslatedPresets } from '../../../scripts/i18n-presets';

afterAll(() => setLang('en'));

describe('preset texts', () => {
  it('are the JSON’s own in English', async () => {
    await setLang('en');
    for (const p of PRESETS) {
      expect(presetTitle(p)).toBe(p.scenario.title);
      expect(presetDescription(p)).toBe(p.scenario.description);
    }
  });

  it('are translated in German, and the headline’s title follows for an unmodified preset', async () => {
    await setLang('de');
    // The catalogues translate the English the presets had when they were translated: the
    // version 1 works agreement's title (the version 2 presets await their translations).
    const current = PRESETS.find((p) => p.id === 'works-agreement')!;
    const agreement = { ...current, scenario: { ...current.scenario, title: 'Attrition only, under a works agreement (Germany)' } };
    expect(presetTitle(agreement)).toBe('Abbau nur durch Fluktuation, mit Betriebsvereinbarung (Deutschland)');
    // Until then the new English shows, never a stale translation.
    expect(presetTitle(current)).toBe(current.scenario.title);
    expect(displayTitle(current.scenario.title)).toBe(presetTitle(current));
    // A title the reader typed stays as typed.
    expect(displayTitle('Unser Plan 2027')).toBe('Unser Plan 2027');
  });

  it('fall back to English for a preset whose text changed or that is new', async () => {
    await setLang('fr');
    const p = PRESETS[0];
    const changed = { id: p.id, scenario: { ...p.scenario, title: `${p.scenario.title} (revised)` } };
    expect(presetTitle(changed)).toBe(changed.scenario.title);
    const fresh = { id: 'a-new-preset', scenario: p.scenario };
    expect(presetDescription(fresh)).toBe(p.scenario.description);
  });

  it('lists, for the translators, each preset text a catalogue lacks', () => {
    // Not a failure when the lead rewrites a preset: the app shows its English until the entry is added.
    for (const item of untranslatedPresets()) {
      expect(item.key).toMatch(/^preset\.[a-z0-9-]+\.(title|description)\.[0-9a-z]+$/);
      expect(item.english.length).toBeGreaterThan(0);
    }
  });
});
