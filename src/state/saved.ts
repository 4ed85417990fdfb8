// Named scenarios kept in this browser (PRODUCT.md capability 6). One
// localStorage key holds a versioned envelope:
//   { "version": 1, "items": [{ "id", "name", "savedAt", "scenario" }] }
// Anything else found there (damaged JSON, another app's data, a newer
// version) is set aside under `${KEY}:set-aside:<time>` with a notice, never
// thrown away and never allowed to break the page. Each stored scenario is
// validated again when opened: storage is untrusted input like a link.
import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { parseScenario, type ParseResult } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { useStore } from './store';
import { t } from '../i18n';

export const SAVED_KEY = 'tokens-or-people:saved';
export const SAVED_VERSION = 1;
const MAX_ITEMS = 200;

export interface SavedItem {
  id: string;
  name: string;
  /** ISO 8601 time of the last save. */
  savedAt: string;
  /** As stored: validated when opened. */
  scenario: unknown;
}

const envelopeSchema = z.strictObject({
  version: z.literal(SAVED_VERSION),
  items: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1), z.maxLength(100)),
        name: z.string().check(z.maxLength(200)),
        savedAt: z.string().check(z.maxLength(40)),
        scenario: z.unknown(),
      }),
    )
    .check(z.maxLength(MAX_ITEMS)),
});

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: readonly SavedItem[] | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (privacy settings, sandboxed frames)
  }
}

const notify = (kind: 'info' | 'warning' | 'error', text: string) => useStore.getState().notify(kind, text);

/** Move whatever is under the key to a dated key, so nothing is lost and the app starts clean. */
function setAside(store: Storage, raw: string, why: string) {
  const aside = `${SAVED_KEY}:set-aside:${new Date().toISOString()}`;
  try {
    store.setItem(aside, raw);
    store.removeItem(SAVED_KEY);
    notify('warning', t('saved.setAside', { why, key: aside }));
  } catch {
    try {
      store.removeItem(SAVED_KEY);
    } catch {
      // Storage refuses even removal: carry on with an empty list.
    }
    notify('warning', t('saved.lost', { why }));
  }
}

function read(): readonly SavedItem[] {
  const store = storage();
  if (!store) return [];
  let raw: string | null;
  try {
    raw = store.getItem(SAVED_KEY);
  } catch {
    return [];
  }
  if (raw === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    setAside(store, raw, t('saved.why.damaged'));
    return [];
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    const version = json !== null && typeof json === 'object' ? (json as { version?: unknown }).version : undefined;
    setAside(store, raw, typeof version === 'number' && version !== SAVED_VERSION ? t('saved.why.version', { version }) : t('saved.why.unknown'));
    return [];
  }
  return parsed.data.items as SavedItem[];
}

/** The saved items (read once, then kept in step with every change). */
export function listSaved(): readonly SavedItem[] {
  return (cache ??= read());
}

/** Check the store at start-up, so a damaged one is reported at once. */
export function checkSavedStore() {
  cache = null;
  listSaved();
}

function write(items: readonly SavedItem[]): boolean {
  const store = storage();
  if (!store) {
    notify('error', 'This browser does not let the app keep data, so scenarios cannot be saved here. Download the scenario file instead.');
    return false;
  }
  try {
    store.setItem(SAVED_KEY, JSON.stringify({ version: SAVED_VERSION, items }));
  } catch {
    notify('error', 'The browser’s storage is full or refused the save. Download the scenario file instead.');
    return false;
  }
  cache = items;
  for (const listener of listeners) listener();
  return true;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const cleanName = (name: string, fallback: string) => name.trim().slice(0, 200) || fallback;

export function saveScenario(name: string, scenario: Scenario): SavedItem | null {
  const items = listSaved();
  if (items.length >= MAX_ITEMS) {
    notify('error', t('saved.full', { max: MAX_ITEMS }));
    return null;
  }
  const item: SavedItem = { id: newId(), name: cleanName(name, scenario.title), savedAt: new Date().toISOString(), scenario };
  return write([...items, item]) ? item : null;
}

export function renameSaved(id: string, name: string): boolean {
  return write(listSaved().map((item) => (item.id === id ? { ...item, name: cleanName(name, item.name) } : item)));
}

export function deleteSaved(id: string): boolean {
  return write(listSaved().filter((item) => item.id !== id));
}

/** A saved scenario, validated again. */
export function loadSaved(id: string): ParseResult | null {
  const item = listSaved().find((i) => i.id === id);
  return item ? parseScenario(item.scenario) : null;
}

function subscribe(listener: Listener) {
  listeners.add(listener);
  // Another tab saved: read again.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SAVED_KEY && event.key !== null) return;
    cache = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSaved(): readonly SavedItem[] {
  return useSyncExternalStore(subscribe, listSaved, listSaved);
}

/** Tests: forget the cached list. */
export function resetSavedCache() {
  cache = null;
}
