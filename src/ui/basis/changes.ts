// What a scenario changed from the preset it started from (issue 9 point 7:
// "based on …, changed: engineers 200, token budget $250,000"), each change
// named as the editor names its field and its value formatted as the editor
// shows it (percent fields in percent, money in the scenario's currency).
// Pure: the title area, the charts' source lines and the cards all use it.
// The title, description and sources are not listed: they are shown as they
// are. A field the editor does not name (a version 2 input) takes the name
// the uncertainty ranges give it (rangeParams.ts), or its path.
import type { Scenario, Team } from '../../scenario/schema';
import { deepEqual } from '../../scenario/link/diff';
import { formatMoney, formatNumber, formatPercent, formatMultiplier } from '../format';
import { rangeParam } from '../uncertainty/rangeParams';
import { t, inSentence, type MessageId } from '../../i18n';

export interface Change {
  /** The field's path, as in the scenario (`teams[0].engineers`). */
  path: string;
  label: string;
  value: string;
}

type Kind = 'money' | 'percent' | 'number' | 'times' | 'year' | 'bool' | 'text' | 'budget' | { choices: Record<string, MessageId> };

const FIELDS: Record<string, readonly [MessageId, Kind]> = {
  currency: ['field.currency', 'text'],
  startYear: ['field.startYear', 'year'],
  years: ['field.years', 'number'],
  salaryGrowth: ['field.salaryGrowth', 'percent'],
  'tokens.budgetMode': ['field.budgetMode', { choices: { perEngineer: 'budgetMode.perEngineer', shareOfSalary: 'budgetMode.shareOfSalary' } }],
  'tokens.budget': ['field.budget', 'budget'],
  'tokens.budgetGrowth': ['field.budgetGrowth', 'percent'],
  'tokens.pricePerMillion': ['field.pricePerMillion', 'money'],
  'tokens.priceDecline': ['field.priceDecline', 'percent'],
  'tokens.countAsPay': ['field.countAsPay', 'bool'],
  'productivity.curve': ['field.curve', { choices: { saturating: 'curve.saturating', custom: 'curve.custom' } }],
  'productivity.expression': ['field.expression', 'text'],
  'productivity.maxMultiplier': ['field.maxMultiplier', 'times'],
  'productivity.halfGainTokens': ['field.halfGainTokens', 'number'],
  'productivity.halfGainGrowth': ['field.halfGainGrowth', 'percent'],
  'productivity.adoptionYears': ['field.adoptionYears', 'number'],
  'productivity.assumedMaxMultiplier': ['field.assumedMaxMultiplier', 'times'],
  'demand.growth': ['field.demandGrowth', 'percent'],
  'policy.headcount': ['field.headcount', { choices: { hold: 'policy.hold', matchDemand: 'policy.matchDemand', holdBudget: 'policy.holdBudget' } }],
  'policy.attrition': ['field.attrition', 'percent'],
  'policy.layoffs': ['field.layoffs', 'bool'],
  'managers.spanOfControl': ['field.spanOfControl', 'number'],
  'managers.spanGrowth': ['field.spanGrowth', 'percent'],
  'managers.salaryRatio': ['field.managerSalaryRatio', 'times'],
  'specialists.perMillionSpend': ['field.perMillionSpend', 'number'],
  'specialists.salaryRatio': ['field.specialistSalaryRatio', 'times'],
  // A team's own fields, by name.
  name: ['field.teamName', 'text'],
  engineers: ['field.engineers', 'number'],
  salary: ['field.salary', 'money'],
  bonusRate: ['field.bonusRate', 'percent'],
  equityPerYear: ['field.equityPerYear', 'money'],
  onCostRate: ['field.onCostRate', 'percent'],
  baseOutput: ['field.baseOutput', 'number'],
  otherCostPerHead: ['metric.otherCost', 'money'],
};

// The editor's order: its sections run scenario, teams, tokens, productivity, demand (with the policy), pay.
const SHARED_BLOCKS = ['tokens', 'productivity', 'demand', 'policy', 'managers', 'specialists'] as const;
const TOP_FIELDS = ['currency', 'startYear', 'years', 'salaryGrowth'] as const;
const TEAM_BLOCKS = ['tokens', 'productivity', 'demand', 'policy'] as const;

