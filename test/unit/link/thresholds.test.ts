// The threshold questions' link parameter (src/state/linkThresholds.ts): the
// figures' data-metric names without "probability:", read back exactly, and
// every malformed item refused with a message naming the parameter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLinkThresholds, parseLinkThresholds, type LinkThreshold } from '../../../src/state/linkThresholds';
import { BOOLEAN_METRICS, YEAR_METRICS } from '../../../src/model/metrics';

describe('parseLinkThresholds', () => {
  it('reads the examples of MODEL.md §6', () => {
    expect(parseLinkThresholds('rolesAtRisk>10@2029,tokensExceedSalary@2028')).toEqual({
      items: [
        { metric: 'rolesAtRisk', op: '>', value: 10, year: 2029 },
        { metric: 'tokensExceedSalary', op: '>=', value: 1, year: 2028 },
      ],
    });
  });

  it('reads every comparison, negative and fractional numbers and exponents', () => {
    const { items } = parseLinkThresholds('jobsChange<=-5@2030,tokenShare>=0.25@2027,totalCost<1.5e7@2031,cashPay>.5@2026');
    expect(items.map((t) => [t.op, t.value])).toEqual([['<=', -5], ['>=', 0.25], ['<', 1.5e7], ['>', 0.5]]);
  });

  it('an empty parameter asks nothing', () => {
    expect(parseLinkThresholds('')).toEqual({ items: [] });
  });

  it('refuses malformed items, naming the parameter and the item', () => {
    const cases: Array<[string, RegExp]> = [
      ['rolesAtRisk>10', /^thresholds: “rolesAtRisk>10” is not a question like/],
      ['rolesAtRisk>ten@2029', /is not a question/],
      ['__proto__>1@2029', /is not a question/],
      ['constructor>1@2029', /^thresholds: “constructor” is not a metric$/],
      ['salary>1@2029', /“salary” is not a metric/],
      ['rolesAtRisk@2029', /^thresholds: “rolesAtRisk@2029” needs a comparison and a number, as in “rolesAtRisk>10@2029”$/],
      ['rolesAtRisk>1e999@2029', /needs a comparison and a number/],
      ['rolesAtRisk=>1@2029', /is not a question/],
      ['<script>@2029', /is not a question/],
      [Array.from({ length: 13 }, () => 'rolesAtRisk>1@2029').join(','), /^thresholds: at most 12 questions, got 13$/],
    ];
    for (const [text, message] of cases) {
      const out = parseLinkThresholds(text);
      expect(out.items, text).toEqual([]);
      expect(out.error, text).toMatch(message);
    }
  });

  it('gives back what formatLinkThresholds wrote', () => {
    const item = fc.record({
      metric: fc.constantFrom(...YEAR_METRICS),
      op: fc.constantFrom('>' as const, '<' as const, '>=' as const, '<=' as const),
      value: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      year: fc.integer({ min: 2000, max: 2100 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), (items) => {
        const expected: LinkThreshold[] = items.map((t) => (BOOLEAN_METRICS.has(t.metric) ? { ...t, op: '>=', value: 1 } : { ...t, value: t.value === 0 ? 0 : t.value }));
        const back = parseLinkThresholds(formatLinkThresholds(items));
        expect(back.error).toBeUndefined();
        expect(back.items).toEqual(expected);
      }),
    );
  });
});
