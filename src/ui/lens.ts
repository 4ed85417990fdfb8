// A lens chooses which figures and charts lead, and how the headline sentence
// is framed; it never changes a number (PRODUCT.md: "never different numbers").
import type { Lens } from '../state/store';
import type { FigureName } from './headline/figures';

export type ChartId = 'headcount' | 'costs' | 'frontier' | 'pay' | 'output';
export const CHART_IDS: readonly ChartId[] = ['headcount', 'costs', 'frontier', 'pay', 'output'];

export interface LensConfig {
  label: string;
  /** Who it is for, shown under the switch. */
  audience: string;
  charts: readonly ChartId[];
  /** Headline figures, leading first (the first four are emphasised); every figure appears in each lens. */
  figures: readonly FigureName[];
  /** One line under the headline sentence: who the lens is for and what leads. */
  intro: string;
}

export const LENSES: Record<Lens, LensConfig> = {
  union: {
    label: 'Union',
    audience: 'Jobs, workload and cash pay',
    charts: ['headcount', 'output', 'pay', 'costs', 'frontier'],
    figures: [
      'rolesAtRisk', 'jobsChange', 'expectationGap', 'cashPay', 'advertisedPay', 'intensity', 'engineers', 'required',
      'shortfall', 'payForgone', 'tokenShare', 'multiplier', 'budgetPerEngineer', 'firstYearTokensExceedSalary',
      'totalCost', 'costPerOutput', 'costVsNoAI', 'costSaved',
    ],
    intro: 'For union and works-council analysts: roles at risk, jobs, the workload asked of each engineer, and cash against advertised pay.',
  },
  finance: {
    label: 'Finance',
    audience: 'Cost per output, the best token budget, break-even',
    charts: ['costs', 'frontier', 'headcount', 'output', 'pay'],
    figures: [
      'costPerOutput', 'costVsNoAI', 'totalCost', 'budgetPerEngineer', 'multiplier', 'costSaved', 'required', 'engineers',
      'rolesAtRisk', 'jobsChange', 'tokenShare', 'firstYearTokensExceedSalary', 'cashPay', 'advertisedPay', 'shortfall',
      'intensity', 'expectationGap', 'payForgone',
    ],
    intro: 'For finance leads: what a token budget buys per unit of output, where it stops paying, and what a downturn cut does.',
  },
  newsroom: {
    label: 'Newsroom',
    audience: 'The story in one sentence, with sources',
    charts: ['headcount', 'costs', 'pay', 'output', 'frontier'],
    figures: [
      'rolesAtRisk', 'budgetPerEngineer', 'engineers', 'required', 'cashPay', 'advertisedPay', 'tokenShare', 'multiplier',
      'firstYearTokensExceedSalary', 'jobsChange', 'totalCost', 'costPerOutput', 'costVsNoAI', 'expectationGap',
      'intensity', 'shortfall', 'costSaved', 'payForgone',
    ],
    intro: 'For journalists: the scenario in one sentence, the figures behind it, and a link that reopens exactly this.',
  },
};
