// MODEL.md §3 and §5 for one team: cost lines, pay, workload and the derived
// figures, worked by hand on BASE with 0.5 specialists per 1M of token spend.
import { describe, expect, it } from 'vitest';
import { near, nearAll, run, series } from './helpers';

const SPEC = { specialists: { perMillionSpend: 0.5 } };

describe('cost lines at t = 0 (10 engineers, 2 managers, 0.1 specialists)', () => {
  // tokens 10 × 20,000 = 200,000 → specialists 0.5 × 200,000 / 1e6 = 0.1
  const salaryCost = 100_000 * (10 + 2 * 1.5 + 0.1 * 2); // 1,320,000
  const bonusCost = 0.1 * salaryCost; // 132,000
  const equityCost = (10 + 2 + 0.1) * 10_000; // 121,000
  const tokenCost = 10 * 20_000; // 200,000

  it('computes salary, bonus, equity, token and on-costs', () => {
    const y = run(SPEC).years[0];
    near(y.specialists, 0.1);
    near(y.salaryCost, salaryCost);
    near(y.bonusCost, bonusCost);
    near(y.equityCost, equityCost);
    near(y.tokenCost, tokenCost);
    near(y.onCost, 0.2 * (salaryCost + bonusCost)); // 290,400
    near(y.totalCost, 1_320_000 + 132_000 + 121_000 + 200_000 + 290_400);
  });

  it('puts tokens under on-costs when they count as pay', () => {
    const y = run(SPEC, { tokens: { countAsPay: true } }).years[0];
    near(y.onCost, 0.2 * (salaryCost + bonusCost + tokenCost)); // 330,400
    near(y.totalCost, 1_320_000 + 132_000 + 121_000 + 200_000 + 330_400);
  });

  it('follows salary_t in later years', () => {
    // t = 1: salary 110,000, the same heads
    near(run(SPEC).years[1].salaryCost, 110_000 * 13.2);
  });

  it('divides total cost by output for costPerOutput', () => {
    const r = run(SPEC);
    // output = 10 × multiplier (1.5 at t = 0)
    near(r.years[0].costPerOutput, 2_063_400 / 15);
    near(r.years[0].output, 15);
  });
});

describe('pay per engineer', () => {
  it('pays cash = salary_t (1 + bonusRate); advertised adds equity, and tokens when they count as pay', () => {
    const plain = run();
    nearAll(series(plain, 'cashPay'), [110_000, 121_000, 133_100]);
    nearAll(series(plain, 'advertisedPay'), [120_000, 131_000, 143_100]);
    const asPay = run({ tokens: { countAsPay: true } });
    nearAll(series(asPay, 'cashPay'), [110_000, 121_000, 133_100]);
    nearAll(series(asPay, 'advertisedPay'), [140_000, 151_000, 163_100]);
  });

  it('computes tokenShare = budget / (cash pay + equity + budget), whether or not tokens count as pay', () => {
    const expected = [20_000 / 140_000, 20_000 / 151_000, 20_000 / 163_100];
    nearAll(series(run(), 'tokenShare'), expected);
    nearAll(series(run({ tokens: { countAsPay: true } }), 'tokenShare'), expected);
  });

  it('gives tokenShare null when pay and budget are all 0 (a zero denominator)', () => {
    const r = run({ teams: [{ engineers: 10, salary: 0, equityPerYear: 0 }], tokens: { budget: 0 } });
    expect(series(r, 'tokenShare', 0)).toEqual([null, null, null]);
  });
});

describe('workload and jobs', () => {
  it('asks intensity = demand / (engineers × baseOutput) of each engineer', () => {
    nearAll(series(run(), 'intensity'), [1, 1.1, 1.21]);
    // expectationGap = intensity / multiplier − 1
    nearAll(series(run(), 'expectationGap'), [1 / 1.5 - 1, 1.1 / 2.5 - 1, 1.21 / 2.875 - 1]);
  });

  it('counts rolesAtRisk = max(0, engineers − required)', () => {
    nearAll(series(run(), 'rolesAtRisk'), [10 - 10 / 1.5, 10 - 4.4, 10 - 12.1 / 2.875]);
    // maxMultiplier 1: required = demand = 10, 11, 12.1 ≥ 10 engineers
    expect(series(run({ productivity: { maxMultiplier: 1 } }), 'rolesAtRisk')).toEqual([0, 0, 0]);
  });

  it('reports shortfall = max(0, demand − output)', () => {
    // maxMultiplier 1 and 10 engineers: output 10 against demand 10, 11, 12.1
    nearAll(series(run({ productivity: { maxMultiplier: 1 } }), 'shortfall'), [0, 1, 2.1]);
    expect(series(run(), 'shortfall')).toEqual([0, 0, 0]);
  });

  it('counts jobsChange of engineers + managers + specialists against t = 0', () => {
    // matchDemand with layoffs: 10 → 4.4 engineers, managers a fifth, specialists 0.5 × 20,000 / 1e6 each
    const r = run(SPEC, { policy: { headcount: 'matchDemand', layoffs: true } });
    const jobs = (e: number) => e * (1 + 1 / 5 + 0.01);
    nearAll(series(r, 'jobsChange'), [0, jobs(4.4) - jobs(10), jobs(12.1 / 2.875) - jobs(10)]);
  });
});

describe('tokensExceedSalary', () => {
  const exceed = (budget: number, salary: number) =>
    run({ teams: [{ engineers: 10, salary }], salaryGrowth: 0, tokens: { budget } }).years[0].tokensExceedSalary;

  it('is true when the budget per engineer reaches the base salary', () => {
    expect(exceed(100_000, 100_000)).toBe(true);
    expect(exceed(150_000, 100_000)).toBe(true);
    expect(exceed(99_999, 100_000)).toBe(false);
  });

  it('is false with no budget, even at salary 0 (docs/model.md)', () => {
    expect(exceed(0, 0)).toBe(false);
  });
});
