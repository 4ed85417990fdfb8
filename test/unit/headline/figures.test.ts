import { describe, expect, it } from 'vitest';
import { FIGURES, FIGURE_NAMES, figureViews, formatDelta, formatFigure, type FigureContext, type FigureName } from '../../../src/ui/headline/figures';
import { LENSES } from '../../../src/ui/lens';
import { LEAD_COUNT } from '../../../src/ui/headline/leadCount';
import type { SimulationResult } from '../../../src/model';

const ctx: FigureContext = { currency: 'USD', startYear: 2026, finalYear: 2030, year: 2030, years: 5, countAsPay: false, locale: 'en-US' };

describe('figure formats', () => {
  it('writes values in their unit', () => {
    expect(formatFigure('fte', 23.84, ctx)).toBe('23.8');
    expect(formatFigure('fte', 1234.5, ctx)).toBe('1,235');
    expect(formatFigure('signedFte', 2, ctx)).toBe('+2');
    expect(formatFigure('bigMoney', 11_400_000, ctx)).toBe('$11.4M');
    expect(formatFigure('bigMoney', 0, ctx)).toBe('$0');
    expect(formatFigure('signedMoney', -540_047, ctx)).toBe('-$540,047');
    expect(formatFigure('share', 0.1234, ctx)).toBe('12.3%');
    expect(formatFigure('times', 1.25, ctx)).toBe('1.25×');
    expect(formatFigure('year', 2030, ctx)).toBe('2030');
    expect(formatFigure('year', null, ctx)).toBe('Never');
    expect(formatFigure('money', null, ctx)).toBe('–');
  });

  it('writes changes signed; shares in percentage points', () => {
    expect(formatDelta('fte', -3.25, ctx)).toBe('-3.3');
    expect(formatDelta('money', 57_600, ctx)).toBe('+$57,600');
    expect(formatDelta('share', 0.246, ctx)).toBe('+24.6 pts');
    expect(formatDelta('times', 0.1, ctx)).toBe('+0.1×');
    expect(formatDelta('year', -2, ctx)).toBe('-2 years');
  });

  it('a first year that appears against the baseline says what it was', () => {
    const run = (year: number | null) => ({ years: [], teams: [], summary: { firstYearTokensExceedSalary: year } }) as unknown as SimulationResult;
    const [appeared] = figureViews(['firstYearTokensExceedSalary'], run(2029), ctx, run(null));
    expect(appeared.delta).toEqual({ value: null, text: 'was never', same: false });
    const [both] = figureViews(['firstYearTokensExceedSalary'], run(null), ctx, run(null));
    expect(both.delta).toEqual({ value: null, text: 'no change', same: true });
    const [earlier] = figureViews(['firstYearTokensExceedSalary'], run(2028), ctx, run(2030));
    expect(earlier.delta).toEqual({ value: -2, text: '-2 years', same: false });
  });
});

describe('model-v2 figures: units, 0 and null', () => {
  const row = (over: Record<string, number | null>) => ({ years: [{ year: 2030, ...over }], teams: [], summary: {} }) as unknown as SimulationResult;
  const shown = (name: Parameters<typeof figureViews>[0][number], value: number | null) => {
    const run = FIGURES[name].yearly ? row({ [name]: value }) : ({ years: [], teams: [], summary: { [name]: value } } as unknown as SimulationResult);
    return figureViews([name], run, ctx, null)[0];
  };

  it.each([
    // name, value, as shown
    ['layoffs', 12.44, '12.4'],
    ['layoffs', 0, '0'],
    ['hires', 1234.5, '1,235'],
    ['managerRolesAtRisk', 0.0167, '<0.1'],
    ['managerRolesAtRisk', 0.06, '0.1'],
    ['cumulativeLayoffs', 3, '3'],
    ['cumulativeHires', 16, '16'],
    ['costPerDemandMet', 212_051.954, '$212,052'],
    ['costPerDemandMet', null, '–'],
    ['tokenTax', 0, '$0.00'],
    ['cashAfterTokenTax', 149_350, '$149,350'],
    ['severanceCost', 2_500_000, '$2.5M'],
    ['hiringCost', 0, '$0'],
    ['otherCost', 480_000, '$480,000'],
    ['demandResponse', 1.0323, '1.03×'],
    ['demandResponse', null, '–'],
    ['costPerOutputVsNoAI', -0.1944, '-19.4%'],
    ['costPerDemandMetVsNoAI', 0.05, '+5%'],
    ['costPerDemandMetVsNoAI', null, '–'],
    ['costPerOutputVsNoAI', 0, '0%'],
  ] as const)('%s of %s reads %s, data-value unrounded', (name, value, text) => {
    const view = shown(name, value);
    expect(view.text).toBe(text);
    expect(view.value).toBe(value);
  });

  it('a companion carries its own value and delta, named by its short label', () => {
    const [view] = figureViews(['costPerOutput'], row({ costPerOutput: 211_342, costPerDemandMet: 212_052 }), ctx, row({ costPerOutput: 200_000, costPerDemandMet: 210_000 }), {
      costPerOutput: 'costPerDemandMet',
    });
    expect(view.companion).toMatchObject({ name: 'costPerDemandMet', label: 'per demand met', value: 212_052, text: '$212,052' });
    expect(view.companion!.delta).toEqual({ value: 2_052, text: '+$2,052', same: false });
  });
});

describe('lenses', () => {
  it.each(Object.keys(LENSES) as (keyof typeof LENSES)[])('%s shows every figure exactly once, in its list or as a companion', (lens) => {
    const { figures, companions } = LENSES[lens];
    const all = [...figures, ...Object.values(companions)];
    expect([...all].sort()).toEqual([...FIGURE_NAMES].sort());
    // A companion rides on a lead figure: the first screen gains one line, never a card.
    for (const host of Object.keys(companions)) expect(figures.indexOf(host as FigureName), host).toBeLessThan(LEAD_COUNT);
  });
});
