// The preset registry (PRODUCT.md capability 2). The first screen's code holds
// the list of ids and titles (presetIndex.ts) and the default preset
// (builtIn.ts); the other scenarios, about 13 kB gzip, are a chunk of their own
// (allPresets.ts), loaded when something names one: a link (src/state/urlSync.ts,
// before the first render), the preset menu, a pinned comparison. getPreset
// answers from what is loaded, so each caller that may meet another preset
// loads them first (loadPresets).
import { DEFAULT_PRESET } from './builtIn';
import { PRESET_INDEX } from './presetIndex';
import type { Preset } from './presetLoad';

export type { Preset } from './presetLoad';
export { DEFAULT_PRESET_ID, PRESET_INDEX, isPresetId, type PresetInfo } from './presetIndex';

const loaded = new Map<string, Preset>([[DEFAULT_PRESET.id, DEFAULT_PRESET]]);

/** The preset with this id, once loaded (the default always is); undefined otherwise. */
export function getPreset(id: string): Preset | undefined {
  return loaded.get(id);
}

/** Called by allPresets.ts as it loads. */
export function registerPresets(presets: readonly Preset[]): void {
  for (const preset of presets) loaded.set(preset.id, preset);
}

/** Whether every preset is loaded. */
export const presetsLoaded = (): boolean => loaded.size === PRESET_INDEX.length;

/** The loaded presets, in the menu's order: every preset once presetsLoaded(). */
export function loadedPresets(): Preset[] {
  return PRESET_INDEX.flatMap(({ id }) => loaded.get(id) ?? []);
}

let loading: Promise<void> | undefined;

/** Loads every preset (once; a failed load, offline before the chunk was cached, may be retried). */
export function loadPresets(): Promise<void> {
  if (presetsLoaded()) return Promise.resolve();
  loading ??= import('./allPresets').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
