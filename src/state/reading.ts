// The code that reads untrusted scenarios (readingChunk.ts: the schema's check
// and the link reader) is about 12 kB gzip that a first screen opened on a
// preset never runs, so it is a chunk of its own (PRODUCT.md initial-JS
// budget). It loads
//   - before the first render, when the link says more than a preset
//     (urlSync.ts prepareLink) or saved scenarios are stored (main.tsx);
//   - with the parts that edit (the editor and the uncertainty panel, App.tsx),
//     which the first screen fetches at once;
//   - before the union's one-click comparison applies (UnionCompare.tsx).
// Once in, it is at hand synchronously: the store's edits check through it.
import type * as Chunk from './readingChunk';

export type Reading = typeof Chunk;

let loaded: Reading | undefined;
let loading: Promise<Reading> | undefined;

export const readingReady = (): boolean => loaded !== undefined;

/** Loads the chunk once (a failed load, offline before it was cached, may be retried). */
export function loadReading(): Promise<Reading> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./readingChunk').then(
    (chunk) => (loaded = chunk),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The loaded chunk. Throws when it is not loaded yet: each caller is one of the parts above, which load it first. */
export function reading(): Reading {
  if (!loaded) throw new Error('The scenario reader is not loaded yet (src/state/reading.ts).');
  return loaded;
}
