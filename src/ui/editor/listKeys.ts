// Stable identities for list items (teams, shocks) that have no ids of their own.
// A key keeps React state (typed drafts) with its item when a neighbour is
// removed; an origin says which item of the preset an item came from, so
// "Reset" on a duplicated team never offers another team's values.
import { useCallback, useEffect, useState } from 'react';

let counter = 0;
const fresh = () => `k${++counter}`;

interface Item {
  key: string;
  /** Index of the preset's item this one stands for; null for an added item. */
  origin: number | null;
}

export interface ListKeys {
  items: readonly Item[];
  /** Call together with the store update that inserts an item; returns its key. */
  insert(index: number): string;
  remove(index: number): void;
}

const fromPreset = (length: number): Item[] => Array.from({ length }, (_, i) => ({ key: fresh(), origin: i }));
const isIdentity = (items: readonly Item[]) => items.every((item, i) => item.origin === i);

/**
 * @param length the list's length in the scenario
 * @param atPreset true while the list is the preset's own (just loaded or reset):
 *   then item i is the preset's item i.
 */
export function useListKeys(length: number, atPreset: boolean): ListKeys {
  const [items, setItems] = useState<Item[]>(() => fromPreset(length));
  // Adjusting state while rendering (React's pattern for state derived from props):
  // a list replaced from outside keeps the keys that still fit.
  let current = items;
  if (items.length !== length || (atPreset && !isIdentity(items))) {
    current = Array.from({ length }, (_, i) => ({
      key: items[i]?.key ?? fresh(),
      origin: atPreset ? i : (items[i]?.origin ?? null),
    }));
    setItems(current);
  }
  const insert = useCallback((index: number) => {
    const key = fresh();
    setItems((list) => [...list.slice(0, index), { key, origin: null }, ...list.slice(index)]);
    return key;
  }, []);
  const remove = useCallback((index: number) => {
    setItems((list) => [...list.slice(0, index), ...list.slice(index + 1)]);
  }, []);
  return { items: current, insert, remove };
}

/**
 * Move focus to an element once it has rendered: a new item's first field,
 * or the "Add" button after a removal, so focus is never lost to the page.
 */
export function useFocusAfterRender(): (id: string, firstField?: boolean) => void {
  const [target, setTarget] = useState<{ id: string; firstField: boolean } | null>(null);
  useEffect(() => {
    if (target === null) return;
    const element = document.getElementById(target.id);
    const focusable = target.firstField ? element?.querySelector<HTMLElement>('input, select, textarea') : element;
    focusable?.focus();
  }, [target]);
  return useCallback((id: string, firstField = false) => setTarget({ id, firstField }), []);
}
