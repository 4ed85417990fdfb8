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
  /**
   * Headline figures, leading first (the first four are emphasised); every figure appears in each lens, in this
   * list or as a companion.
   */
  figures: readonly FigureName[];
  /**
   * Figures shown as a second value inside another one (one short line), so a lead figure can carry the reading
   * its reader needs without a fifth card on the first screen: issue 8 asks for cost per demand met beside cost
   * per output in the finance lens; the newsroom's roles at risk carry the manager roles.
   */
  companions: Partial<Record<FigureName, FigureName>>;
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
    // After the lead: manager roles at risk, who leaves and who comes (layoffs, hires), then pay after the
    // allowance's tax. Manager roles are no companion here: the union sentence names them and the layoffs
    // (sentence.ts), and a companion line on top of that longer sentence pushed the lead chart's first 200 px
    // below the first screen in German (test/e2e/firstScreen.e2e.ts, 13 px at 390×844 and 1366×768).
    figures: [
      'rolesAtRisk', 'jobsChange', 'expectationGap', 'cashPay', 'managerRolesAtRisk', 'layoffs', 'cumulativeLayoffs',
      'hires', 'cumulativeHires',
      'cashAfterTokenTax', 'tokenTax', 'advertisedPay', 'intensity', 'engineers', 'required', 'shortfall', 'payForgone',
      'tokenShare', 'multiplier', 'demandResponse', 'budgetPerEngineer', 'firstYearTokensExceedSalary', 'totalCost',
      'costPerOutput', 'costPerDemandMet', 'costVsNoAI', 'costPerOutputVsNoAI', 'costPerDemandMetVsNoAI', 'costSaved',
      'severanceCost', 'hiringCost', 'otherCost',
    ],
    companions: {},
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
    // After the lead: both cost ratios against no AI, then the one-off and per-head costs.
    figures: [
      'costPerOutput', 'costVsNoAI', 'totalCost', 'budgetPerEngineer', 'costPerOutputVsNoAI', 'costPerDemandMetVsNoAI',
      'severanceCost', 'hiringCost', 'otherCost', 'multiplier', 'demandResponse', 'costSaved', 'required', 'engineers',
      'rolesAtRisk', 'managerRolesAtRisk', 'jobsChange', 'layoffs', 'hires', 'cumulativeLayoffs', 'cumulativeHires',
      'tokenShare', 'firstYearTokensExceedSalary', 'cashPay', 'cashAfterTokenTax', 'tokenTax', 'advertisedPay',
      'shortfall', 'intensity', 'expectationGap', 'payForgone',
    ],
    companions: { costPerOutput: 'costPerDemandMet' },
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
      'rolesAtRisk', 'budgetPerEngineer', 'engineers', 'required', 'layoffs', 'hires', 'cashPay', 'advertisedPay',
      'tokenShare', 'multiplier', 'demandResponse', 'firstYearTokensExceedSalary', 'jobsChange', 'cumulativeLayoffs',
      'cumulativeHires', 'totalCost', 'costPerOutput', 'costPerDemandMet', 'costVsNoAI', 'costPerOutputVsNoAI',
      'costPerDemandMetVsNoAI', 'expectationGap', 'intensity', 'shortfall', 'costSaved', 'payForgone',
      'cashAfterTokenTax', 'tokenTax', 'severanceCost', 'hiringCost', 'otherCost',
    ],
    companions: { rolesAtRisk: 'managerRolesAtRisk' },
    get intro() {
      return t('lens.newsroom.intro');
    },
  },
};
