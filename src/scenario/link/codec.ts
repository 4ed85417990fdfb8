// Scenario ⇄ link query. Pure: no DOM, no store, no clock.
//
//   readable  ?p=<preset>&v=<schema>&m=<model>&budget=3000&t0.engineers=50
//   compact   ?p=<preset>&v=<schema>&m=<model>&s=<lz-string of the diff JSON>
//
// Both are a diff from a versioned default: the preset named by `p` (the
// schema's defaults when there is no `p`). The readable form is used when
// params.ts can name every change and the link stays short; otherwise the
// compact one (teams added or removed, shocks, long lists of changes).
// docs/links.md describes the format for people who write links by hand.
// This module reads links; encode.ts writes them (apart, so that the first
// screen's code writes the address bar without the validation code read needs).
// Default import: lz-string is CommonJS, whose named exports Node's ESM loader cannot see (tsx, the CLI).
import LZString from 'lz-string';
import { SCHEMA_VERSION } from '../schemaVersion';
import type { Scenario } from '../schema';
import { loadScenario, parseScenario } from '../parse';
import { describeValue } from '../fieldText';
import { getPreset } from '../presets';
import { MODEL_VERSION } from '../../model/version';
import { applyDiff } from './diff';
import { applyParams } from './readable';
import { IGNORED_PARAMS, PARAMS, VIEW_PARAMS, type ParamTable } from './params';
import { MIGRATIONS, migrateLink } from './migrations';
import { v1Differences, v1MigrationNotice, v1PresetDocument } from '../migrate/v1';
import { MAX_QUERY, currentBase, listProblems, type DecodedLink, type LinkNotice, type LinkOptions } from './encode';

export { encodeLink, currentBase, listProblems, READABLE_MAX, MAX_QUERY, type DecodedLink, type LinkNotice, type LinkOptions } from './encode';

/** Decompressed diffs beyond this are refused (lz-string can expand a crafted input quadratically). */
const MAX_JSON = 1_000_000;

const v1Bases = new Map<string | null, Scenario | undefined>();

/**
 * The base a link of schema `version` is a diff from. Version 1 links: the
 * preset (or the defaults) as version 1 released it, migrated with every new
 * field neutral (src/scenario/migrate/v1.ts), with today's preset texts, so
 * the link opens on the numbers it was made from.
 */
export function defaultBase(presetId: string | null, version = SCHEMA_VERSION): Scenario | undefined {
  if (version === 1) {
    if (!v1Bases.has(presetId)) {
      const doc = v1PresetDocument(presetId);
      const current = presetId === null ? undefined : getPreset(presetId)?.scenario;
      // A preset not loaded yet (src/scenario/presets.ts) is not remembered as missing.
      if (doc && presetId !== null && !current) return undefined;
      const texts = current ? { title: current.title, description: current.description, sources: current.sources } : {};
      v1Bases.set(presetId, doc ? loadScenario({ ...doc, ...texts }) : undefined);
    }
    return v1Bases.get(presetId);
  }
  return currentBase(presetId);
}

function decodeCompact(base: Scenario, s: string): { candidate: unknown } | { error: string; code: string; problems?: string; fields?: LinkNotice['fields'] } {
  if (s.length > MAX_QUERY) return { error: 'The scenario in this link is too long to be read.', code: 'compactTooLong' };
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(s);
  } catch {
    json = null;
  }
  if (!json || json.length > MAX_JSON) return { error: 'The scenario in this link is damaged (perhaps cut short when it was copied).', code: 'damaged' };
  let diff: unknown;
  try {
    diff = JSON.parse(json);
  } catch {
    return { error: 'The scenario in this link is damaged (perhaps cut short when it was copied).', code: 'damaged' };
  }
  const { candidate, errors } = applyDiff(base, diff);
  if (errors.length) return { error: `The scenario in this link could not be opened: ${listProblems(errors)}.`, code: 'notOpened', problems: listProblems(errors), fields: errors };
  return { candidate };
}

