import { describe, expect, it } from 'vitest';
import { conclusion } from '../../../src/ui/levers/conclusion';
import type { LeverComparison, LeverOutcome } from '../../../src/model/levers';

const base: LeverOutcome = {
  output: 100, shortfall: 0, engineers: 40, jobsChange: 0, rolesAtRisk: 5, cashPay: 150_000, costPerOutput: 200_000, costSaved: 0, cumulativeLayoffs: 0,
};
const comparison: LeverComparison = {
  year: 2027,
  savings: 1_500_000,
  base,
  runs: 0,
  levers: [
    { lever: 'tokens', reachable: false, cut: 1, saved: 400_000, maxSaved: 400_000, outcome: { ...base, output: 80, costSaved: 400_000 } },
    { lever: 'salary', reachable: true, cut: 0.1, saved: 1_500_000, maxSaved: 9e6, outcome: { ...base, cashPay: 135_000, costSaved: 1_500_000 } },
    { lever: 'headcount', reachable: true, cut: 0.08, saved: 1_500_000, maxSaved: 9e6, outcome: { ...base, engineers: 36.8, output: 92, costSaved: 1_500_000 } },
  ],
};

describe('lever conclusion', () => {
  it('says what each cut costs in engineers, output and pay, and which keeps output', () => {
    expect(conclusion(comparison, 'USD', 'en-US')).toBe(
      'To save $1.5M from 2027: cutting the token budget cannot save this much: at most $400,000; ' +
        'cutting salary by 10% means cash pay down 10% to $135,000; cutting headcount by 8% means 3.2 fewer engineers and 8% less output. ' +
        'Cutting salary keeps final-year output.',
    );
  });

  it('asks for a target above zero, and says when no lever reaches it', () => {
    expect(conclusion({ ...comparison, savings: 0 }, 'USD', 'en-US')).toBe('Set a savings target above zero to compare the levers.');
    const none = { ...comparison, levers: comparison.levers.map((l) => ({ ...l, reachable: false })) };
    expect(conclusion(none, 'USD', 'en-US')).toMatch(/No single lever saves this much: lower the target or start the downturn earlier\.$/);
  });
});
