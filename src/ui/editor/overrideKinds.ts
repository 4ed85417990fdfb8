// The settings a team may hold of its own (MODEL.md §1): each override's path
// inside a team is the shared field's path in the scenario (`demand.elasticity`
// is teams[i].demand.elasticity over demand.elasticity), so adding one copies
// the shared value and removing one follows the shared value again.
import type { MessageId, Translate } from '../../i18n';
import { CUR } from './useField';

type Words = (t: Translate) => string;

export type OverrideControl =
  | { kind: 'number'; unit?: Words; percent?: boolean; nullable?: boolean; placeholder?: Words; slider?: 'price' | 'multiplier' | 'demandGrowth' }
  /** The token budget: its unit follows the team's budget mode. */
  | { kind: 'budget' }
  | { kind: 'policy' }
  | { kind: 'toggle' };

export interface OverrideKind {
  /** Path inside the team, and of the shared value in the scenario. */
  path: string;
  label: MessageId;
  /** The button that adds the override. */
  add: MessageId;
  control: OverrideControl;
}

const perYear: Words = (t) => t('unit.percentPerYear');

export const OVERRIDE_KINDS: readonly OverrideKind[] = [
  { path: 'tokens.budget', label: 'override.budget.label', add: 'override.budget.add', control: { kind: 'budget' } },
  { path: 'tokens.pricePerMillion', label: 'override.price.label', add: 'override.price.add', control: { kind: 'number', unit: (t) => t('unit.curPerMtok', { cur: CUR }), slider: 'price' } },
  { path: 'productivity.maxMultiplier', label: 'override.maxMultiplier.label', add: 'override.maxMultiplier.add', control: { kind: 'number', unit: () => '×', slider: 'multiplier' } },
  // (v2) A team's raises, demand and staffing rules.
  { path: 'salaryGrowth', label: 'override.salaryGrowth.label', add: 'override.salaryGrowth.add', control: { kind: 'number', unit: perYear, percent: true } },
  { path: 'demand.growth', label: 'override.demandGrowth.label', add: 'override.demandGrowth.add', control: { kind: 'number', unit: perYear, percent: true, slider: 'demandGrowth' } },
  { path: 'demand.elasticity', label: 'override.elasticity.label', add: 'override.elasticity.add', control: { kind: 'number' } },
  { path: 'policy.headcount', label: 'override.headcount.label', add: 'override.headcount.add', control: { kind: 'policy' } },
  { path: 'policy.attrition', label: 'override.attrition.label', add: 'override.attrition.add', control: { kind: 'number', unit: perYear, percent: true } },
  { path: 'policy.layoffs', label: 'override.layoffs.label', add: 'override.layoffs.add', control: { kind: 'toggle' } },
  {
    path: 'policy.hireLimit',
    label: 'override.hireLimit.label',
    add: 'override.hireLimit.add',
    control: { kind: 'number', unit: (t) => t('unit.percentOfTeamPerYear'), percent: true, nullable: true, placeholder: (t) => t('placeholder.hireLimit') },
  },
  { path: 'policy.severanceMonths', label: 'override.severanceMonths.label', add: 'override.severanceMonths.add', control: { kind: 'number', unit: (t) => t('unit.monthsPerLayoff') } },
  { path: 'policy.hiringCostRate', label: 'override.hiringCostRate.label', add: 'override.hiringCostRate.add', control: { kind: 'number', unit: (t) => t('unit.percentOfSalaryPerHire'), percent: true } },
];
