// Named scenarios kept in this browser (PRODUCT.md capability 6). One
// localStorage key holds a versioned envelope:
//   { "version": 1, "items": [{ "id", "name", "savedAt", "scenario" }] }
// Anything else found there (damaged JSON, another app's data, a newer
// version) is set aside under `${KEY}:set-aside:<time>` with a notice, never
// thrown away and never allowed to break the page. Each stored scenario is
// validated again when opened: storage is untrusted input like a link.
//
// Several tabs share the key (issue 12): every change reads the store afresh
// and applies itself to what is there (a save appends, a rename or delete acts
// on its id), so a save in one tab never drops what another tab saved or
// deleted meanwhile; the list a tab shows follows the others through the
// `storage` event, and is re-read whenever the stored text changed.
import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { parseScenario, type ParseResult } from '../scenario/parse';
import { formatPath } from '../scenario/fieldText';
import { SCENARIO_LIMITS, shapeProblem } from '../scenario/depth';
import type { Scenario } from '../scenario/schema';
import { useStore } from './store';
import { t } from '../i18n';

import { SAVED_KEY } from './savedKey';

export { SAVED_KEY };
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
/** The list as last read, with the stored text it was read from: a new text means another tab changed it. */
let cache: { raw: string | null; items: readonly SavedItem[]; stuck?: boolean } | null = null;

/** An envelope holds scenarios three levels down (`items[0].scenario`); nothing in it nests deeper than they may. */
const ENVELOPE_LIMITS = { depth: SCENARIO_LIMITS.depth + 3, values: SCENARIO_LIMITS.values * 4 };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (privacy settings, sandboxed frames)
  }
}

const notify = (kind: 'info' | 'warning' | 'error', text: string) => useStore.getState().notify(kind, text);

/** Move whatever is under the key to a dated key, so nothing is lost and the app starts clean. Returns false when the browser refused. */
function setAside(store: Storage, raw: string, why: string): boolean {
  let aside = `${SAVED_KEY}:set-aside:${new Date().toISOString()}`;
  // Two set asides in one millisecond (two tabs, or a quick reload) must not overwrite each other.
  for (let n = 2; store.getItem(aside) !== null && store.getItem(aside) !== raw; n++) aside = `${SAVED_KEY}:set-aside:${new Date().toISOString()}-${n}`;
  try {
    store.setItem(aside, raw);
    store.removeItem(SAVED_KEY);
    notify('warning', t('saved.setAside', { why, key: aside }));
  } catch {
    // The store is full, or refuses writes: leave the text where it is (never delete what cannot be kept).
    notify('warning', t('saved.kept', { why }));
    return false;
  }
  return true;
}

function readRaw(store: Storage): string | null {
  try {
    return store.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

/** Why a stored text is not a list of saved scenarios, or its items. */
function readItems(raw: string): { items: readonly SavedItem[] } | { why: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { why: t('saved.why.damaged') };
  }
  // Too deep or too large to be ours: set aside before anything (zod, JSON.stringify on the next save) recurses into it.
  const shape = shapeProblem(json, ENVELOPE_LIMITS);
  if (shape) return { why: `${formatPath(shape.path)} ${shape.message}` };
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    const version = json !== null && typeof json === 'object' ? (json as { version?: unknown }).version : undefined;
    return { why: typeof version === 'number' && version !== SAVED_VERSION ? t('saved.why.version', { version }) : t('saved.why.unknown') };
  }
  return { items: parsed.data.items as SavedItem[] };
}

/** The saved items: read again whenever the stored text differs from the one last read (another tab wrote it). */
export function listSaved(): readonly SavedItem[] {
  const store = storage();
  if (!store) return cache?.items ?? (cache = { raw: null, items: [] }).items;
  const raw = readRaw(store);
  if (cache && cache.raw === raw) return cache.items;
  const read = raw === null ? { items: [] } : readItems(raw);
  if ('items' in read) {
    cache = { raw, items: read.items };
  } else {
    // A damaged store is set aside (the list starts empty); if even that is refused it stays, and nothing may overwrite it.
    const kept = setAside(store, raw!, read.why);
    cache = { raw: readRaw(store), items: [], stuck: !kept };
  }
  return cache.items;
}

/** Check the store at start-up, so a damaged one is reported at once. */
export function checkSavedStore() {
  cache = null;
  listSaved();
}

/**
 * Change the stored list: `change` gets the list as stored this moment (not as
 * this tab last showed it) and returns the new one. Returns the new list, or
 * null when the browser refused.
 */
function change(update: (items: readonly SavedItem[]) => readonly SavedItem[] | null): readonly SavedItem[] | null {
  const store = storage();
  if (!store) {
    notify('error', t('saved.noStorage'));
    return null;
  }
  const current = listSaved();
  if (cache?.stuck) {
    notify('error', t('saved.stuck'));
    return null;
  }
  const items = update(current);
  if (!items) return null;
  const raw = JSON.stringify({ version: SAVED_VERSION, items });
  try {
    store.setItem(SAVED_KEY, raw);
  } catch {
    notify('error', t('saved.refused'));
    return null;
  }
  cache = { raw, items };
  for (const listener of listeners) listener();
  return items;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const cleanName = (name: string, fallback: string) => name.trim().slice(0, 200) || fallback;

export function saveScenario(name: string, scenario: Scenario): SavedItem | null {
  const item: SavedItem = { id: newId(), name: cleanName(name, scenario.title), savedAt: new Date().toISOString(), scenario };
  const saved = change((items) => {
    if (items.length >= MAX_ITEMS) {
      notify('error', t('saved.full', { max: MAX_ITEMS }));
      return null;
    }
    return [...items, item];
  });
  return saved ? item : null;
}

export function renameSaved(id: string, name: string): boolean {
  return change((items) => items.map((item) => (item.id === id ? { ...item, name: cleanName(name, item.name) } : item))) !== null;
}

export function deleteSaved(id: string): boolean {
  return change((items) => items.filter((item) => item.id !== id)) !== null;
}

/** A saved scenario, validated again. */
export function loadSaved(id: string): ParseResult | null {
  const item = listSaved().find((i) => i.id === id);
  return item ? parseScenario(item.scenario) : null;
}

/** Another tab changed the store: read it here, outside React's render (a damaged one is set aside with a notice), then redraw. */
function onStorage(event: StorageEvent) {
  if (event.key !== SAVED_KEY && event.key !== null) return;
  listSaved();
  for (const listener of listeners) listener();
}

function subscribe(listener: Listener) {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

export function useSaved(): readonly SavedItem[] {
  return useSyncExternalStore(subscribe, listSaved, listSaved);
}

/** Tests: forget the cached list. */
export function resetSavedCache() {
  cache = null;
}
