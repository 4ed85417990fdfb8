// Default values of every scenario field, with their sources. The references
// ("evidence §N") point to ../shared/research/evidence.md; docs/sources.md
// repeats them for readers of the app. Tags: [P] primary source, [S]
// secondary report, [D] derived by arithmetic, [A] modelling assumption.

export const DEFAULTS = {
  title: 'Today’s typical AI spend',
  // Display only; evidence §4 figures are in USD.
  currency: 'USD',
  startYear: 2026,
  years: 5,
  team: {
    name: 'Engineering',
    engineers: 40, // [A] a mid-sized engineering department
    // US software developers (SOC 15-1252), mean $144,570, BLS OEWS May 2024 [S], rounded.
    salary: 145_000,
    // Non-production bonuses ≈2.3% of total compensation (BLS ECEC) ÷ 70.2% wage share ≈ 3% of wages [D].
    bonusRate: 0.03,
    // BLS wage data exclude equity; big-tech presets set it (levels.fyi) [A].
    equityPerYear: 0,
    // Benefits are 29.8% of compensation, wages 70.2% (BLS ECEC, Jun 2025) → 0.298 / 0.702 ≈ 0.42 [D].
    onCostRate: 0.42,
    baseOutput: 1, // output is measured in "engineer-years of pre-AI work" [A]
  },
  // US 2026 salary-increase budgets 3.5% (Mercer, WTW, Payscale via WorldatWork) [S].
  salaryGrowth: 0.035,
  managers: {
    // Grove: 6–8 reports; Roh: 7–10 ICs per manager [S].
    spanOfControl: 8,
    spanGrowth: 0,
    salaryRatio: 1.25, // [A] an engineering manager earns a quarter more than the engineers
  },
  specialists: {
    // [A] AI-ops, governance and security roles: one per $2M a year of token spend.
    perMillionSpend: 0.5,
    salaryRatio: 1.1, // [A]
  },
  tokens: {
    budgetMode: 'perEngineer' as 'perEngineer' | 'shareOfSalary',
    // $200 a month per engineer: the central AI spend per engineer (evidence §8; Anthropic's
    // enterprise average for Claude Code $150–250/month) [S].
    budget: 2_400,
    budgetGrowth: 0,
    // Blended agentic price with caching, central $1.0 per million tokens (evidence §8) [D].
    pricePerMillion: 1,
    // Frontier per-token list price change, central −30% a year (evidence §8) [D].
    priceDecline: 0.3,
    countAsPay: false,
  },
  productivity: {
    curve: 'saturating' as 'saturating' | 'custom',
    expression: '',
    // Ceiling 1.35 with half the gain at 2,000 Mtok gives ≈1.2× at $200/month and $1/Mtok, the
    // central org-level multiplier (Cui et al. 2025 +26%; Microsoft 2026 +24%; Google +21%) [D].
    maxMultiplier: 1.35,
    halfGainTokens: 2_000,
    // Agents use more tokens per task as prices fall ("price paradox", evidence §9.3) [A].
    halfGainGrowth: 0.3,
    // [A] linear ramp over two years (MODEL.md §1); evidence §1 suggests months for individuals.
    adoptionYears: 2,
    assumedMaxMultiplier: null as number | null,
  },
  demand: { growth: 0.05 }, // [A] MODEL.md §1 example
  policy: {
    headcount: 'hold' as 'hold' | 'matchDemand' | 'holdBudget',
    // Attrition central 10% a year (Mercer 2023: 8.2% high-tech; LinkedIn 2018: 13.2% software) [S].
    attrition: 0.1,
    layoffs: false,
  },
  uncertainty: {
    samples: 2_000,
    seed: 1,
    ranges: {} as Record<string, [number, number]>,
  },
};
