// The reader's language: which catalogue is active, the words (`t`), and the
// locale numbers are written in (`readerLocale`). Lingui's runtime formats the
// ICU messages (plurals, selects, arguments); the catalogues are PO files in
// src/locales, compiled at build time into one lazy chunk per language, so a
// reader downloads only their own language (docs/i18n.md).
//
// No React and no DOM beyond `<html lang>` and the document title, so layout
// code and tests call `t` directly; components call `useT()` (react.ts), which
// also re-renders them when the language changes.
import { i18n, type Messages } from '@lingui/core';
import { LANG_PARAM, LANGS, SOURCE_LANG, isLang, langOfQuery, localeFor, negotiate, type Lang } from './locales';
import type { MessageArgs, MessageId } from './messages.gen';

export { LANGS, LANG_NAMES, LANG_PARAM, SOURCE_LANG, isLang, negotiate, langOfQuery, type Lang } from './locales';
export type { MessageId } from './messages.gen';

// One dynamic import per language: Vite makes each a chunk of its own. The
// first screen's messages load before the first render; those of the parts
// that load later (src/locales/later) load with them (`withLater`).
const LOADERS: Record<Lang, () => Promise<{ messages: Messages }>> = {
  en: () => import('../locales/en.po'),
  de: () => import('../locales/de.po'),
  fr: () => import('../locales/fr.po'),
  sv: () => import('../locales/sv.po'),
  es: () => import('../locales/es.po'),
};
const LATER: Record<Lang, () => Promise<{ messages: Messages }>> = {
  en: () => import('../locales/later/en.po'),
  de: () => import('../locales/later/de.po'),
  fr: () => import('../locales/later/fr.po'),
  sv: () => import('../locales/later/sv.po'),
  es: () => import('../locales/later/es.po'),
};

export type Translate = <K extends MessageId>(id: K, ...args: MessageArgs<K>) => string;

const preferred = (): readonly string[] => (typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]).filter(Boolean));

interface LangState {
  lang: Lang;
  /** Chosen in the menu or given by `?lang=`: then links carry it. A language read from the browser is not written into links. */
  explicit: boolean;
  /** BCP 47 tag for numbers and dates. */
  locale: string;
  /** The translator of this language: a new function per language, so memos that list it recompute. */
  t: Translate;
}

// Before any catalogue is active (a module that words something at import) the id stands in; Lingui would throw.
const translator = (): Translate => ((id: string, values?: Record<string, unknown>) => (i18n.locale ? i18n._(id, values) : id)) as Translate;

let state: LangState = { lang: SOURCE_LANG, explicit: false, locale: SOURCE_LANG, t: translator() };
const listeners = new Set<() => void>();
const loaded = new Set<Lang>();
const loadedLater = new Set<Lang>();
/** Once a part loaded later has asked for its messages, a change of language loads them too. */
let laterWanted = false;

async function loadLater(lang: Lang): Promise<void> {
  if (loadedLater.has(lang)) return;
  const { messages } = await LATER[lang]();
  i18n.load(lang, messages);
  loadedLater.add(lang);
}

/** Whether the messages of the parts loaded later are in, for the current language. */
export const laterReady = (): boolean => loadedLater.has(state.lang);

/** Load the later messages of the current language (once); listeners hear of it, so words waiting for them appear. */
export async function ensureLater(): Promise<void> {
  laterWanted = true;
  const lang = state.lang;
  if (loadedLater.has(lang)) return;
  await loadLater(lang);
  if (lang === state.lang) {
    state = { ...state, t: translator() };
    for (const listener of [...listeners]) listener();
  }
}

/** A lazily loaded module together with the later messages it shows: for React.lazy and dynamic imports. */
export const withLater = <M>(load: () => Promise<M>): (() => Promise<M>) => () => Promise.all([load(), ensureLater()]).then(([m]) => m);

/** The message in the active language (English until a catalogue is active). */
export const t: Translate = ((id: MessageId, ...args: unknown[]) => state.t(id, ...(args as []))) as Translate;

/** Whether the active catalogue has `id` (a message named by data: a preset's text, a field error's code). */
export const hasMessage = (id: string): boolean => i18n.messages[id] !== undefined;

/** A message looked up by a name built at run time, or `fallback` (English) when no catalogue has it. */
export function tOr(id: string, fallback: string, values?: Record<string, string | number>): string {
  return i18n.locale && hasMessage(id) ? i18n._(id, values) : fallback;
}

export const currentLang = (): Lang => state.lang;
export const langState = (): LangState => state;
/** The reader's locale as a BCP 47 tag, for formatting and reading numbers (`de`, `de-CH`, `fr`, `en-GB`). */
export const readerLocale = (): string => state.locale;

export function subscribeLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `&lang=xx` for links, when the reader chose the language; nothing when the browser did. */
export const langSuffix = (): string => (state.explicit ? `&${LANG_PARAM}=${state.lang}` : '');

/**
 * Load a language's catalogue (once) and make it the active one: `<html lang>`
 * and the document title follow. `explicit` marks a choice the links should carry.
 */
export async function setLang(lang: Lang, explicit = state.explicit): Promise<void> {
  if (!isLang(lang)) lang = SOURCE_LANG;
  if (!loaded.has(lang)) {
    const { messages } = await LOADERS[lang]();
    i18n.load(lang, messages);
    loaded.add(lang);
  }
  // Parts already shown keep their words in the new language.
  if (laterWanted) await loadLater(lang);
  i18n.activate(lang);
  state = { lang, explicit, locale: localeFor(lang, preferred()), t: translator() };
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.title = t('app.documentTitle');
  }
  for (const listener of [...listeners]) listener();
}

/** The language of a page opened with this query: `?lang=` first, then the browser's. */
export function initialLang(search: string): { lang: Lang; explicit: boolean } {
  const linked = langOfQuery(search);
  return linked ? { lang: linked, explicit: true } : { lang: negotiate(preferred()), explicit: false };
}

/** Every language, for tests and the language menu. */
export const ALL_LANGS: readonly Lang[] = LANGS;

/**
 * A name (a field's label, a figure's) as written inside a sentence: "Remove
 * range of salary growth". German keeps the capital of its nouns ("Bereich für
 * Gehaltssteigerung entfernen"); the others write a small first letter, and
 * acronyms ("AI budget", "FTE") stay as they are.
 */
export function inSentence(name: string): string {
  if (state.lang === 'de') return name;
  const [first, second] = [...name];
  if (first === undefined || (second !== undefined && second === second.toUpperCase() && second !== second.toLowerCase())) return name;
  return first.toLowerCase() + name.slice(first.length);
}
