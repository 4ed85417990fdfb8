// Lingui's configuration: five catalogues in PO format, English the source.
// Messages have explicit ids (`headline.note`): the code names them, en.po
// holds the English text and the translator's context (`#.` lines), and each
// other catalogue its translation. The Vite plugin compiles a catalogue when it
// is imported (src/i18n/load.ts), so each language is one lazy chunk and no
// message compiler ships to the browser. See docs/i18n.md.
import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

export default defineConfig({
  locales: ['en', 'de', 'fr', 'sv', 'es'],
  sourceLocale: 'en',
  fallbackLocales: { default: 'en' },
  // Two catalogues per language: what the first screen says, and what the parts
  // loaded later say (src/locales/later: the editor, the uncertainty panel, the downturn
  // levers, the comparison, the dialogs, the cards, the presets' descriptions),
  // loaded with them, so a reader's first download holds only the first.
  catalogs: [
    { path: '<rootDir>/src/locales/{locale}', include: ['src'] },
    { path: '<rootDir>/src/locales/later/{locale}', include: ['src'] },
  ],
  format: formatter({ explicitIdAsDefault: true, origins: false }),
});
