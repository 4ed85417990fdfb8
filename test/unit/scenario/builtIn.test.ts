// The app's build replaces src/scenario/builtIn.ts and allPresets.ts with
// their values as JSON (vite.config.ts, scenariosAtBuild): they must come
// through JSON unchanged (no undefined, no NaN), frozen, and be what
// validation gives.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, SCHEMA_DEFAULTS } from '../../../src/scenario/builtIn';
import { DEFAULT_PRESET_ID } from '../../../src/scenario/presetIndex';
import { PRESETS } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import typicalSpend from '../../../scenarios/typical-spend.json';

const isDeepFrozen = (value: unknown): boolean =>
  value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

describe('the scenarios built into the first screen', () => {
  it('are the default preset and the schema defaults, as validation gives them', () => {
    expect(DEFAULT_PRESET.id).toBe(DEFAULT_PRESET_ID);
    expect(DEFAULT_PRESET.scenario).toEqual(loadScenario(typicalSpend));
    expect(SCHEMA_DEFAULTS).toEqual(loadScenario({}));
  });

  it('come through JSON unchanged, as the build writes them', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_PRESET))).toStrictEqual(structuredClone(DEFAULT_PRESET));
    expect(JSON.parse(JSON.stringify(SCHEMA_DEFAULTS))).toStrictEqual(structuredClone(SCHEMA_DEFAULTS));
    for (const preset of PRESETS) expect(JSON.parse(JSON.stringify(preset)), preset.id).toStrictEqual(structuredClone(preset));
  });

  it('keep the default preset one object: the list of every preset holds the first screen’s', () => {
    expect(PRESETS.find((p) => p.id === DEFAULT_PRESET_ID)).toBe(DEFAULT_PRESET);
  });

  it('are frozen, so no caller can change them for the next', () => {
    expect(isDeepFrozen(DEFAULT_PRESET)).toBe(true);
    expect(isDeepFrozen(SCHEMA_DEFAULTS)).toBe(true);
    for (const preset of PRESETS) expect(isDeepFrozen(preset), preset.id).toBe(true);
  });
});
