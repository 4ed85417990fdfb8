// Untrusted scenarios are refused with the field path named exactly and the
// offending value in the message (MODEL.md §1 and §7, PRODUCT.md "Bad input").
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario, ScenarioError, type FieldError } from '../../../src/scenario/parse';

function errorsOf(input: unknown): FieldError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return result.errors;
}

/** The input is refused with an error at `path` whose message contains every `parts`. */
function refused(input: unknown, path: string, ...parts: string[]): void {
  const errors = errorsOf(input);
  const error = errors.find((e) => e.path === path);
  expect(error, `no error at ${path}; got ${JSON.stringify(errors)}`).toBeDefined();
  for (const part of parts) expect(error!.message).toContain(part);
}

const team = { name: 'A', engineers: 10 };
/** input, path, then the parts the message must contain */
type Case = [unknown, string, ...string[]];

describe('valid input', () => {
  it('fills every default from {} (one default team)', () => {
    const s = loadScenario({});
    expect(s.teams).toHaveLength(1);
    expect(s.schemaVersion).toBe(2);
    expect(s.productivity.assumedMaxMultiplier).toBeNull();
  });
});

describe('the bounds version 2 widened (issue 8)', () => {
  it.each([
    // Epoch AI (Cottier et al. 2025): prices fell up to 900× a year, 1 − 1/900 = 0.99889 (evidence §2b).
    ['tokens.priceDecline', { tokens: { priceDecline: 0.99889 } }, (s: ReturnType<typeof loadScenario>) => s.tokens.priceDecline, 0.99889],
    // The bound itself, 1,000× a year.
    ['tokens.priceDecline', { tokens: { priceDecline: 0.999 } }, (s: ReturnType<typeof loadScenario>) => s.tokens.priceDecline, 0.999],
    // A quarter: an individual adopts within months (evidence §1).
    ['productivity.adoptionYears', { productivity: { adoptionYears: 0.25 } }, (s: ReturnType<typeof loadScenario>) => s.productivity.adoptionYears, 0.25],
  ] as const)('accepts %s = %j', (_path, input, read, value) => {
    const result = parseScenario(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(read(result.scenario)).toBe(value);
  });
});

describe('wrong types', () => {
  it.each<Case>([
    [{ years: '5' }, 'years', 'must be a number', '"5"'],
    [{ teams: [team, team, { salary: '5' }] }, 'teams[2].salary', 'must be a number', '"5"'],
    [{ title: 5 }, 'title', 'must be text', '5'],
    [{ tokens: { countAsPay: 'yes' } }, 'tokens.countAsPay', 'must be true or false', '"yes"'],
    [{ teams: {} }, 'teams', 'must be a list', '{}'],
    [{ managers: 8 }, 'managers', 'must be an object', '8'],
    [{ shocks: [{ year: 2027, cut: 0.1 }] }, 'shocks[0].lever', 'must be one of', 'got nothing'],
    [{ shocks: [{ year: 2027, lever: 'tokens' }] }, 'shocks[0].cut', 'is required'],
    [{ teams: [team, { tokens: { budget: true } }] }, 'teams[1].tokens.budget', 'must be a number', 'true'],
  ])('%j → %s', (input, path, ...parts) => refused(input, path, ...parts));
});

describe('numbers out of range', () => {
  it.each([
    [{ teams: [team, team, { salary: -5 }] }, 'teams[2].salary', 'must be at least 0, got -5'],
    [{ years: 0 }, 'years', 'must be at least 1, got 0'],
    [{ years: 31 }, 'years', 'must be at most 30, got 31'],
    [{ years: 2.5 }, 'years', 'must be a whole number, got 2.5'],
    [{ teams: [{ engineers: 1_000_001 }] }, 'teams[0].engineers', 'at most 1000000, got 1000001'],
    [{ teams: [{ baseOutput: 0 }] }, 'teams[0].baseOutput', 'at least 0.000001, got 0'],
    [{ tokens: { pricePerMillion: 0 } }, 'tokens.pricePerMillion', 'at least 0.000001, got 0'],
    [{ tokens: { priceDecline: 1 } }, 'tokens.priceDecline', 'at most 0.999, got 1'],
    [{ tokens: { usageSpread: 3.5 } }, 'tokens.usageSpread', 'at most 3, got 3.5'],
    [{ tokens: { benefitTaxRate: -0.1 } }, 'tokens.benefitTaxRate', 'at least 0, got -0.1'],
    [{ productivity: { reworkShare: 1 } }, 'productivity.reworkShare', 'at most 0.95, got 1'],
    [{ productivity: { planLearning: 2 } }, 'productivity.planLearning', 'at most 1, got 2'],
    [{ demand: { elasticity: 4 } }, 'demand.elasticity', 'at most 3, got 4'],
    [{ policy: { hireLimit: -1 } }, 'policy.hireLimit', 'at least 0, got -1'],
    [{ policy: { severanceMonths: 121 } }, 'policy.severanceMonths', 'at most 120, got 121'],
    [{ teams: [{ otherCostPerHead: -1 }] }, 'teams[0].otherCostPerHead', 'at least 0, got -1'],
    [{ teams: [{ promotion: { to: 'X', rate: 1.5 } }] }, 'teams[0].promotion.rate', 'at most 1, got 1.5'],
    [{ productivity: { halfGainTokens: 0 } }, 'productivity.halfGainTokens', 'got 0'],
    [{ productivity: { adoptionYears: 0.2 } }, 'productivity.adoptionYears', 'at least 0.25, got 0.2'],
    [{ productivity: { maxMultiplier: 0 } }, 'productivity.maxMultiplier', 'at least 0.1, got 0'],
    [{ productivity: { assumedMaxMultiplier: 101 } }, 'productivity.assumedMaxMultiplier', 'at most 100, got 101'],
    [{ managers: { spanOfControl: 0 } }, 'managers.spanOfControl', 'at least 0.5, got 0'],
    [{ policy: { attrition: 1.5 } }, 'policy.attrition', 'at most 1, got 1.5'],
    [{ shocks: [{ year: 2027, cut: 2, lever: 'tokens' }] }, 'shocks[0].cut', 'at most 1, got 2'],
    [{ salaryGrowth: -0.6 }, 'salaryGrowth', 'at least -0.5, got -0.6'],
    [{ uncertainty: { samples: 0 } }, 'uncertainty.samples', 'at least 1, got 0'],
    [{ teams: [] }, 'teams', 'at least 1 item(s), got 0'],
    [{ teams: [{ name: 'x'.repeat(81) }] }, 'teams[0].name', 'at most 80 characters, got 81'],
  ])('%j → %s', (input, path, message) => refused(input, path, message));
});

describe('NaN and Infinity smuggled in (not possible in JSON, possible from code)', () => {
  it.each([
    [{ years: NaN }, 'years', 'NaN'],
    [{ salaryGrowth: Infinity }, 'salaryGrowth', 'Infinity'],
    [{ teams: [{ salary: -Infinity }] }, 'teams[0].salary', '-Infinity'],
    [{ teams: [{ tokens: { budget: NaN } }] }, 'teams[0].tokens.budget', 'NaN'],
    [{ productivity: { assumedMaxMultiplier: NaN } }, 'productivity.assumedMaxMultiplier', 'NaN'],
  ])('%j → %s', (input, path, value) => refused(input, path, 'must be a number', value));
});

describe('unknown fields, at every level', () => {
  it.each([
    [{ foo: 1 }, 'foo'],
    [{ teams: [team, { salry: 1 }] }, 'teams[1].salry'],
    [{ teams: [{ tokens: { budgt: 1 } }] }, 'teams[0].tokens.budgt'],
    [{ teams: [{ productivity: { curv: 'x' } }] }, 'teams[0].productivity.curv'],
    [{ managers: { boss: 1 } }, 'managers.boss'],
    [{ tokens: { countAsPay: false, taxed: true } }, 'tokens.taxed'],
    [{ shocks: [{ year: 2027, cut: 0.1, lever: 'tokens', why: 'x' }] }, 'shocks[0].why'],
    [{ 'odd key': 1 }, '["odd key"]'],
  ])('%j → %s', (input, path) => refused(input, path, 'is not a known field'));
});

describe('bad enums and literals', () => {
  it.each<Case>([
    [{ policy: { headcount: 'fire' } }, 'policy.headcount', '"hold", "matchDemand", "holdBudget"', '"fire"'],
    [{ tokens: { budgetMode: 'perTeam' } }, 'tokens.budgetMode', '"perEngineer", "shareOfSalary"', '"perTeam"'],
    [{ productivity: { curve: 'linear' } }, 'productivity.curve', '"saturating", "custom"', '"linear"'],
    [{ shocks: [{ year: 2027, cut: 0.1, lever: 'bonus' }] }, 'shocks[0].lever', '"tokens", "salary", "headcount"', '"bonus"'],
    [{ schemaVersion: 3 }, 'schemaVersion', 'must be 2', '3'],
  ])('%j → %s', (input, path, ...parts) => refused(input, path, ...parts));
});

describe('currency', () => {
  it.each(['usd', 'US', 'EURO', '€', ''])('refuses %j', (currency) => refused({ currency }, 'currency', 'ISO 4217', JSON.stringify(currency)));
});

describe('keys that reach a prototype', () => {
  it.each([
    ['{"__proto__": {"polluted": 1}}', '__proto__'],
    ['{"constructor": {"prototype": {}}}', 'constructor'],
    ['{"teams": [{"name": "A"}, {"__proto__": {"salary": 1}}]}', 'teams[1].__proto__'],
    ['{"teams": [{"tokens": {"constructor": 1}}]}', 'teams[0].tokens.constructor'],
    ['{"uncertainty": {"ranges": {"__proto__": [1, 2]}}}', 'uncertainty.ranges.__proto__'],
  ])('%s → %s', (json, path) => {
    refused(JSON.parse(json), path, 'is not an allowed field name');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('input that is not an object', () => {
  it.each([
    [5, '5'],
    ['{"years": 5}', '"{\\"years\\": 5}"'],
    [null, 'null'],
    [[], '[]'],
    [undefined, 'nothing'],
    [true, 'true'],
  ])('refuses %j', (input, shown) => refused(input, '(scenario)', 'must be a JSON object', shown));
});

describe('custom curves', () => {
  it('need an expression, in the shared block and for each team that uses it', () => {
    refused({ productivity: { curve: 'custom' } }, 'productivity.expression', 'is required when the curve is "custom"');
    refused({ productivity: { curve: 'custom', expression: '   ' } }, 'productivity.expression', 'is required');
    refused({ teams: [team, { productivity: { curve: 'custom' } }] }, 'teams[1].productivity.expression', 'is required');
    // a team override's expression is enough for that team
    expect(parseScenario({ teams: [{ productivity: { curve: 'custom', expression: 'T' } }] }).ok).toBe(true);
  });
});

describe('uncertainty ranges', () => {
  const ranges = (r: Record<string, unknown>) => ({ uncertainty: { ranges: r } });

  it('refuse paths that name no number of the shared blocks', () => {
    for (const key of ['productivity.curve', 'tokens', 'uncertainty.samples', 'teams.0.salary', 'productivity.nope', 'years', 'productivity.assumedMaxMultiplier']) {
      refused(ranges({ [key]: [1, 2] }), `uncertainty.ranges${/^\w+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`, 'names no number');
    }
  });

  it('refuse reversed ranges, with both ends in the message', () => {
    refused(ranges({ 'productivity.maxMultiplier': [3, 2] }), 'uncertainty.ranges["productivity.maxMultiplier"]', 'low must not exceed high', '[3, 2]');
    refused(ranges({ salaryGrowth: [0.1, -0.1] }), 'uncertainty.ranges.salaryGrowth', '[0.1, -0.1]');
  });

  it('refuse ends outside the field’s bounds, naming the end and the bound', () => {
    refused(ranges({ 'productivity.maxMultiplier': [0, 2] }), 'uncertainty.ranges["productivity.maxMultiplier"]', '0 is outside', 'at least 0.1');
    refused(ranges({ 'tokens.priceDecline': [0.2, 1.5] }), 'uncertainty.ranges["tokens.priceDecline"]', '1.5 is outside', 'at most 0.999');
  });

  it('refuse a range that is not a pair of numbers', () => {
    refused(ranges({ 'demand.growth': [1, 2, 3] }), 'uncertainty.ranges["demand.growth"]', 'at most 2 items, got 3');
    refused(ranges({ 'demand.growth': ['a', 2] }), 'uncertainty.ranges["demand.growth"][0]', 'must be a number', '"a"');
  });

  it('accept a valid range', () => {
    expect(parseScenario(ranges({ 'productivity.maxMultiplier': [1.2, 4], 'policy.attrition': [0, 0.3] })).ok).toBe(true);
  });
});

describe('loadScenario', () => {
  it('throws a ScenarioError whose message lists every bad field as path: message', () => {
    const bad = { years: 0, teams: [team, { salary: -5 }] };
    expect(() => loadScenario(bad)).toThrow(ScenarioError);
    expect(() => loadScenario(bad)).toThrow(/years: must be at least 1, got 0\nteams\[1\]\.salary: must be at least 0, got -5/);
  });
});

describe('schema version 2', () => {
  it('accepts a top-level $schema (editors use it to find the JSON Schema)', () => {
    const result = parseScenario({ $schema: 'https://example.org/scenario.schema.json', teams: [team] });
    expect(result.ok).toBe(true);
  });

  it('still refuses $schema anywhere else', () => {
    refused({ tokens: { $schema: 'x' } }, 'tokens.$schema', 'is not a known field');
  });
});

describe('promotions between teams (MODEL.md §1)', () => {
  const two = (promotion: unknown, extra: Record<string, unknown> = {}) => ({
    teams: [{ name: 'Juniors', promotion, ...extra }, { name: 'Seniors' }],
  });

  it('accept a promotion to another team', () => {
    expect(parseScenario(two({ to: 'Seniors', rate: 0.2 })).ok).toBe(true);
    expect(parseScenario(two(null)).ok).toBe(true);
  });

  it('must name another team of the scenario', () => {
    refused(two({ to: 'Leads', rate: 0.2 }), 'teams[0].promotion.to', 'must name another team', '"Leads"');
    refused(two({ to: 'Juniors', rate: 0.2 }), 'teams[0].promotion.to', 'must name another team', '"Juniors"');
  });

  it('refuse a name two teams share', () => {
    refused({ teams: [{ name: 'A', promotion: { to: 'B', rate: 0.1 } }, { name: 'B' }, { name: 'B' }] }, 'teams[0].promotion.to', 'names 2 teams called "B"');
  });

  it('refuse a rate above 1 − attrition, naming both', () => {
    refused(two({ to: 'Seniors', rate: 0.95 }), 'teams[0].promotion.rate', 'with attrition 0.1', 'at most 0.9', 'got 0.95');
    // The team's own attrition counts.
    refused(two({ to: 'Seniors', rate: 0.6 }, { policy: { attrition: 0.5 } }), 'teams[0].promotion.rate', 'with attrition 0.5');
  });

  it('refuse a cycle, naming where it starts', () => {
    refused(
      { teams: [{ name: 'A', promotion: { to: 'B', rate: 0.1 } }, { name: 'B', promotion: { to: 'A', rate: 0.1 } }] },
      'teams[0].promotion.to',
      'cycle',
    );
  });
});

describe('schema version 1 documents are migrated (src/scenario/migrate/v1.ts)', () => {
  it('keep version 1’s defaults and set every new field neutral', () => {
    const result = parseScenario({ schemaVersion: 1, teams: [{ name: 'A' }] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const s = result.scenario;
    expect(s.schemaVersion).toBe(2);
    expect(s.teams[0].salary).toBe(145_000);
    expect(s.teams[0].onCostRate).toBe(0.42);
    expect(s.demand).toEqual({ growth: 0.05, elasticity: 0 });
    expect(s.productivity.maxMultiplier).toBe(1.35);
    expect(s.productivity.reworkShare).toBe(0);
    expect(s.tokens.usageSpread).toBe(0);
    expect(s.policy).toMatchObject({ hireLimit: null, severanceMonths: 0, hiringCostRate: 0 });
    expect(result.migratedFrom).toEqual({ version: 1, differences: [] });
  });

  it('keep what the document says', () => {
    const result = parseScenario({ schemaVersion: 1, teams: [{ salary: 90_000, onCostRate: 0.3 }], demand: { growth: 0.02 } });
    expect(result.ok && [result.scenario.teams[0].salary, result.scenario.teams[0].onCostRate, result.scenario.demand.growth]).toEqual([90_000, 0.3, 0.02]);
  });

  it('say where numbers differ from version 1: headcount shocks under a responsive policy, shocks in the start year', () => {
    const result = parseScenario({
      schemaVersion: 1,
      startYear: 2026,
      policy: { headcount: 'matchDemand' },
      shocks: [{ year: 2026, cut: 0.1, lever: 'headcount' }],
    });
    expect(result.ok && result.migratedFrom?.differences).toEqual(['headcountShockWithPolicy', 'startYearShock']);
  });

  it('keep the version 2 fields a version 1 document already has', () => {
    const result = parseScenario({ schemaVersion: 1, demand: { elasticity: 0.5 } });
    expect(result.ok && result.scenario.demand.elasticity).toBe(0.5);
  });

  it('leave a malformed block for the schema to name', () => {
    refused({ schemaVersion: 1, demand: 5 }, 'demand', 'must be an object');
  });
});
