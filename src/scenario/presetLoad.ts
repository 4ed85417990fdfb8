// One preset file as a frozen, validated scenario: a broken preset fails loudly
// where it loads (and in test/presets) instead of opening as a half-valid one.
import { loadScenario, ScenarioError } from './parse';
import type { Scenario } from './schema';

export interface Preset {
  /** Kebab-case id: the file name without `.json`, used in links and `--preset`. */
  readonly id: string;
  readonly scenario: Scenario;
}

/** Presets are shared by every caller: freezing turns an accidental mutation into an error. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function loadPreset(id: string, json: unknown): Preset {
  try {
    return deepFreeze({ id, scenario: loadScenario(json) });
  } catch (error) {
    if (error instanceof ScenarioError) throw new Error(`scenarios/${id}.json: ${error.message}`, { cause: error });
    throw error;
  }
}
