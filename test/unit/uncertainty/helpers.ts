// Shared by the uncertainty tests: scenarios with ranges, the list of numbers
// a range may name, and bit-exact comparison of typed arrays.
import { expect } from 'vitest';
import { RANGE_ROOTS } from '../../../src/scenario/paths';
import type { Scenario } from '../../../src/scenario/schema';

/** Every dotted path under RANGE_ROOTS whose value is a number (what a range may name). */
export function numericPaths(scenario: Scenario): string[] {
  const out: string[] = [];
  for (const root of RANGE_ROOTS) {
    const value = (scenario as unknown as Record<string, unknown>)[root];
    if (typeof value === 'number') out.push(root);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) if (typeof v === 'number') out.push(`${root}.${key}`);
    }
  }
  return out;
}

/** Same length and the same bits at every index (NaN equals NaN). */
export function expectSameBits(actual: ArrayLike<number>, expected: ArrayLike<number>, label = ''): void {
  expect(actual.length, label).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) expect(actual[i], `${label}[${i}]`).toBe(expected[i]);
  }
}

/** Deep-freezes plain objects and arrays, so any write into them throws (modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
