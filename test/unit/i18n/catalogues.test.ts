// @vitest-environment node
// The catalogues (src/locales/*.po) against the English source: every message
// is translated, with the same ICU arguments used the same way, parses, and
// carries context for a translator; the generated types are up to date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/i18n/locales';
import { messageArgs, readAll, type Entry } from '../../../scripts/i18n/catalog';
import { GENERATED, generatedTypes } from '../../../scripts/i18n-types';

const catalogues = readAll();
const english = catalogues.en;
// Preset texts are keyed by their English's hash and fall back to it (src/i18n/presetTexts.ts): not in en.po.
const isPreset = (id: string) => id.startsWith('preset.') && id.split('.').length === 4;
const others = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');

describe('the English source catalogue', () => {
  it('gives every message a context for translators and parses as ICU', () => {
    for (const entry of english.values()) {
      expect(entry.comments.join(' ').trim().length, entry.id).toBeGreaterThan(0);
      expect(() => messageArgs(entry.message), entry.id).not.toThrow();
      expect(entry.message.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('writes apostrophes as ’: in ICU a plain one starts a quoted literal', () => {
    for (const lang of LANGS) for (const e of catalogues[lang].values()) expect(e.message, `${lang} ${e.id}`).not.toMatch(/'/);
  });

  it('is what src/i18n/messages.gen.ts was generated from (npm run i18n:types)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generatedTypes());
  });
});

describe.each(others)('the %s catalogue', (lang) => {
  const catalogue = catalogues[lang];

  it('translates every English message', () => {
    const missing = [...english.keys()].filter((id) => !catalogue.get(id)?.message);
    expect(missing).toEqual([]);
  });

  it('has no message the English source lacks (presets aside)', () => {
    expect([...catalogue.keys()].filter((id) => !english.has(id) && !isPreset(id))).toEqual([]);
  });

  it('uses exactly the English arguments, each the same way (plural stays plural, select stays select)', () => {
    const mismatches: string[] = [];
    for (const [id, en] of english) {
      const tr: Entry | undefined = catalogue.get(id);
      if (!tr?.message) continue;
      const want = messageArgs(en.message);
      const got = messageArgs(tr.message);
      const show = (m: Map<string, string>) => [...m].map(([k, v]) => `${k}:${v}`).sort().join(',');
      if (show(want) !== show(got)) mismatches.push(`${id}: ${show(got)} ≠ English ${show(want)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
