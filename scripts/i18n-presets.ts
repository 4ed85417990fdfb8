// `npm run i18n:presets`: the preset texts (scenarios/*.json) that a catalogue
// has no translation of: a new preset, or one whose English changed since it
// was translated (the key holds a hash of the English, src/i18n/presetTexts.ts).
// The app shows the English until the entry is added; this prints the entries
// to add, with the English as the translator's context.
import { resolve } from 'node:path';
import { PRESETS, type Preset } from '../src/scenario/allPresets';
import { LANGS } from '../src/i18n/locales';
import { presetKey } from '../src/i18n/presetTexts';
import { readAll, type Entry } from './i18n/catalog';

export interface Untranslated {
  lang: string;
  key: string;
  english: string;
  /** Where the entry goes: titles show in the preset menu on the first screen, descriptions in parts loaded later. */
  file: string;
  /** The entries it replaces: the same preset and field, translated from an older English. */
  stale: string[];
}

/** `catalogues` and `presets` default to the project's: a test can hand in its own. */
export function untranslatedPresets(catalogues: Record<string, Map<string, Entry>> = readAll(), presets: readonly Preset[] = PRESETS): Untranslated[] {
  const out: Untranslated[] = [];
  for (const lang of LANGS) {
    if (lang === 'en') continue;
    for (const p of presets) {
      for (const field of ['title', 'description'] as const) {
        const english = p.scenario[field];
        const key = presetKey(p.id, field, english);
        if (catalogues[lang].get(key)?.message) continue;
        const prefix = `preset.${p.id}.${field}.`;
        const stale = [...catalogues[lang].keys()].filter((k) => k.startsWith(prefix) && k.split('.').length === 4);
        out.push({ lang, key, english, file: field === 'title' ? `src/locales/${lang}.po` : `src/locales/later/${lang}.po`, stale });
      }
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'i18n-presets.ts')) {
  const missing = untranslatedPresets();
  for (const m of missing) {
    const replaces = m.stale.length ? ` (replaces ${m.stale.join(', ')})` : '';
    console.log(`${m.file}${replaces}:\n#. English: ${m.english}\nmsgid "${m.key}"\nmsgstr ""\n`);
  }
  console.log(missing.length ? `${missing.length} preset texts to translate` : 'every preset text is translated');
}
