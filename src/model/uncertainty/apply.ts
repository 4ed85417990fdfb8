// Writing a drawn value into a prepared scenario, without preparing it again.
// The meaning is that of MODEL.md §6: the value replaces the number at the
// range's path in the scenario's shared blocks (setPath), and the scenario is
// prepared again; a team that sets the same field itself keeps its own value
// (MODEL.md §1). Preparing once per sample would cost more than the run
// itself, so each range gets a setter that writes the value into every place
// of the Prepared that reads it. test/unit/uncertainty/apply.test.ts checks
// each path against prepare(setPath(...)).
import type { Scenario } from '../../scenario/schema';
import { RANGE_ROOTS, getPath } from '../../scenario/paths';
import type { Prepared } from '../prepare';

export type Setter = (value: number) => void;

/** Shared numbers outside the per-team blocks, and their field in Prepared. */
const PREPARED_FIELD = {
  'managers.spanOfControl': 'spanOfControl',
  'managers.spanGrowth': 'spanGrowth',
  'managers.salaryRatio': 'managerSalaryRatio',
  'specialists.perMillionSpend': 'specialistsPerMillion',
  'specialists.salaryRatio': 'specialistSalaryRatio',
} as const satisfies Record<string, keyof Prepared>;

/** The blocks that prepare() merges per team: shared values, then the team's overrides. */
const TEAM_BLOCKS = ['tokens', 'productivity', 'demand', 'policy'] as const;

/**
 * An error naming the range as parse.ts's formatPath would,
 * `uncertainty.ranges["tokens.budget"]: …` (not imported: it would bring zod into the worker).
 */
export function rangeError(path: string, message: string): Error {
  const key = /^[A-Za-z_$][\w$]*$/.test(path) ? `.${path}` : `[${JSON.stringify(path)}]`;
  return new Error(`uncertainty.ranges${key}: ${message}`);
}

/**
 * The indices of the teams whose numbers the shared number at `path` reaches:
 * every team for the shared blocks outside the teams' (managers, specialists),
 * else those that do not set the field themselves (MODEL.md §1). Throws an
 * Error naming the range when the path names no number of the shared blocks.
 */
export function teamsReached(scenario: Scenario, path: string): number[] {
  const [root, key, ...rest] = path.split('.');
  if (!RANGE_ROOTS.includes(root) || rest.length || typeof getPath(scenario, path) !== 'number') {
    throw rangeError(path, 'names no number of the shared scenario blocks (for example "productivity.maxMultiplier")');
  }
  const all = scenario.teams.map((_, k) => k);
  if (Object.prototype.hasOwnProperty.call(PREPARED_FIELD, path)) return all;
  // A team with raises of its own keeps them.
  if (path === 'salaryGrowth') return all.filter((k) => scenario.teams[k].salaryGrowth === undefined);
  const block = TEAM_BLOCKS.find((b) => b === root);
  // Teams that set the field themselves keep it, as in prepare(): an override
  // left undefined falls back to the shared value.
  if (block && key) return all.filter((k) => (scenario.teams[k][block] as Record<string, unknown> | undefined)?.[key] === undefined);
  throw rangeError(path, 'cannot be varied by the Monte Carlo');
}

/**
 * A function that writes a value for the shared number at `path` into `prep`
 * (made by prepare(scenario), whose objects are its own: nothing written reaches the scenario). Throws an Error
 * naming the range when the path names no number of the shared blocks.
 */
export function setterFor(prep: Prepared, scenario: Scenario, path: string): Setter {
  const reached = teamsReached(scenario, path);
  if (Object.prototype.hasOwnProperty.call(PREPARED_FIELD, path)) {
    const field = PREPARED_FIELD[path as keyof typeof PREPARED_FIELD];
    return (value) => {
      prep[field] = value;
    };
  }
  const teams = reached.map((k) => prep.teams[k]);
  if (path === 'salaryGrowth') {
    return (value) => {
      for (let i = 0; i < teams.length; i++) teams[i].salaryGrowth = value;
    };
  }
  const [block, key] = path.split('.') as [(typeof TEAM_BLOCKS)[number], string];
  const objects = teams.map((team) => team[block] as unknown as Record<string, number>);
  return (value) => {
    for (let i = 0; i < objects.length; i++) objects[i][key] = value;
  };
}
