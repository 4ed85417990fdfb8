// The formula sandbox (src/formula): hostile input is refused with a message
// naming the offending part; allowed formulas evaluate to hand-worked values;
// the saturating curve typed as a formula simulates like the built-in one.
import { describe, expect, it } from 'vitest';
import { FormulaError, checkFormula, compileFormula } from '../../../src/formula/sandbox';
import { loadFormulaChecker, loadFormulaEngine, usesCustomCurve } from '../../../src/formula';
import type { CurveScope } from '../../../src/model/curve';
import { simulate } from '../../../src/model/simulate';
import { YEAR_METRICS } from '../../../src/model/metrics';
import { runUncertainty } from '../../../src/model/uncertainty/run';
import { scenario } from '../model/helpers';

const refused = (expression: string) => {
  const result = checkFormula(expression);
  if (result.ok) throw new Error(`expected ${JSON.stringify(expression)} to be refused`);
  return result.message;
};

describe('refused input', () => {
  const attacks: [string, RegExp][] = [
    ['a.b', /property access .*"a\.b".* not allowed \(at character 2\)/],
    ['T.constructor', /property access .*"T\.constructor"/],
    ['constructor', /^"constructor" is not allowed/],
    ['__proto__', /^"__proto__" is not allowed/],
    ['import("fs")', /^"import" is not allowed: the functions are abs, sqrt, exp, log, log2, log10, pow, min, max \(at character 1\)/],
    ['evaluate("1")', /^"evaluate" is not allowed/],
    ['parse("1 + 1")', /^"parse" is not allowed/],
    ['compile("1")', /^"compile" is not allowed/],
    ['range(1, 1e9)', /^"range" is not allowed/],
    ['ones(100, 100)', /^"ones" is not allowed/],
    ['[1, 2]', /^matrices \("\[1, 2\]"\) are not allowed \(at character 1\)/],
    ['x = 1', /^assignment \("x = 1"\) is not allowed/],
    ['T = 1', /^assignment/],
    ['f(x) = x', /^defining a function \("f\(x\) = x"\) is not allowed/],
    ['"abc"', /^text \("abc"\) is not allowed/],
    ['{a: 1}', /^objects .* are not allowed \(at character 1\)/],
    ['T[1]', /^property access and indexing \("T\[1\]"\)/],
    ['T > 1 ? 2 : 3', /^conditions .* are not allowed \(at character 7\)/],
    ['1; 2', /^only one formula is allowed/],
    ['1\n2', /^only one formula is allowed/],
    ['1:3', /^ranges \("1:3"\) are not allowed/],
    ['T < 2', /^the operator "<" is not allowed/],
    ['5 mod 2', /^the operator "mod" is not allowed/],
    ['T % 2', /^"%" is not allowed: write 0\.05 for 5% \(at character 3\)/],
    ['T + 5%', /^"%" is not allowed/],
    ['3!', /^the operator "!" is not allowed/],
    ['T & 1', /^the operator "&" is not allowed/],
    ['true', /^"true" is not allowed: formulas take numbers only/],
    ['null', /^"null" is not allowed/],
    ['1e999', /^"Infinity" is not allowed: numbers must be finite/],
    ['NaN', /^"NaN" is not allowed/],
    ['max', /^"max" is a function: call it as max\(…\)/],
    ['T(2)', /^"T" is a number, not a function/],
    ['exp(1, 2)', /^exp\(\) takes 1 argument, got 2/],
    ['pow(2)', /^pow\(\) takes 2 arguments, got 1/],
    ['log()', /^log\(\) takes 1 or 2 arguments, got 0/],
    ['salary * bonus', /^"bonus" is not allowed: the names are T, t, half, maxMultiplier, price, budget, salary, e, pi \(at character 10\)/],
    ['2 cm', /^"cm" is not allowed/],
    ['@', /^syntax error: unexpected "@" \(at character 1\)/],
    ['sqrt(T', /^syntax error/],
    ['', /^is empty/],
    ['x'.repeat(501), /^is too long: at most 500 characters, got 501$/],
  ];
  for (const [expression, message] of attacks) {
    it(`refuses ${JSON.stringify(expression.length > 20 ? `${expression.slice(0, 20)}…` : expression)}`, () => {
      expect(refused(expression)).toMatch(message);
    });
  }

  it('throws a FormulaError naming the field when compiling', () => {
    expect(() => compileFormula('import("fs")')).toThrow(FormulaError);
    expect(() => compileFormula('import("fs")')).toThrow(/^productivity\.expression: "import" is not allowed/);
  });

  it('gives the position of the offending part', () => {
    const result = checkFormula('1 + T * foo');
    expect(result).toMatchObject({ ok: false, position: 9 });
  });
});

