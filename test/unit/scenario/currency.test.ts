// Converting a scenario's amounts at the ECB reference rates (src/scenario/currency.ts):
// exact decimal arithmetic rounded once, every money field and none other,
// the rate and its date in the sources, and a round trip within rounding.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONVERSION_LABEL, ECB_RATES, canConvert, convert, convertValue, describeRate, formulasWithMoney, moneyFields,
} from '../../../src/scenario/currency';
import { loadScenario } from '../../../src/scenario/parse';
import { getPreset } from '../../../src/scenario/allPresets';
import { simulate } from '../../../src/model';

const preset = (id: string) => getPreset(id)!.scenario;

describe('convertValue', () => {
  it('converts amounts exactly, to the cent, halves away from zero', () => {
    // 155,000 × 10.9345 / 1.1607 = 1,460,194.2793… SEK
    expect(convertValue(155_000, 'amount', 'USD', 'SEK')).toBe(1_460_194.28);
    // 2,400 / 1.1607 = 2,067.7177… EUR
    expect(convertValue(2_400, 'amount', 'USD', 'EUR')).toBe(2_067.72);
    // 1,375 × 0.86780 = 1,193.225 exactly: the half goes up (a naive float product gives 1,193.22).
    expect(convertValue(1_375, 'amount', 'EUR', 'GBP')).toBe(1_193.23);
    expect(convertValue(0, 'amount', 'EUR', 'SEK')).toBe(0);
  });

  it('keeps six significant digits for a price per million tokens and for counts per unit of money', () => {
    expect(convertValue(1, 'price', 'USD', 'SEK')).toBe(9.42061); // 10.9345 / 1.1607 = 9.420608…
    expect(convertValue(0.028, 'price', 'USD', 'SEK')).toBe(0.263777); // 0.2637770…
    expect(convertValue(1e-6, 'price', 'USD', 'GBP')).toBe(7.47652e-7); // never rounded to 0
    // 0.5 AI-operations roles per $1M is 0.5 × 1.1607 / 10.9345 per SEK 1M: the inverse factor.
    expect(convertValue(0.5, 'perMoney', 'USD', 'SEK')).toBe(0.0530751);
  });

  it('refuses a currency without a reference rate, and a conversion to the same currency', () => {
    expect(canConvert('USD', 'SEK')).toBe(true);
    expect(canConvert('USD', 'JPY')).toBe(false);
    expect(canConvert('EUR', 'EUR')).toBe(false);
    expect(() => convertValue(1, 'amount', 'USD', 'JPY')).toThrow('no reference rate from USD to JPY');
  });

  it('writes the rate as a reader would', () => {
    expect(describeRate('USD', 'SEK')).toBe('1 USD = 9.4206 SEK');
    expect(describeRate('EUR', 'GBP')).toBe('1 EUR = 0.8678 GBP');
  });

  it('round-trips an amount within the rounding of the two conversions', () => {
    const codes = Object.keys(ECB_RATES.perEuro);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.constantFrom(...codes), fc.constantFrom(...codes), (cents, from, to) => {
        fc.pre(from !== to);
        const x = cents / 100;
        const there = convertValue(x, 'amount', from, to);
        const back = convertValue(there, 'amount', to, from);
        const f = Number(ECB_RATES.perEuro[from]) / Number(ECB_RATES.perEuro[to]); // `from` per `to`
        // Half a cent lost going there is f half-cents coming back, plus half a cent of the second rounding.
        expect(Math.abs(back - x)).toBeLessThanOrEqual(0.005 * f + 0.005 + 1e-6);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips a price to within a millionth of itself', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (price) => {
        const back = convertValue(convertValue(price, 'price', 'USD', 'SEK'), 'price', 'SEK', 'USD');
        expect(Math.abs(back - price) / price).toBeLessThan(1e-5);
      }),
      { numRuns: 300 },
    );
  });
});

describe('moneyFields', () => {
  it('lists salary, equity, other costs, the budgets in money, the price, the per-money staffing rate and their ranges', () => {
    const s = preset('typical-spend');
    const paths = moneyFields(s).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining([
      'teams[0].salary', 'teams[0].equityPerYear', 'teams[0].otherCostPerHead', 'tokens.budget', 'tokens.budgetInUse',
      'tokens.pricePerMillion', 'specialists.perMillionSpend', 'uncertainty.ranges["tokens.budgetInUse"]',
    ]));
    // Rates, counts and shares are not money.
    expect(paths.some((p) => /engineers|bonusRate|onCostRate|priceDecline|halfGainTokens|attrition|usageSpread/.test(p))).toBe(false);
  });

  it('leaves a budget that is a share of salary alone, per team as for the shared block', () => {
    const s = loadScenario({
      tokens: { budgetMode: 'shareOfSalary', budget: 0.1, budgetInUse: 0.05 },
      teams: [{ name: 'A' }, { name: 'B', tokens: { budgetMode: 'perEngineer', budget: 5000, budgetInUse: 100 } }, { name: 'C', tokens: { budget: 0.2 } }],
      uncertainty: { ranges: { 'tokens.budget': [0.05, 0.2] } },
    });
    const paths = moneyFields(s).map((f) => f.path);
    expect(paths).toContain('teams[1].tokens.budget');
    expect(paths).toContain('teams[1].tokens.budgetInUse');
    expect(paths).not.toContain('tokens.budget');
    expect(paths).not.toContain('teams[2].tokens.budget');
    expect(paths).not.toContain('uncertainty.ranges["tokens.budget"]');
  });
});

