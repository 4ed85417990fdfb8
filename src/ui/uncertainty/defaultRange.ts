// A new range's starting values. Apart from rangeParams.ts because it reads
// the schema's bounds (zod): the names in rangeParams.ts are in the first
// screen's code ("based on …, changed: …"), this only where ranges are added.
import type { Scenario } from '../../scenario/schema';
import { getPath } from '../../scenario/paths';
import { boundsAt } from '../../scenario/bounds';
import { roundSig } from '../editor/display';
import { rangeParam } from './rangeParams';

/**
 * A starting range around the scenario's value: ±25% of it (three significant
 * digits), or ±5 points for a rate at 0, kept inside the schema's bounds so
 * the new range is valid at once.
 */
export function defaultRange(scenario: Scenario, path: string): [number, number] {
  const value = getPath(scenario, path);
  const v = typeof value === 'number' ? value : 0;
  const { min = -Infinity, max = Infinity, integer } = boundsAt(path);
  const param = rangeParam(path, scenario);
  let low: number;
  let high: number;
  if (v === 0) {
    [low, high] = param.percent ? [-0.05, 0.05] : [0, 1];
  } else {
    const spread = Math.abs(v) * 0.25;
    [low, high] = [roundSig(v - spread, 3), roundSig(v + spread, 3)];
  }
  if (integer) [low, high] = [Math.floor(low), Math.ceil(high)];
  return [Math.min(v, Math.max(min, low)), Math.max(v, Math.min(max, high))];
}
