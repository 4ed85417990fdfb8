// The languages the app speaks, and which one a reader gets: `?lang=` in the
// link first, then the browser's preferences (navigator.languages), then
// English. Pure: no DOM, so the CLI and the tests can use it too.

/** English is the source language; every catalogue falls back to it. */
export const LANGS = ['en', 'de', 'fr', 'sv', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const SOURCE_LANG: Lang = 'en';

/** Each language named in itself (a reader looks for their own name in the menu): never translated. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  sv: 'Svenska',
  es: 'Español',
};

/** The link parameter (a view parameter, like `embed`: not part of the scenario). */
export const LANG_PARAM = 'lang';

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The primary language subtag of a BCP 47 tag, lower case: `de-CH` → `de`. */
const primary = (tag: string) => tag.trim().split(/[-_]/)[0].toLowerCase();

/** The first of the reader's preferred tags that the app speaks; English when none is. */
export function negotiate(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const lang = primary(tag);
    if (isLang(lang)) return lang;
  }
  return SOURCE_LANG;
}

/** `?lang=xx` of a query, when it names a language the app speaks (`de`, `de-AT` and `DE` all mean German). */
export function langOfQuery(search: string): Lang | null {
  const raw = new URLSearchParams(search).get(LANG_PARAM);
  if (raw === null) return null;
  const lang = primary(raw);
  return isLang(lang) ? lang : null;
}

/**
 * The BCP 47 tag numbers are written by: the reader's own tag for the chosen
 * language when the browser has one (`de-CH` writes 67’371, `en-GB` 67,371),
 * else the language alone (`de` writes 67.371).
 */
export function localeFor(lang: Lang, preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (primary(tag) !== lang) continue;
    try {
      // A malformed tag from the browser must not break formatting.
      return Intl.getCanonicalLocales(tag)[0] ?? lang;
    } catch {
      return lang;
    }
  }
  return lang;
}