const scope = (over: Partial<CurveScope> = {}): CurveScope => ({ T: 1000, t: 2, half: 2000, maxMultiplier: 3, price: 0.5, budget: 500, salary: 100_000, ...over });

describe('allowed formulas', () => {
  const value = (expression: string, over: Partial<CurveScope> = {}) => {
    expect(checkFormula(expression)).toEqual({ ok: true });
    return compileFormula(expression)(scope(over));
  };

  it('evaluate to hand-worked values', () => {
    // 1 + 2 (1 − 2^−0.5) = 3 − √2
    expect(value('1 + (maxMultiplier - 1) * (1 - 2^(-T / half))')).toBeCloseTo(3 - Math.SQRT2, 14);
    expect(value('max(1, log2(T) / 10)', { T: 4096 })).toBeCloseTo(1.2, 14);
    expect(value('min(maxMultiplier, 1 + sqrt(T) / 100)', { T: 2500 })).toBe(1.5);
    expect(value('min(maxMultiplier, 1 + sqrt(T) / 100)', { T: 2500, maxMultiplier: 1.2 })).toBe(1.2);
    expect(value('log(T, 10)')).toBeCloseTo(3, 12);
    expect(value('log10(100) + exp(0) + pow(2, 10) + abs(-2)')).toBe(2 + 1 + 1024 + 2);
    expect(value('e^0 + pi * 0')).toBe(1);
  });

  it('follow the usual precedence: −T² is −(T²), 2^3^2 is 2^9, 2T is 2 × T', () => {
    expect(value('-T^2', { T: 3 })).toBe(-9);
    expect(value('2^3^2')).toBe(512);
    expect(value('2T + 1', { T: 3 })).toBe(7);
    expect(value('(T)(2) + max(1)(3)', { T: 3 })).toBe(9);
  });

  it('read every variable of the scope', () => {
    // 2 + 0.5 + 500 / 100,000 · 1000 + 2000 / 1000 + 3
    expect(value('t + price + budget / salary * T + half / T + maxMultiplier')).toBeCloseTo(2 + 0.5 + 5 + 2 + 3, 12);
  });

  it('return NaN instead of throwing where the arithmetic has no answer', () => {
    expect(value('sqrt(-T)')).toBeNaN();
    expect(value('log(-1)')).toBeNaN();
  });

  it('accept 500 characters and deep parentheses', () => {
    expect(value(`${'('.repeat(200)}T${')'.repeat(200)}`)).toBe(1000);
    expect(value(`1${' + 0'.repeat(124)} `)).toBe(1);
  });
});

describe('custom curves in the engine', () => {
  const saturating = '1 + (maxMultiplier - 1) * (1 - 2^(-T / half))';
  const variants = {
    hold: {},
    matchDemand: { policy: { headcount: 'matchDemand' }, productivity: { assumedMaxMultiplier: 4, halfGainGrowth: 0.2 } },
    holdBudget: { policy: { headcount: 'holdBudget' }, tokens: { budgetMode: 'shareOfSalary', budget: 0.3 } },
  };

  for (const [name, patch] of Object.entries(variants)) {
    it(`the saturating formula simulates like the built-in curve (${name}) to 1e-12`, async () => {
      const compile = await loadFormulaEngine();
      const builtIn = simulate(scenario(patch)).years;
      const custom = simulate(scenario(patch, { productivity: { curve: 'custom', expression: saturating } }), { compile }).years;
      builtIn.forEach((row, t) => {
        for (const m of YEAR_METRICS) {
          const a = row[m];
          const b = custom[t][m];
          if (typeof a === 'number' && typeof b === 'number') expect(Math.abs(a - b), `${m} ${row.year}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a)));
          else expect(b, `${m} ${row.year}`).toBe(a);
        }
      });
    });
  }

  it('run in the Monte Carlo, compiled once', async () => {
    const s = scenario({ productivity: { curve: 'custom', expression: saturating }, uncertainty: { samples: 200, seed: 2, ranges: { 'productivity.maxMultiplier': [1.5, 4] } } });
    const custom = runUncertainty(s, { compile: await loadFormulaEngine(), metrics: ['multiplier'] });
    const builtIn = runUncertainty(scenario({ uncertainty: s.uncertainty }), { metrics: ['multiplier'] });
    expect(custom.bands.multiplier!.p50[2]).toBeCloseTo(builtIn.bands.multiplier!.p50[2], 6);
  });

  it('loads the checker lazily and tells which scenarios need the engine', async () => {
    const check = await loadFormulaChecker();
    expect(check('T')).toEqual({ ok: true });
    expect(usesCustomCurve(scenario())).toBe(false);
    expect(usesCustomCurve(scenario({ teams: [{ name: 'A', productivity: { curve: 'custom', expression: 'T' } }] }))).toBe(true);
  });
});
