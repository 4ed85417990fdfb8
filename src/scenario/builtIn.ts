// The scenario the first screen opens on, the default preset, in the first
// screen's code: every other preset is a chunk loaded when named (presets.ts).
import typicalSpend from '../../scenarios/typical-spend.json';
import { DEFAULT_PRESET_ID } from './presetIndex';
import { loadPreset, type Preset } from './presetLoad';

export const DEFAULT_PRESET: Preset = loadPreset(DEFAULT_PRESET_ID, typicalSpend);