function format(kind: Kind, value: unknown, scenario: Scenario, locale?: string): string {
  if (value === null || value === undefined) return t('basis.none');
  if (typeof kind === 'object') return typeof value === 'string' && kind.choices[value] ? t(kind.choices[value]) : String(value);
  if (typeof value === 'boolean') return value ? t('basis.on') : t('basis.off');
  // A promotion path and other compound values: named, not spelled out.
  if (typeof value === 'object') return t('basis.changed');
  if (typeof value !== 'number') return String(value);
  switch (kind) {
    case 'money':
      return formatMoney(value, scenario.currency, locale);
    case 'budget':
      return scenario.tokens.budgetMode === 'shareOfSalary' ? formatPercent(value, 2, locale) : formatMoney(value, scenario.currency, locale);
    case 'percent':
      return formatPercent(value, 2, locale);
    case 'times':
      return formatMultiplier(value, locale);
    case 'year':
      return String(value);
    default:
      return formatNumber(value, 4, locale);
  }
}

/** The field's name and kind: the editor's, else the ranges' (version 2 inputs), else the path. */
function describe(path: string, key: string): { label: string; kind: Kind } {
  const known = FIELDS[path] ?? FIELDS[key];
  if (known) return { label: t(known[0]), kind: known[1] };
  const range = rangeParam(path);
  return { label: range.label, kind: range.percent ? 'percent' : 'number' };
}

/** Every change, in the editor's order: the scenario's fields, the shared blocks, the teams, the shocks, the ranges. */
export function scenarioChanges(preset: Scenario, scenario: Scenario, locale?: string): Change[] {
  const out: Change[] = [];
  const add: Add = (path, key, value, label, lookup = path) => {
    const d = describe(lookup, key);
    const name = inSentence(d.label);
    out.push({ path, label: label ? label(name) : name, value: format(d.kind, value, scenario, locale) });
  };
  for (const key of TOP_FIELDS) if (!deepEqual(preset[key], scenario[key])) add(key, key, scenario[key]);
  if (preset.teams.length !== scenario.teams.length) {
    out.push({ path: 'teams', label: inSentence(t('section.teams')), value: formatNumber(scenario.teams.length, 0, locale) });
  } else {
    scenario.teams.forEach((team, i) => teamChanges(preset.teams[i], team, i, scenario.teams.length > 1, add));
  }
  for (const block of SHARED_BLOCKS) {
    const from = preset[block] as Record<string, unknown>;
    const to = scenario[block] as Record<string, unknown>;
    for (const key of Object.keys(to)) if (!deepEqual(from[key], to[key])) add(`${block}.${key}`, key, to[key]);
  }
  if (!deepEqual(preset.shocks, scenario.shocks)) {
    out.push({ path: 'shocks', label: inSentence(t('section.shocks')), value: formatNumber(scenario.shocks.length, 0, locale) });
  }
  if (!deepEqual(preset.uncertainty, scenario.uncertainty)) {
    out.push({ path: 'uncertainty', label: inSentence(t('section.uncertainty')), value: t('basis.changed') });
  }
  return out;
}

/** Adds a change at `path`, named and formatted as the field at `lookup` (a team's override: the shared field's). */
type Add = (path: string, key: string, value: unknown, label?: (field: string) => string, lookup?: string) => void;

function teamChanges(
  before: Team,
  team: Team,
  i: number,
  named: boolean,
  add: Add,
) {
  // With several teams each change says whose it is.
  const label = named ? (field: string) => t('basis.teamField', { team: team.name, field }) : undefined;
  const own = team as unknown as Record<string, unknown>;
  const was = before as unknown as Record<string, unknown>;
  for (const key of Object.keys(own)) {
    if ((TEAM_BLOCKS as readonly string[]).includes(key) || deepEqual(was[key], own[key])) continue;
    add(`teams[${i}].${key}`, key, own[key], label);
  }
  for (const block of TEAM_BLOCKS) {
    const from = (before[block] ?? {}) as Record<string, unknown>;
    const to = (team[block] ?? {}) as Record<string, unknown>;
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
      if (!deepEqual(from[key], to[key])) add(`teams[${i}].${block}.${key}`, key, to[key], label, `${block}.${key}`);
    }
  }
}

/** The most changes listed by name; the rest are counted ("and 3 more"). */
export const LISTED = 4;

/** "engineers 200, token budget $250,000 and 2 more": the changes, in the reader's language. */
export function changesText(changes: readonly Change[], max = LISTED): string {
  const items = changes.slice(0, max).map((c) => t('basis.item', { field: c.label, value: c.value }));
  const list = items.reduce((a, b) => t('basis.list', { a, b }));
  return changes.length > max ? t('basis.more', { list, n: changes.length - max }) : list;
}

/** "Based on “Today’s typical AI spend”, changed: engineers 200, …" (or only "Based on …" when nothing the model reads changed). */
export function basisText(presetTitle: string, changes: readonly Change[]): string {
  return changes.length ? t('basis.changed.line', { preset: presetTitle, changes: changesText(changes) }) : t('basis.line', { preset: presetTitle });
}
