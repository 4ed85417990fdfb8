// `npm run i18n:presets`: the preset texts (scenarios/*.json) that a catalogue
// has no translation of: a new preset, or one whose English changed since it
// was translated (the key holds a hash of the English, src/i18n/presetTexts.ts).
// The app shows the English until the entry is added; this prints the entries
// to add, with the English as the translator's context.
import { resolve } from 'node:path';
import { PRESETS } from '../src/scenario/allPresets';
import { LANGS } from '../src/i18n/locales';
import { presetKey } from '../src/i18n/presetTexts';
import { readAll } from './i18n/catalog';

export function untranslatedPresets(): { lang: string; key: string; english: string }[] {
  const catalogues = readAll();
  const out: { lang: string; key: string; english: string }[] = [];
  for (const lang of LANGS) {
    if (lang === 'en') continue;
    for (const p of PRESETS) {
      for (const field of ['title', 'description'] as const) {
        const english = p.scenario[field];
        const key = presetKey(p.id, field, english);
        if (!catalogues[lang].get(key)?.message) out.push({ lang, key, english });
      }
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'i18n-presets.ts')) {
  const missing = untranslatedPresets();
  for (const m of missing) console.log(`src/locales/${m.lang}.po:\n#. English: ${m.english}\nmsgid "${m.key}"\nmsgstr ""\n`);
  console.log(missing.length ? `${missing.length} preset texts to translate` : 'every preset text is translated');
}
