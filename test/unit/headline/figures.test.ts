import { describe, expect, it } from 'vitest';
import { figureViews, formatDelta, formatFigure, type FigureContext } from '../../../src/ui/headline/figures';
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
