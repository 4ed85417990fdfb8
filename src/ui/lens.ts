// A lens chooses which figures and charts lead, and how the headline sentence
// is framed; it never changes a number (PRODUCT.md: "never different numbers").
import type { Lens } from '../state/store';
import type { FigureName } from './headline/figures';
import { t } from '../i18n';

export type ChartId = 'headcount' | 'costs' | 'frontier' | 'pay' | 'output' | 'pipeline';
export const CHART_IDS: readonly ChartId[] = ['headcount', 'costs', 'frontier', 'pay', 'output', 'pipeline'];

// The words are getters: read when shown, so they follow the reader's language.
export interface LensConfig {
  readonly label: string;
  /** Who it is for, shown under the switch. */
  readonly audience: string;
  charts: readonly ChartId[];
  /** Headline figures, leading first (the first four are emphasised); every figure appears in each lens. */
  figures: readonly FigureName[];
  /** One line under the headline sentence: who the lens is for and what leads. */
  readonly intro: string;
}

export const LENSES: Record<Lens, LensConfig> = {
  union: {
    get label() {
      return t('lens.union.label');
    },
    get audience() {
      return t('lens.union.audience');
    },
    // The pipeline right after headcount: who is promoted, hired and laid off in which team (issue 8 point 7).
    charts: ['headcount', 'pipeline', 'output', 'pay', 'costs', 'frontier'],
    figures: [
      'rolesAtRisk', 'jobsChange', 'expectationGap', 'cashPay', 'advertisedPay', 'intensity', 'engineers', 'required',
      'shortfall', 'payForgone', 'tokenShare', 'multiplier', 'budgetPerEngineer', 'firstYearTokensExceedSalary',
      'totalCost', 'costPerOutput', 'costVsNoAI', 'costSaved',
    ],
    get intro() {
      return t('lens.union.intro');
    },
  },
  finance: {
    get label() {
      return t('lens.finance.label');
    },
    get audience() {
      return t('lens.finance.audience');
    },
    charts: ['costs', 'frontier', 'headcount', 'output', 'pay', 'pipeline'],
    figures: [
      'costPerOutput', 'costVsNoAI', 'totalCost', 'budgetPerEngineer', 'multiplier', 'costSaved', 'required', 'engineers',
      'rolesAtRisk', 'jobsChange', 'tokenShare', 'firstYearTokensExceedSalary', 'cashPay', 'advertisedPay', 'shortfall',
      'intensity', 'expectationGap', 'payForgone',
    ],
    get intro() {
      return t('lens.finance.intro');
    },
  },
  newsroom: {
    get label() {
      return t('lens.newsroom.label');
    },
    get audience() {
      return t('lens.newsroom.audience');
    },
    charts: ['headcount', 'costs', 'pay', 'output', 'frontier', 'pipeline'],
    figures: [
      'rolesAtRisk', 'budgetPerEngineer', 'engineers', 'required', 'cashPay', 'advertisedPay', 'tokenShare', 'multiplier',
      'firstYearTokensExceedSalary', 'jobsChange', 'totalCost', 'costPerOutput', 'costVsNoAI', 'expectationGap',
      'intensity', 'shortfall', 'costSaved', 'payForgone',
    ],
    get intro() {
      return t('lens.newsroom.intro');
    },
  },
};
