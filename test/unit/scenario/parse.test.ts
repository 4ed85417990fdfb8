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
    expect(s.schemaVersion).toBe(1);
    expect(s.productivity.assumedMaxMultiplier).toBeNull();
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
    [{ tokens: { priceDecline: 1 } }, 'tokens.priceDecline', 'at most 0.99, got 1'],
    [{ productivity: { halfGainTokens: 0 } }, 'productivity.halfGainTokens', 'got 0'],
    [{ productivity: { adoptionYears: 0.5 } }, 'productivity.adoptionYears', 'at least 1, got 0.5'],
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
    [{ schemaVersion: 2 }, 'schemaVersion', 'must be 1', '2'],
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
    refused(ranges({ 'tokens.priceDecline': [0.2, 1.5] }), 'uncertainty.ranges["tokens.priceDecline"]', '1.5 is outside', 'at most 0.99');
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
