// The language for components: each hook subscribes to the language, so a
// component that shows words re-renders when the reader switches (memoised
// ones included), and memos that list `t` or the locale recompute.
import { useSyncExternalStore } from 'react';
import { langState, subscribeLang } from './index';

const useLangState = () => useSyncExternalStore(subscribeLang, langState, langState);

/** The translator of the current language (a new function per language). */
export const useT = () => useLangState().t;
export const useLang = () => useLangState().lang;
/** The reader's BCP 47 locale, for number formats. */
export const useLocale = () => useLangState().locale;