describe('convert', () => {
  it('converts every money field of a preset, names the rate and its date in the sources, and changes nothing else', () => {
    const s = preset('typical-spend');
    const sek = convert(s, 'SEK');
    expect(sek.currency).toBe('SEK');
    expect(sek.teams[0].salary).toBe(1_460_194.28);
    expect(sek.tokens.budget).toBe(22_609.46); // 2,400 × 9.420608…
    expect(sek.tokens.budgetInUse).toBe(11_304.73);
    expect(sek.tokens.pricePerMillion).toBe(9.42061);
    expect(sek.specialists.perMillionSpend).toBe(0.0530751);
    expect(sek.uncertainty.ranges['tokens.budgetInUse']).toEqual([0, 22_609.46]);
    expect(sek.uncertainty.ranges['demand.elasticity']).toEqual(s.uncertainty.ranges['demand.elasticity']);
    const added = sek.sources.at(-1)!;
    expect(added.label.startsWith(CONVERSION_LABEL)).toBe(true);
    expect(added.label).toContain('1 USD = 9.4206 SEK');
    expect(added.label).toContain('21 October 2025');
    expect(added.date).toBe('2025-10-21');
    expect(added.url).toMatch(/^https:\/\/www\.ecb\.europa\.eu\//);
    // Everything else is the preset's.
    const { teams, tokens, specialists, uncertainty, currency, sources, ...rest } = sek;
    const { teams: t0, tokens: k0, specialists: p0, uncertainty: u0, currency: c0, sources: s0, ...rest0 } = s;
    expect(rest).toEqual(rest0);
    expect({ ...teams[0], salary: 0 }).toEqual({ ...t0[0], salary: 0 });
    expect({ ...tokens, budget: 0, budgetInUse: 0, pricePerMillion: 0 }).toEqual({ ...k0, budget: 0, budgetInUse: 0, pricePerMillion: 0 });
    expect(specialists.salaryRatio).toBe(p0.salaryRatio);
    expect(uncertainty.samples).toBe(u0.samples);
    expect([currency, c0, sources.length]).toEqual(['SEK', 'USD', s0.length + 1]);
    // The input is not changed.
    expect(s.currency).toBe('USD');
  });

  it('is a valid scenario whose headcount is the same and whose costs are the same money', () => {
    for (const id of ['typical-spend', 'junior-pipeline', 'sweden-tokens-as-pay', 'uk-tokens-as-pay']) {
      const s = preset(id);
      const to = s.currency === 'EUR' ? 'USD' : 'EUR';
      const converted = loadScenario(convert(s, to));
      const a = simulate(s).years.at(-1)!;
      const b = simulate(converted).years.at(-1)!;
      expect(b.engineers!, id).toBeCloseTo(a.engineers!, 3);
      expect(b.rolesAtRisk!, id).toBeCloseTo(a.rolesAtRisk!, 3);
      const f = Number(ECB_RATES.perEuro[to]) / Number(ECB_RATES.perEuro[s.currency]);
      expect(b.totalCost! / (a.totalCost! * f), id).toBeCloseTo(1, 5);
    }
  });

  it('converting twice keeps one conversion source and round-trips the amounts within rounding', () => {
    const s = preset('works-agreement');
    const back = convert(convert(s, 'SEK'), 'EUR');
    expect(back.sources.filter((x) => x.label.startsWith(CONVERSION_LABEL))).toHaveLength(1);
    expect(back.sources.length).toBe(s.sources.length + 1);
    expect(Math.abs(back.teams[0].salary - s.teams[0].salary)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(back.tokens.budget - s.tokens.budget)).toBeLessThanOrEqual(0.01);
    expect(back.tokens.pricePerMillion / s.tokens.pricePerMillion).toBeCloseTo(1, 5);
  });

  it('keeps at most fifty sources', () => {
    const sources = Array.from({ length: 50 }, (_, i) => ({ label: `Source number ${i} [A]` }));
    const s = loadScenario({ sources });
    const out = convert(s, 'EUR');
    expect(out.sources).toHaveLength(50);
    expect(out.sources.at(-1)!.label.startsWith(CONVERSION_LABEL)).toBe(true);
    expect(loadScenario(out).sources).toHaveLength(50);
  });

  it('names the formulas whose money it cannot convert', () => {
    const s = loadScenario({ productivity: { curve: 'custom', expression: '1 + budget / (budget + 5000)' } });
    expect(formulasWithMoney(s)).toEqual(['productivity.expression']);
    expect(formulasWithMoney(loadScenario({ productivity: { curve: 'custom', expression: '1 + T / (T + half)' } }))).toEqual([]);
  });

  it('refuses a currency without a rate', () => {
    expect(() => convert(preset('typical-spend'), 'JPY')).toThrow('no reference rate from USD to JPY');
  });
});
