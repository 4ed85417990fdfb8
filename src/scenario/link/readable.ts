// The readable link: the preset plus one `name=value` per changed field, for
// the differences params.ts can name. It cannot say that a team was added or
// removed, that a team's override was removed, or anything about description,
// sources, shocks or uncertainty ranges; those links use the compact form.
import type { Scenario, Team } from '../schema';
import { MAX_TEAMS } from '../limits';
import { getIn, parseFieldPath, setIn } from '../../state/fieldPath';
import { deepEqual } from './diff';
import { PARAMS, lookupParam, paramName, type ParamDef, type ParamTable } from './params';

const TEAM_OVERRIDES = ['tokens', 'productivity', 'demand', 'policy'] as const;
const WIDE_ROOTS = ['description', 'sources', 'shocks'];
// Text with a lone surrogate cannot be percent-encoded (encodeURIComponent throws).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const get = (root: unknown, path: string) => getIn(root, parseFieldPath(path));

/** Paths (inside `root`) of every field that differs, or null when one differs that no path can name. */
function changedTeamPaths(base: Team, team: Team): string[] | null {
  const paths: string[] = [];
  // Both sides' keys: a team's optional fields (its own raises, a promotion) may be on one side only.
  for (const key of new Set([...Object.keys(base), ...Object.keys(team)]) as Set<keyof Team>) {
    if ((TEAM_OVERRIDES as readonly string[]).includes(key)) continue;
    // deepEqual: a promotion is an object, equal when its target and rate are.
    if (!deepEqual(base[key], team[key])) paths.push(key);
  }
  for (const block of TEAM_OVERRIDES) {
    const from = base[block] as Record<string, unknown> | undefined;
    const to = team[block] as Record<string, unknown> | undefined;
    if (deepEqual(from, to)) continue;
    // Removing an override, or adding an empty one, has no parameter.
    if (!to || (!from && Object.keys(to).length === 0)) return null;
    for (const field of new Set([...Object.keys(from ?? {}), ...Object.keys(to)])) {
      if (to[field] === undefined) return null;
      if (!deepEqual(from?.[field], to[field])) paths.push(`${block}.${field}`);
    }
  }
  return paths;
}

function changedScenarioPaths(base: Scenario, current: Scenario): string[] | null {
  const paths: string[] = [];
  for (const key of Object.keys(base) as (keyof Scenario)[]) {
    if (key === 'schemaVersion' || key === 'teams') continue;
    const from = base[key];
    const to = current[key];
    if (deepEqual(from, to)) continue;
    if (WIDE_ROOTS.includes(key) || from === null || typeof from !== 'object') {
      paths.push(key);
      continue;
    }
    for (const field of Object.keys(from)) {
      if (!deepEqual((from as Record<string, unknown>)[field], (to as Record<string, unknown>)[field])) paths.push(`${key}.${field}`);
    }
  }
  return paths;
}

/**
 * The readable parameters that turn `base` into `current`, in table order, or
 * null when the difference is one they cannot say.
 */
export function readableParams(base: Scenario, current: Scenario, table: ParamTable = PARAMS): [string, string][] | null {
  if (base.teams.length !== current.teams.length) return null;
  const out: [string, string][] = [];
  const emit = (defs: readonly ParamDef[], paths: string[], root: unknown, team: number | null): boolean => {
    for (const path of paths) if (!defs.some((d) => d.path === path)) return false;
    for (const def of defs) {
      if (!paths.includes(def.path)) continue;
      const value = get(root, def.path) as string | number | boolean | null | undefined;
      // A field that went away (a team's own raises removed) has no parameter to say so.
      if (value === undefined) return false;
      if (typeof value === 'string' && LONE_SURROGATE.test(value)) return false;
      out.push([paramName(def, team), def.format(value)]);
    }
    return true;
  };
  const shared = changedScenarioPaths(base, current);
  if (!shared || !emit(table.scenario, shared, current, null)) return null;
  for (let i = 0; i < current.teams.length; i++) {
    const paths = changedTeamPaths(base.teams[i], current.teams[i]);
    if (!paths || !emit(table.team, paths, current.teams[i], i)) return null;
  }
  return out;
}

/** A team parameter with any number of digits (the table's own pattern stops at three). */
const TEAM_PAST_LIMIT = /^t(\d+)\.([A-Za-z]+)$/;
const teamLimitReason = (index: number) => `names team ${index + 1}, but a scenario has at most ${MAX_TEAMS} teams (t0 to t${MAX_TEAMS - 1})`;

export interface AppliedParam {
  /** The parameter's name in the link. */
  name: string;
  /** The scenario field it set (`teams[1].tokens.budget`). */
  path: string;
}
export interface IgnoredParam {
  name: string;
  reason: string;
}

/**
 * Apply readable parameters to `base`. Each parameter's own parser decides;
 * unknown, repeated, missing-team and unparsable ones are ignored with a reason.
 * The candidate still needs parseScenario (bounds, cross-field checks).
 */
export function applyParams(
  base: Scenario,
  pairs: readonly (readonly [string, string])[],
  table: ParamTable = PARAMS,
): { candidate: Scenario; applied: AppliedParam[]; ignored: IgnoredParam[] } {
  let candidate = base;
  const applied: AppliedParam[] = [];
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of pairs) {
    const found = lookupParam(name, table);
    if (!found) {
      // A team setting past the last team a scenario may have (t100 is team 101) says so, not "unknown".
      const past = TEAM_PAST_LIMIT.exec(name);
      const known = past !== null && Number(past[1]) >= MAX_TEAMS && table.team.some((d) => d.id === past[2]);
      ignored.push({ name, reason: known ? teamLimitReason(Number(past![1])) : 'is not a setting this app knows' });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ name, reason: 'is given more than once; the first value is used' });
      continue;
    }
    seen.add(name);
    const parsed = found.def.parse(raw);
    if (parsed.kind !== 'valid') {
      ignored.push({ name, reason: parsed.kind === 'invalid' ? parsed.reason : 'has no value' });
      continue;
    }
    if (found.team !== null && found.team >= base.teams.length) {
      ignored.push({ name, reason: found.team >= MAX_TEAMS ? teamLimitReason(found.team) : `names team ${found.team + 1}, but the scenario has ${base.teams.length}` });
      continue;
    }
    const path = found.team === null ? found.def.path : `teams[${found.team}].${found.def.path}`;
    candidate = setIn(candidate, parseFieldPath(path), parsed.value);
    applied.push({ name, path });
  }
  return { candidate, applied, ignored };
}