/** Read a link's query (`?…` or `…`). Never throws; every problem becomes a notice. */
export function decodeLink(search: string, options: LinkOptions = {}): DecodedLink {
  const version = options.version ?? SCHEMA_VERSION;
  const model = String(options.modelVersion ?? MODEL_VERSION);
  const out: DecodedLink = { scenario: null, presetId: null, notices: [], modelVersion: null };
  const keep = `The current scenario stays.`;
  if (search.length > MAX_QUERY) {
    out.notices.push({ kind: 'error', text: `This link is too long to be a scenario link (${search.length} characters). ${keep}`, code: 'tooLong', values: { length: search.length } });
    return out;
  }
  const all = [...new URLSearchParams(search)].filter(([k]) => !VIEW_PARAMS.includes(k) && !IGNORED_PARAMS.test(k));
  if (all.length === 0) return out;

  // The schema version: a link without one is read as current (a hand-written link).
  const vRaw = all.find(([k]) => k === 'v')?.[1];
  let linkVersion = version;
  if (vRaw !== undefined) {
    if (/^[1-9]\d{0,5}$/.test(vRaw)) linkVersion = Number(vRaw);
    else {
      const shown = describeValue(vRaw).slice(1, -1);
      out.notices.push({ kind: 'warning', text: `The link’s version “${shown}” is not one this app knows; it is read as version ${version}.`, code: 'unknownVersion', values: { version: shown, current: version } });
    }
  }
  const migrated = migrateLink({ version: linkVersion, params: all.filter(([k]) => k !== 'v') }, version, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) {
    out.notices.push({ kind: 'error', text: `${migrated.message} ${keep}` });
    return out;
  }
  const params = migrated.payload.params;

  const mRaw = params.find(([k]) => k === 'm')?.[1];
  if (mRaw !== undefined) {
    out.modelVersion = /^\d{1,6}$/.test(mRaw) ? mRaw : 'unknown';
    // Model version 1 is told apart below, where the scenario shows whether its numbers still differ.
    if (out.modelVersion !== model && out.modelVersion !== '1') {
      const which = out.modelVersion === 'unknown' ? 'an unknown model version' : `model version ${out.modelVersion}`;
      out.notices.push({
        kind: 'info',
        text: `This link was made with ${which}; numbers may differ from when it was shared.`,
        ...(out.modelVersion === 'unknown' ? { code: 'unknownModel' } : { code: 'otherModel', values: { version: out.modelVersion } }),
      });
    }
  }

  const resolve = options.resolveBase ?? defaultBase;
  const p = params.find(([k]) => k === 'p')?.[1] ?? null;
  let base = resolve(p, linkVersion);
  out.presetId = p;
  if (!base) {
    const shown = describeValue(p).slice(1, -1);
    out.notices.push({ kind: 'warning', text: `There is no preset called “${shown}”; the link’s changes are applied to the defaults.`, code: 'noPreset', values: { preset: shown } });
    out.presetId = null;
    base = resolve(null, linkVersion)!;
  }

  // The compact diff first, then readable parameters on top (a hand-edited compact link).
  const s = params.find(([k]) => k === 's')?.[1];
  if (s !== undefined) {
    const compact = decodeCompact(base, s);
    if ('error' in compact) {
      out.notices.push({ kind: 'error', text: `${compact.error} ${keep}`, code: compact.code, values: compact.problems === undefined ? undefined : { problems: compact.problems }, ...(compact.fields && { fields: compact.fields }) });
      out.presetId = null;
      return out;
    }
    const parsed = parseScenario(compact.candidate);
    if (!parsed.ok) {
      out.notices.push({ kind: 'error', text: `The scenario in this link could not be opened: ${listProblems(parsed.errors)}. ${keep}`, code: 'notOpened', values: { problems: listProblems(parsed.errors) }, fields: parsed.errors });
      out.presetId = null;
      return out;
    }
    base = parsed.scenario;
  }

  const readable = params.filter(([k]) => !['p', 'm', 's', 'v'].includes(k));
  out.scenario = applyReadable(base, readable, options.params ?? PARAMS, out.notices);
  if (out.modelVersion === '1' && model !== '1') {
    out.notices.push(v1MigrationNotice(v1Differences(out.scenario)));
  }
  return out;
}

const parent = (path: string) => path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');

/**
 * Apply readable parameters. Those the schema refuses are dropped, one round at
 * a time, and named in a notice; an error no parameter explains (another
 * field of the same block, as a custom curve without its expression) is
 * blamed on the parameters of that block.
 */
function applyReadable(base: Scenario, pairs: readonly (readonly [string, string])[], table: ParamTable, notices: LinkNotice[]): Scenario {
  // Nothing to apply: the base itself, so results memoised on it are reused.
  if (pairs.length === 0) return base;
  let remaining = pairs;
  const refused: { path: string; message: string }[] = [];
  for (let round = 0; round <= pairs.length; round++) {
    const { candidate, applied, ignored } = applyParams(base, remaining, table);
    if (round === 0) refused.push(...ignored.map((i) => ({ path: i.name, message: i.reason })));
    const parsed = parseScenario(candidate);
    if (parsed.ok) {
      if (refused.length) notices.push({ kind: 'warning', text: `Some settings in this link were ignored: ${listProblems(refused)}.`, code: 'ignored', values: { problems: listProblems(refused) }, fields: refused });
      return parsed.scenario;
    }
    const bad = new Set<string>();
    for (const error of parsed.errors) {
      const blamed = applied.filter((a) => error.path === a.path || error.path.startsWith(`${a.path}.`) || error.path.startsWith(`${a.path}[`));
      if (!blamed.length) blamed.push(...applied.filter((a) => parent(a.path) === parent(error.path)));
      for (const param of blamed) {
        if (!bad.has(param.name)) refused.push({ path: param.name, message: error.path === param.path ? error.message : `conflicts with ${error.path}: ${error.message}` });
        bad.add(param.name);
      }
    }
    if (bad.size === 0) {
      refused.push(...parsed.errors);
      break;
    }
    remaining = remaining.filter(([name]) => !bad.has(name));
  }
  notices.push({ kind: 'warning', text: `The settings in this link do not fit together, so they were ignored: ${listProblems(refused)}.`, code: 'conflict', values: { problems: listProblems(refused) }, fields: refused });
  return base;
}
