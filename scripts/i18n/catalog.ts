// Reading the PO catalogues of src/locales for the checks and the type
// generator (Node only; the app gets them compiled by the Lingui Vite plugin).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import PO from 'pofile';
import { parse, type Token } from '@messageformat/parser';
import { LANGS, type Lang } from '../../src/i18n/locales';

export interface Entry {
  id: string;
  message: string;
  /** `#.` lines: the context for a translator (English catalogue). */
  comments: string[];
}

/** A language's two files: the first screen's messages, and those of the parts loaded later (src/i18n/index.ts). */
export const catalogPaths = (lang: Lang) => [
  resolve(import.meta.dirname, '../../src/locales', `${lang}.po`),
  resolve(import.meta.dirname, '../../src/locales/later', `${lang}.po`),
];

export function readCatalog(lang: Lang): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const path of catalogPaths(lang)) {
    const po = PO.parse(readFileSync(path, 'utf8'));
    for (const item of po.items) {
      if (item.obsolete) continue;
      if (out.has(item.msgid)) throw new Error(`${path}: ${item.msgid} appears twice`);
      out.set(item.msgid, { id: item.msgid, message: item.msgstr[0] ?? '', comments: item.extractedComments });
    }
  }
  return out;
}

export const readAll = (): Record<Lang, Map<string, Entry>> =>
  Object.fromEntries(LANGS.map((lang) => [lang, readCatalog(lang)])) as Record<Lang, Map<string, Entry>>;

export type ArgKind = 'plural' | 'select' | 'plain';

/** The arguments of an ICU message and how each is used: `{n, plural, …}` → plural. */
export function messageArgs(message: string): Map<string, ArgKind> {
  const args = new Map<string, ArgKind>();
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') {
        if (!args.has(token.arg)) args.set(token.arg, 'plain');
      } else if (token.type === 'plural' || token.type === 'selectordinal' || token.type === 'select') {
        args.set(token.arg, token.type === 'select' ? 'select' : 'plural');
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message, { strict: false }));
  return args;
}

/** The plural cases a message gives for each plural argument (`one`, `other`, `=0` …). */
export function pluralCases(message: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'plural' || token.type === 'selectordinal' || token.type === 'select') {
        if (token.type !== 'select') out.set(token.arg, token.cases.map((c) => c.key));
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message, { strict: false }));
  return out;
}
