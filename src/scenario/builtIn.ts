// The two scenarios the first screen needs before any validation code has
// loaded: the default preset, and the schema's defaults (the base of a link
// without a preset). Run from source (tests, tsx, the dev server) they are
// validated here like any preset; the app's build replaces this module with
// the same values, validated at build time (vite.config.ts, scenariosAtBuild),
// so zod and parse.ts stay out of the initial JavaScript (PRODUCT.md budget).
// Every other preset is a chunk loaded when named (presets.ts).
import typicalSpend from '../../scenarios/typical-spend.json';
import { DEFAULT_PRESET_ID } from './presetIndex';
import { deepFreeze, loadPreset, type Preset } from './presetLoad';
import { loadScenario } from './parse';
import type { Scenario } from './schema';

export const DEFAULT_PRESET: Preset = loadPreset(DEFAULT_PRESET_ID, typicalSpend);

/** `{}` validated: every field its default. Frozen, as it is shared by every link without a preset. */
export const SCHEMA_DEFAULTS: Scenario = deepFreeze(loadScenario({}));
