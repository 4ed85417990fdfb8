// The inputs of a scenario that rest on an assumption (tag [A] in
// src/scenario/defaults.ts), or whose source is weak, each with a plausible
// low and high from the evidence (research/evidence.md, §N). presets.test.ts
// moves each one to its low and its high in every preset: where the final
// year's roles at risk, or the engineers the work requires, swing by more
// than one role, the preset must carry a range on that path, so that its fans and its
// tornado show the doubt. "Roles" here are the engineers the work requires:
// under a hold policy they move roles at risk or the shortfall, under a staffing
// policy they move the jobs themselves. Money rows are in US dollars and are converted to
// the preset's currency at the ECB reference rates (src/scenario/currency.ts).
import { simulate } from '../../src/model';
import type { Scenario } from '../../src/scenario/schema';
import { getPath, setPath } from '../../src/scenario/paths';
import { canConvert, convertValue } from '../../src/scenario/currency';

export interface Assumption {
  path: string;
  /** [low, high], or a function of the scenario (for a field whose unit follows another). */
  range: readonly [number, number] | ((s: Scenario) => readonly [number, number]);
  /** A count per US dollar of spend, converted to the scenario's currency. */
  perDollar?: boolean;
  source: string;
}

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    path: 'demand.elasticity',
    range: [0, 1.5],
    source: 'no published estimate for software output; Bessen 2019 (Economic Policy) shows elastic demand turning automation into job growth in textiles and steel; §10 tried 0.5–1.5 [A]',
  },
  {
    path: 'productivity.reworkShare',
    range: [0, 0.4],
    source: 'DORA 2024: stability −7.2% per +25% AI adoption; He et al. 2025 (arXiv 2511.04427): persistent rise in warnings and complexity after Cursor adoption; §10 tried 2–5% a year of drag [A]',
  },
  {
    path: 'tokens.usageSpread',
    range: [0.5, 1.75],
    source: 'Claude Code cost docs: 90% of users below 2× (2025) and 2.3× (2026) the mean, σ ≈ 0.78 and 1.28; Meta’s top user ≈ 400× the mean, σ ≈ 1.75 (§3, §10) [D]',
  },
  {
    path: 'tokens.budgetInUse',
    // From nothing adopted before the start year to all of today's budget: the unit follows budgetMode.
    range: (s) => [0, s.tokens.budget],
    source: 'DORA 2025: 90% use AI at work; Stack Overflow 2025: 84% use or plan to (§1, §10); how much of today’s spend is already in today’s output is unmeasured [A]',
  },
  {
    path: 'productivity.halfGainGrowth',
    range: [0, 3],
    source: 'Gundlach et al. 2026 (arXiv 2511.23455): frontier running costs rise 3–18× a year; read as tokens per task, growth up to 17; 0: a task takes as many tokens every year (§2b, §10) [A]',
  },
  {
    path: 'productivity.halfGainTokens',
    // Relative: the half-gain is calibrated together with the ceiling (sources.md), so its doubt is
    // a factor around the preset's own value, in the preset's own token unit.
    range: (s) => [s.productivity.halfGainTokens / 2, s.productivity.halfGainTokens * 2],
    source: 'calibrated with the ceiling; no causal dose-response curve of gain against tokens has been measured (§1, §9.2): ×½ to ×2 of the preset’s value [A]',
  },
  {
    path: 'productivity.maxMultiplier',
    range: [0.85, 2.35],
    source: 'low: METR 2025, 19% slower (0.84×); high: the RCTs’ top +60% (review arXiv 2509.15265) at today’s spend and spread, 1 + 0.60 / 0.4405 = 2.36 (§1, §8) [D]',
  },
  {
    path: 'managers.spanOfControl',
    range: [6, 12],
    source: 'Grove: 6–8 reports; Roh (TCU): 7–10 ICs per manager; Gallup: 12.1 direct reports per manager in 2025 (§5) [S]',
  },
  {
    path: 'specialists.perMillionSpend',
    range: [0, 1],
    perDollar: true,
    source: 'no source for AI-operations roles per dollar of spend; governance duties under the AI Act do not scale with spend (§10) [A]',
  },
  {
    path: 'demand.growth',
    range: [0, 0.05],
    source: 'BLS Employment Projections 2023–33: software developers +1.7% a year (an occupation, not a firm’s demand); 5% was version 1’s unsourced default; 0: flat (§10) [S], [A]',
  },
  {
    path: 'productivity.planLearning',
    range: [0, 0.5],
    source: 'METR 2025: developers still believed they were 20% faster after measuring 19% slower (0); half of the plan’s error corrected a year (0.5) (§1) [A]',
  },
  {
    path: 'productivity.adoptionYears',
    range: [1, 4],
    source: 'individuals adopt within months (Brynjolfsson et al. 2023; Microsoft 2026), an organisation over years (Uber: 32% → 84% in a quarter) (§0, §1) [A]',
  },
  {
    path: 'tokens.priceDecline',
    range: [0, 0.67],
    source: 'frontier per-token list price flat (Sonnet since 2024) to −67% a year (Opus cut 3× in Nov 2025) (§8) [S], [D]',
  },
  {
    path: 'policy.attrition',
    range: [0.06, 0.15],
    source: 'Mercer 2023: US high-tech turnover 8.2%; LinkedIn 2018: software 13.2%; evidence §8 carries 6–15% [S]',
  },
];

/** The assumption's [low, high] for this scenario (money rows in its currency), or null when the range is empty. */
export function rangeFor(a: Assumption, s: Scenario): [number, number] | null {
  let [low, high] = typeof a.range === 'function' ? a.range(s) : a.range;
  if (a.perDollar && s.currency !== 'USD') {
    if (!canConvert('USD', s.currency)) throw new Error(`no reference rate for ${s.currency}`);
    [low, high] = [convertValue(low, 'perMoney', 'USD', s.currency), convertValue(high, 'perMoney', 'USD', s.currency)];
  }
  return high > low ? [low, high] : null;
}

/** The final year's roles at risk and engineers required (sums over teams, FTE). */
export function finalRoles(s: Scenario): { atRisk: number; required: number } {
  const last = simulate(s).years.at(-1)!;
  return { atRisk: last.rolesAtRisk ?? 0, required: last.required ?? 0 };
}

export interface Swing {
  path: string;
  low: number;
  high: number;
  /** The larger of the swings in roles at risk and in engineers required, between the low and the high. */
  swing: number;
}

/** Each assumption at its low and at its high, everything else at the scenario's values. */
export function swings(s: Scenario): Swing[] {
  const out: Swing[] = [];
  for (const a of ASSUMPTIONS) {
    if (typeof getPath(s, a.path) !== 'number') continue;
    const range = rangeFor(a, s);
    if (!range) continue;
    const [low, high] = range;
    const lo = finalRoles(setPath(s, a.path, low));
    const hi = finalRoles(setPath(s, a.path, high));
    out.push({ path: a.path, low, high, swing: Math.max(Math.abs(hi.atRisk - lo.atRisk), Math.abs(hi.required - lo.required)) });
  }
  return out;
}
