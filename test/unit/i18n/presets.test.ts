// @vitest-environment node
// Presets' titles and descriptions: the JSON is the English source; each
// language's translation is keyed by the preset's id and a hash of the English
// it translates, so a new preset or a changed text falls back to English, never
// to a stale translation. `npm run i18n:presets` lists what needs translating.
import { afterAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/scenario/allPresets';
import { setLang } from '../../../src/i18n';
import { displayTitle, presetDescription, presetKey, presetTitle } from '../../../src/i18n/presetTexts';
import { LANGS } from '../../../src/i18n/locales';
import type { Entry } from '../../../scripts/i18n/catalog';
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
    const current = PRESETS.find((p) => p.id === 'works-agreement')!;
    expect(presetTitle(current)).toBe('Deutschland: Betriebsvereinbarung, Abbau nur durch Fluktuation');
    expect(displayTitle(current.scenario.title)).toBe(presetTitle(current));
    // The version 1 title's translation was replaced with the new one: its English shows, never a stale translation.
    const v1 = { ...current, scenario: { ...current.scenario, title: 'Attrition only, under a works agreement (Germany)' } };
    expect(presetTitle(v1)).toBe(v1.scenario.title);
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

  it('says where each entry goes and which older entry it replaces', () => {
    const p = PRESETS[0];
    const entry = (id: string): [string, Entry] => [id, { id, message: 'übersetzt', comments: [] }];
    // German has the title of an older English and the current description; French has neither.
    const de = new Map([entry(presetKey(p.id, 'title', 'An older title')), entry(presetKey(p.id, 'description', p.scenario.description))]);
    const catalogues = Object.fromEntries(LANGS.map((lang) => [lang, lang === 'de' ? de : new Map<string, Entry>()]));
    const missing = untranslatedPresets(catalogues, [p]);
    expect(missing.filter((m) => m.lang === 'de')).toEqual([
      { lang: 'de', key: presetKey(p.id, 'title', p.scenario.title), english: p.scenario.title, file: 'src/locales/de.po', stale: [presetKey(p.id, 'title', 'An older title')] },
    ]);
    expect(missing.filter((m) => m.lang === 'fr').map((m) => [m.file, m.stale])).toEqual([
      ['src/locales/fr.po', []],
      ['src/locales/later/fr.po', []],
    ]);
  });
});
