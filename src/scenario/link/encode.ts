// Scenario → link query, the writing half of the link codec (codec.ts holds
// the format and the reading half). Pure: no DOM, no store, no clock. Apart
// from the reading because writing needs no validation: the address bar, the
// copied link and the print brief are written by the first screen's code,
// while reading a link (zod, migrations, version 1's presets) is a chunk
// loaded when a link needs it (src/state/urlSync.ts).
// Default import: lz-string is CommonJS, whose named exports Node's ESM loader cannot see (tsx, the CLI).
import LZString from 'lz-string';
import { SCHEMA_VERSION } from '../schemaVersion';
import type { Scenario } from '../schema';
import { getPreset } from '../presets';
import { SCHEMA_DEFAULTS } from '../builtIn';
import { MODEL_VERSION } from '../../model/version';
import { scenarioDiff } from './diff';
import { readableParams } from './readable';
import { PARAMS, type ParamTable } from './params';
import type { Migration } from './migrations';

/** A readable link up to this long is preferred to the compact one (PRODUCT.md: a preset with a few changes ≤ 200). */
export const READABLE_MAX = 200;
/** Longer queries are refused unread: 32× the 2,000-character budget of a 20-team link. */
export const MAX_QUERY = 64_000;
export interface LinkOptions {
  /** The schema version links are written in and read up to. */
  version?: number;
  migrations?: readonly Migration[];
  params?: ParamTable;
  modelVersion?: number;
  /** Which form to write: the shorter suitable one (default), or one forced (tests); readable falls back to compact. */
  form?: 'auto' | 'readable' | 'compact';
  /**
   * The scenario a preset id names; null: the schema's defaults. `version` is
   * the schema version the link was written in: a link is a diff from the
   * preset as it was then (baseFor).
   */
  resolveBase?(presetId: string | null, version: number): Scenario | undefined;
}

export interface LinkNotice {
  kind: 'info' | 'warning' | 'error';
  /** In English (the command line, tests). */
  text: string;
  /**
   * For the app to say it in the reader's language: the catalogue's
   * `link.<code>` with `values` (src/state/urlSync.ts); absent: English only.
   */
  code?: string;
  values?: Record<string, string | number>;
  /**
   * What the notice is about, one entry per problem: a field path as parse.ts writes it (`teams[2].salary`) or a
   * readable parameter as the link spells it (`t0.salary`). Absent for a link refused whole (too long, damaged).
   */
  fields?: { path: string; message: string }[];
}

export interface DecodedLink {
  /** The linked scenario, or null when the link carries none or it could not be opened. */
  scenario: Scenario | null;
  presetId: string | null;
  notices: LinkNotice[];
  /** The model version the link was made with, when it says. */
  modelVersion: string | null;
}
/** The base a link of the current schema version is a diff from: the preset (once loaded: src/scenario/presets.ts), or the schema's defaults. */
export function currentBase(presetId: string | null): Scenario | undefined {
  return presetId === null ? SCHEMA_DEFAULTS : getPreset(presetId)?.scenario;
}

/** Query values are percent-encoded, except the compact payload's URL-safe alphabet. */
function query(pairs: readonly (readonly [string, string])[]): string {
  return '?' + pairs.map(([k, v]) => `${k}=${k === 's' ? v : encodeURIComponent(v)}`).join('&');
}

/** The link query (with its `?`) that reopens `scenario`. */
export function encodeLink(scenario: Scenario, presetId: string | null, options: LinkOptions = {}): string {
  const resolve = options.resolveBase ?? currentBase;
  let base = resolve(presetId, SCHEMA_VERSION);
  if (!base) {
    presetId = null;
    base = resolve(null, SCHEMA_VERSION)!;
  }
  const head: [string, string][] = presetId === null ? [] : [['p', presetId]];
  head.push(['v', String(options.version ?? SCHEMA_VERSION)], ['m', String(options.modelVersion ?? MODEL_VERSION)]);
  const form = options.form ?? 'auto';
  const readable = form === 'compact' ? null : readableParams(base, scenario, options.params ?? PARAMS);
  const short = readable ? query([...head, ...readable]) : null;
  if (short !== null && (short.length <= READABLE_MAX || form === 'readable')) return short;
  const diff = scenarioDiff(base, scenario);
  const compact = Object.keys(diff).length ? query([...head, ['s', LZString.compressToEncodedURIComponent(JSON.stringify(diff))]]) : query(head);
  return short !== null && short.length <= compact.length ? short : compact;
}
/** "a: reason; b: reason", at most five, for a notice. */
export function listProblems(problems: readonly { path: string; message: string }[]): string {
  const shown = problems.slice(0, 5).map((p) => `${p.path} ${p.message}`);
  if (problems.length > 5) shown.push(`and ${problems.length - 5} more`);
  return shown.join('; ');
}
