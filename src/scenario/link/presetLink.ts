// The commonest link reads without the link reader: a preset, unchanged, as
// the address bar shows it after a plain visit (`?p=typical-spend&v=2&m=2`) or
// a preset shared as it is. For those the first screen needs neither the
// validation code nor the migrations (codec.ts, a chunk of its own in the app:
// src/state/urlSync.ts); decodeLink gives the same scenario, with no notice
// (test/unit/link/presetLink.test.ts).
import { SCHEMA_VERSION } from '../schemaVersion';
import { MODEL_VERSION } from '../../model/version';
import { isPresetId } from '../presetIndex';
import { IGNORED_PARAMS, VIEW_PARAMS } from './params';
import { MAX_QUERY } from './encode';

/**
 * The preset id a query opens unchanged, when that is all its scenario
 * parameters say: `p`, with `v` and `m` (each at most once) this schema's and
 * this model's versions or absent. null: the query carries no scenario.
 * undefined: anything else (changes, another version, an unknown preset, a
 * damaged value), for decodeLink to read.
 */
export function plainPresetLink(search: string): string | null | undefined {
  if (search.length > MAX_QUERY) return undefined;
  const params = [...new URLSearchParams(search)].filter(([k]) => !VIEW_PARAMS.includes(k) && !IGNORED_PARAMS.test(k));
  if (params.length === 0) return null;
  const value: Record<string, string> = {};
  for (const [k, v] of params) {
    if (!['p', 'v', 'm'].includes(k) || k in value) return undefined;
    value[k] = v;
  }
  if (value.v !== undefined && value.v !== String(SCHEMA_VERSION)) return undefined;
  if (value.m !== undefined && value.m !== String(MODEL_VERSION)) return undefined;
  return value.p !== undefined && isPresetId(value.p) ? value.p : undefined;
}
