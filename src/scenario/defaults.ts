// Default values of every scenario field (schema version 2), with their
// sources. The references ("evidence §N") point to ../shared/research/evidence.md;
// docs/sources.md repeats them for readers of the app. Tags: [P] primary
// source, [S] secondary report, [D] derived by arithmetic, [A] modelling
// assumption, [K] background knowledge (no source retrieved), [C] a choice of
// the company (budget growth, headcount policy, layoffs, hire limit): the
// scenario's question, answered by editing it, not by a range.
//
// Version 2 (2026-12) recalibrated these from the review in evidence §10; the
// old values are in src/scenario/migrate/v1.ts (V1_DEFAULTS), which keeps
// version 1 files meaning what they meant. Every [A] value that can move a
// headline by more than one role has a range in every preset
// (test/presets/presets.test.ts checks it).

export const DEFAULTS = {
  title: 'Today’s typical AI spend',
  // Display only; evidence §4 figures are in USD.
  currency: 'USD',
  startYear: 2026,
  years: 5,
  team: {
    name: 'Engineering',
    engineers: 40, // [A] a mid-sized engineering department
    // US software developers (SOC 15-1252), mean $144,570 in May 2024 (BLS OEWS) [S], aged to
    // 2026 with two years of 3.5% raise budgets (Mercer/WTW 2025–26) [D]: 144,570 × 1.035² = 154,866.
    salary: 155_000,
    // Non-production bonuses ≈2.3% of total compensation (BLS ECEC) ÷ 70.2% wage share ≈ 3% of wages [D].
    bonusRate: 0.03,
    // BLS wage data exclude equity; big-tech presets set it (levels.fyi) [A].
    equityPerYear: 0,
    // BLS ECEC, June 2025, private industry, per hour worked: insurance $3.44 + retirement $1.54 +
    // legally required $3.31 over wages and paid leave ($32.07 + $3.44) = 0.233. Annual salaries
    // (OEWS) already include paid leave, and bonuses are bonusRate, so neither is counted again
    // (evidence §10; version 1's 0.42 counted both) [D].
    onCostRate: 0.23,
    // [A] office, equipment and software other than AI, per head-year. Kept at 0 by default:
    // no source was found; presets that need it (a CFO's full cost) set it.
    otherCostPerHead: 0,
    baseOutput: 1, // output is measured in "engineer-years of pre-AI work" [A]
  },
  // US 2026 salary-increase budgets 3.5% (Mercer, WTW, Payscale via WorldatWork) [S].
  salaryGrowth: 0.035,
  managers: {
    // Grove: 6–8 reports; Roh: 7–10 ICs per manager; Gallup: 10.9 → 12.1 direct reports per manager
    // 2024 → 2025 (all managers) [S]. 8 sits in the engineering range; presets carry 6–12.
    spanOfControl: 8,
    spanGrowth: 0,
    salaryRatio: 1.25, // [A] an engineering manager earns a quarter more than the engineers
  },
  specialists: {
    // [A] AI-ops, governance and security roles: one per $2M a year of token spend. No source;
    // governance duties under the AI Act do not scale with spend (evidence §10). Presets carry 0–1.
    perMillionSpend: 0.5,
    salaryRatio: 1.1, // [A]
  },
  tokens: {
    budgetMode: 'perEngineer' as 'perEngineer' | 'shareOfSalary',
    // $200 a month per engineer: the central AI spend per engineer (evidence §8; Anthropic's
    // enterprise average for Claude Code $150–250/month) [S].
    budget: 2_400,
    // [C] a decision of the company, not a fact to estimate: no range (docs/sources.md, "Assumptions
    // and their ranges"); a reader answers it by editing, the frontier and the levers.
    budgetGrowth: 0,
    // [A] 0: the schema cannot know today's spend, and the field's unit follows budgetMode (money or
    // a share of salary), so no non-zero default fits both. Every preset sets it from evidence
    // (DORA 2025: 90% use AI; Uber: 32% → 84% adoption Dec 2025 – Mar 2026).
    budgetInUse: 0,
    // Blended agentic price with caching, central $1.0 per million tokens (evidence §8) [D].
    pricePerMillion: 1,
    // Frontier per-token list price change, central −30% a year (evidence §8) [D].
    priceDecline: 0.3,
    // σ of log token use across people [D]: Claude Code's cost docs give a mean of $6 a day with
    // 90% of users below $12 (2025: p90/mean = 2 → σ ≈ 0.78) and $13 with 90% below $30 (2026:
    // p90/mean 2.3 → σ ≈ 1.28, the largest a log-normal allows); Meta's top user at ≈400× the mean
    // suggests ≈1.75 (rough). Central 1.0; presets carry 0.5–1.75.
    usageSpread: 1,
    countAsPay: false,
    // US: a work tool is a non-taxable working-condition fringe (IRC §132(d)) [K]; countries tax it.
    benefitTaxRate: 0,
  },
  productivity: {
    curve: 'saturating' as 'saturating' | 'custom',
    expression: '',
    // Calibrated so that $200 a month at $1/Mtok with the spread above gives a gross 1.26× (the field
    // experiments' +26% completed tasks, Cui et al. 2025; Microsoft 2026 +24%): with σ = 1 the mean
    // gain at T = 1.2 half-gains is 0.4405, so the ceiling is 1 + 0.26 / 0.4405 = 1.59 [D].
    maxMultiplier: 1.6,
    halfGainTokens: 2_000,
    // [A] tokens per task grow about as fast as the frontier per-token price falls, so a fixed
    // budget buys roughly the same gain each year. Gundlach et al. 2026 report frontier running
    // costs rising 3–18× a year (read as tokens per task: growth 2–17); presets carry 0–3.
    halfGainGrowth: 0.3,
    // [A] linear ramp over two years (MODEL.md §1); evidence §1 suggests months for individuals.
    adoptionYears: 2,
    assumedMaxMultiplier: null as number | null,
    // [A] 0: METR 2025's developers still believed they were 20% faster after measuring 19% slower.
    planLearning: 0,
    // [A] a fifth of the gross gain goes to review and rework: the field experiments count completed
    // tasks and pull requests, which overstate value (DORA 2024: stability −7.2% per +25% AI
    // adoption; He et al. 2025: persistent rise in warnings and complexity after Cursor adoption).
    // With it the net multiplier at today's spend is 1 + 0.26 × 0.8 = 1.21, the evidence's central
    // org-level 1.20 (evidence §1). Presets carry 0–0.4.
    reworkShare: 0.2,
  },
  demand: {
    // BLS Employment Projections 2023–33: software developers +18% in ten years ≈ 1.7% a year [S]
    // (an occupation's employment, not a firm's demand). Version 1 used an unsourced 5%.
    growth: 0.017,
    // [A] no published estimate for software output; Bessen 2019 ("Automation and jobs: when
    // technology boosts employment", Economic Policy) shows elastic demand turning automation into
    // job growth in textiles and steel. Central 0.5 (demand rises 5% when output gets 10% cheaper);
    // presets carry 0–1.5.
    elasticity: 0.5,
  },
  policy: {
    headcount: 'hold' as 'hold' | 'matchDemand' | 'holdBudget',
    // Attrition central 10% a year (Mercer 2023: 8.2% high-tech; LinkedIn 2018: 13.2% software) [S].
    attrition: 0.1,
    layoffs: false, // [C]
    hireLimit: null as number | null, // [C] no limit on external hires unless a preset sets one
    // [A] US: no statutory severance; the WARN Act's 60 days of notice for mass layoffs [K] is often
    // paid in lieu: 2 months of cash pay per FTE laid off.
    severanceMonths: 2,
    // [A] recruiting and onboarding at 15% of a salary per external hire (agency fees are commonly
    // quoted at 15–25% of the first year's salary [K]).
    hiringCostRate: 0.15,
  },
  uncertainty: {
    samples: 2_000,
    seed: 1,
    ranges: {} as Record<string, [number, number]>,
  },
};
