// Narrow subscriptions for one field: each control re-renders only when its
// own value, its error or the preset changes, never on every keystroke elsewhere.
import { useCallback, useMemo } from 'react';
import { useStore } from '../../state/store';
import { getPreset } from '../../scenario/presets';
import { getIn, parseFieldPath } from '../../state/fieldPath';
import type { Scenario } from '../../scenario/schema';
import type { FieldError } from '../../scenario/parse';

/** The scenario of the current preset, or undefined for an opened link or file. */
export function presetScenario(presetId: string | null): Scenario | undefined {
  return presetId === null ? undefined : getPreset(presetId)?.scenario;
}

export interface FieldState<T> {
  value: T;
  /** The preset's value at this path; undefined when the preset has none. */
  presetValue: unknown;
  /** True when a preset value exists and differs from the current value. */
  changed: boolean;
  /** The store's message for the last refused entry, if any. */
  error: string | undefined;
  /** The same error with its code, to say it in the reader's language (fieldError.ts). */
  detail: FieldError | undefined;
  set(value: unknown): boolean;
  reset(): void;
}

/**
 * @param presetPath where the preset keeps this field's value, when it is not
 *   `path` (a team that moved); null when the preset has no such field.
 */
export function useField<T = unknown>(path: string, presetPath?: string | null): FieldState<T> {
  // Parse the path once: the selector runs on every store change, for every field.
  const keys = useMemo(() => parseFieldPath(path), [path]);
  const value = useStore((s) => getIn(s.scenario, keys)) as T;
  const error = useStore((s) => s.fieldErrors[path]);
  const detail = useStore((s) => s.fieldErrorDetails[path]);
  const presetId = useStore((s) => s.presetId);
  const presetValue = useMemo(
    () => (presetPath === null ? undefined : getIn(presetScenario(presetId), presetPath === undefined ? keys : parseFieldPath(presetPath))),
    [presetId, keys, presetPath],
  );
  const set = useCallback((next: unknown) => useStore.getState().setField(path, next).length === 0, [path]);
  const reset = useCallback(() => {
    if (presetValue !== undefined) useStore.getState().setField(path, presetValue);
  }, [path, presetValue]);
  const changed = presetValue !== undefined && !Object.is(presetValue, value);
  return { value, presetValue, changed, error, detail, set, reset };
}

/** The scenario's currency (for units); changes rarely. */
export const useCurrency = () => useStore((s) => s.scenario.currency);

/** The currency's place in a unit (`t('unit.curPerYear', { cur: CUR })` is "{cur}/yr"), filled in by withCurrency. */
export const CUR = '{cur}';

/** Replace `{cur}` in a unit with the scenario's currency code. */
export const withCurrency = (unit: string, currency: string) => unit.replaceAll('{cur}', currency);

/** The preset's shared budget mode (undefined without a preset). */
export function usePresetMode() {
  const presetId = useStore((s) => s.presetId);
  return presetScenario(presetId)?.tokens.budgetMode;
}
