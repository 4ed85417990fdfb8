// The app's preset registry (src/scenario/presets.ts) without allPresets.ts
// imported, as on the app's first screen: only the default preset is there
// until loadPresets; then every preset, the default still the same object.
// The tests run in order: the second loads the presets.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PRESET_ID, PRESET_INDEX, getPreset, isPresetId, loadPresets, loadedPresets, presetsLoaded } from '../../../src/scenario/presets';
import { DEFAULT_PRESET } from '../../../src/scenario/builtIn';
import { useStore } from '../../../src/state/store';

describe('the preset registry', () => {
  it('holds the default preset at once, and knows the others by id before they load', () => {
    expect(getPreset(DEFAULT_PRESET_ID)).toBe(DEFAULT_PRESET);
    expect(getPreset('status-quo')).toBeUndefined();
    expect(presetsLoaded()).toBe(false);
    expect(loadedPresets().map((p) => p.id)).toEqual([DEFAULT_PRESET_ID]);
    expect(isPresetId('status-quo')).toBe(true);
    expect(isPresetId('no-such-preset')).toBe(false);
  });

  it('lets the store open a preset not loaded yet: the current scenario stays until it is in', async () => {
    useStore.getState().loadPreset('rosy-plan');
    expect(useStore.getState().presetId).toBe(DEFAULT_PRESET_ID);
    expect(useStore.getState().scenario).toBe(DEFAULT_PRESET.scenario);
    await vi.waitFor(() => expect(useStore.getState().presetId).toBe('rosy-plan'));
    expect(useStore.getState().scenario).toBe(getPreset('rosy-plan')!.scenario);
    expect(useStore.getState().notices).toEqual([]);
  });

  it('loads every preset, the default still the first screen’s object', async () => {
    await loadPresets();
    expect(presetsLoaded()).toBe(true);
    expect(getPreset('status-quo')?.scenario.title).toBe('Status quo: no AI spend');
    // Identity comparisons with the first screen's scenario (the basis line, links) hold across the load.
    expect(getPreset(DEFAULT_PRESET_ID)).toBe(DEFAULT_PRESET);
    expect(loadedPresets().map((p) => p.id)).toEqual(PRESET_INDEX.map((p) => p.id));
  });
});
