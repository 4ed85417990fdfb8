// MODEL.md §7, first invariant: every version 2 field at its neutral value
// reproduces version 1's numbers exactly. Each scenario is a version 1
// document: the frozen version 1 engine (test/reference/v1) runs it as
// version 1 read it, and the current engine runs it as parseScenario migrates
// it (src/scenario/migrate/v1.ts: version 1 defaults kept, new fields neutral).
// Every number is compared with Object.is: the same bits, not "close".
//
// What version 2 changed on purpose, and is therefore not compared:
// - a headcount shock is an event the policy answers (MODEL.md §0): scenarios
//   with headcount shocks under matchDemand or holdBudget differ by design;
//   under hold, several headcount shocks multiply in another order (rounding);
// - jobsChange counts from the start before any shock: a shock in the start
//   year moves it;
// - the totals' pricePerMillion is the teams' common price, or null when they
//   differ (MODEL.md §8); version 1 gave the mean weighted by engineers, which
//   can differ from the common price in the last bit, and was null without engineers;
// - payForgone is null unless some year has a token budget above 0 (MODEL.md §5).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../src/model';
import { parseScenario } from '../../../src/scenario/parse';
import { simulate as simulateV1 } from '../../reference/v1/simulate';
import { YEAR_METRICS as V1_METRICS } from '../../reference/v1/metrics';
import { scenarioSchema as v1Schema } from '../../reference/v1/schema';
import { scenarioInput } from '../../reference/v1/arbitraries';
import { stubCompile } from './helpers';

type Doc = Record<string, unknown>;
const V1_PRESETS = join(__dirname, '../../reference/v1/scenarios');

interface Shape {
  policy: { headcount: string };
  startYear: number;
  shocks: { year: number; lever: string }[];
  teams: { tokens?: { pricePerMillion?: number; priceDecline?: number } }[];
  tokens: { budget: number };
}

/** The comparisons that apply to this scenario, per the list above. */
function exclusions(s: Shape) {
  const headcountShocks = s.shocks.filter((x) => x.lever === 'headcount');
  return {
    skipAll: headcountShocks.length > 0 && (s.policy.headcount !== 'hold' || headcountShocks.length > 1),
    jobsChange: s.shocks.some((x) => x.year <= s.startYear),
  };
}

/** Every difference between the two runs, as "where: v1 vs v2" lines (empty when identical). */
function differences(doc: Doc): string[] {
  const v1Scenario = v1Schema.parse(doc);
  const v1 = simulateV1(v1Scenario as never, { compile: stubCompile as never });
  const parsed = parseScenario({ ...doc, schemaVersion: 1 });
  if (!parsed.ok) return [`refused: ${JSON.stringify(parsed.errors)}`];
  const v2 = simulate(parsed.scenario, { compile: stubCompile });
  const skip = exclusions(v1Scenario as unknown as Shape);
  // Compare the rest of such a scenario: the same document without its headcount shocks.
  if (skip.skipAll) return differences({ ...doc, shocks: (doc.shocks as { lever: string }[]).filter((x) => x.lever !== 'headcount') });
  const out: string[] = [];
  const compareRows = (where: string, a: readonly Record<string, unknown>[], b: readonly Record<string, unknown>[], totals: boolean) => {
    a.forEach((row, t) => {
      for (const metric of ['year', ...V1_METRICS]) {
        if (metric === 'jobsChange' && skip.jobsChange) continue;
        const x = row[metric];
        const y = b[t][metric];
        if (totals && metric === 'pricePerMillion') {
          // Version 1's mean needs engineers; version 2's common price does not.
          if (x === null || y === null) continue;
          if (Math.abs((x as number) - (y as number)) <= 1e-15 * Math.abs(y as number)) continue;
        }
        if (!Object.is(x, y)) out.push(`${where} ${String(row.year)} ${metric}: ${String(x)} vs ${String(y)}`);
      }
    });
  };
  compareRows('totals', v1.years as never, v2.years as never, true);
  v1.teams.forEach((team, k) => compareRows(`team ${k}`, team.years as never, v2.teams[k].years as never, false));
  for (const [key, value] of Object.entries(v1.summary)) {
    const mine = (v2.summary as unknown as Record<string, unknown>)[key];
    if (key === 'payForgone' && mine === null) continue;
    if (!Object.is(value, mine)) out.push(`summary ${key}: ${String(value)} vs ${String(mine)}`);
  }
  return out;
}

describe('version 2 at its neutral values is version 1 (MODEL.md §7)', { timeout: 120_000 }, () => {
  const files = readdirSync(V1_PRESETS).filter((f) => f.endsWith('.json'));

  it('covers all 14 version 1 presets', () => {
    expect(files).toHaveLength(14);
  });

  it.each(files)('%s: every number is version 1’s, bit for bit', (file) => {
    const doc = JSON.parse(readFileSync(join(V1_PRESETS, file), 'utf8')) as Doc;
    expect(doc.schemaVersion).toBe(1);
    expect(differences(doc)).toEqual([]);
  });

  it('random version 1 scenarios: every number is version 1’s', () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        expect(differences(input as Doc)).toEqual([]);
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});
