// Every failure the fuzzers and the outside review (issue 12) found, as a case
// that stays fixed, and the normalisations a round trip may make.
import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { parseScenario, loadScenario } from '../../../src/scenario/parse';
import { decodeLink, encodeLink } from '../../../src/scenario/link';
import { parseScenarioText, readScenarioFile, scenarioToJson } from '../../../src/export/scenarioFile';
import V1_PRESETS from '../../../src/scenario/migrate/v1-presets.json';
import { SCHEMA_VERSION } from '../../../src/scenario/schema';
import { MODEL_VERSION } from '../../../src/model/version';
import { admit, difference, nonFinite, simulateOpened } from '../../fuzz/checks';
import { columnSum, type Columns } from '../../../src/model/run';
import { CORPUS, encodeOneValueAgain } from '../../fuzz/entries';
import { nested } from '../../fuzz/hostile';
import { appWork } from '../../fuzz/appWork';
import { flips, LENS_HEADLINES } from '../../../src/model/flips';
import { flipInputs } from '../../../src/scenario/flipInputs';
import { runUncertainty } from '../../../src/model/uncertainty/run';

const deepText = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
const compact = (json: string) => `?p=typical-spend&v=1&m=1&s=${LZString.compressToEncodedURIComponent(json)}`;
const errorTexts = (search: string) => decodeLink(search).notices.filter((n) => n.kind === 'error').map((n) => n.text);

describe('deep nesting is refused, naming where, with no stack trace (was: RangeError: Maximum call stack size exceeded)', () => {
  it('in a parsed value, at any field or at the top', () => {
    for (const input of [{ title: JSON.parse(deepText(6000)) }, { teams: [{ tokens: nested(100_000, 'object') }] }, { x: nested(6000) }]) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toEqual([{ path: expect.stringMatching(/^(title|teams|x)[.[]/), message: 'is nested too deeply: more than 8 levels of lists and objects' }]);
    }
    // Found by `npm run fuzz` (seed 1): a deep list at the top reached describeValue, whose String() recursed.
    expect(parseScenario(nested(100_000))).toEqual({ ok: false, errors: [{ path: '[0][0][0][0][0][0][0][0]', message: 'is nested too deeply: more than 8 levels of lists and objects' }] });
  });

  it('in a file: 6,000 levels (case 128 of the outside review)', async () => {
    const result = await readScenarioFile(new Blob([`{"title": "x", "teams": [{"name": ${'['.repeat(6000)}${']'.repeat(6000)}}]}`]));
    expect(result).toEqual({ ok: false, errors: [{ path: 'teams[0].name[0][0][0][0][0]', message: 'is nested too deeply: more than 8 levels of lists and objects' }] });
  });

  it('in a compact link’s JSON', () => {
    expect(errorTexts(compact(`{"title":${'['.repeat(20_000)}${']'.repeat(20_000)}}`))).toEqual([
      'The scenario in this link could not be opened: title[0][0][0][0][0][0][0] is nested too deeply: more than 8 levels of lists and objects. The current scenario stays.',
    ]);
  });
});

describe('more than the schema allows names the limit', () => {
  it('more than 100 teams, or 30 years', () => {
    const result = parseScenario({ years: 31, teams: Array.from({ length: 150 }, () => ({})) });
    expect(result.ok ? [] : result.errors).toMatchObject([
      { path: 'years', message: 'must be at most 30, got 31' },
      { path: 'teams', message: 'must have at most 100 items, got 150' },
    ]);
  });

  it('in links: years=1e9, and a compact link of 5,000 teams', () => {
    expect(decodeLink('?p=typical-spend&years=1e9').notices.map((n) => n.text)).toEqual([
      'Some settings in this link were ignored: years must be at most 30, got 1000000000.',
    ]);
    const teams = compact(JSON.stringify({ teams: { length: 5000, name: Array.from({ length: 5000 }, (_, i) => `T${i}`) } }));
    expect(errorTexts(teams)).toEqual(['The scenario in this link could not be opened: teams.length must be a whole number from 1 to 100. The current scenario stays.']);
  });

  it('a readable team parameter past team 100 names the limit (was: "names team 101, but the scenario has 1", or "not a setting this app knows" from t1000 on)', () => {
    const ignored = (q: string) => decodeLink(`?p=typical-spend&${q}`).notices.map((n) => n.fields);
    expect(ignored('t100.name=x')).toEqual([[{ path: 't100.name', message: 'names team 101, but a scenario has at most 100 teams (t0 to t99)' }]]);
    expect(ignored('t4999.engineers=5')).toEqual([[{ path: 't4999.engineers', message: 'names team 5000, but a scenario has at most 100 teams (t0 to t99)' }]]);
    // Within the limit, the scenario's own count; an unknown setting stays unknown at any team.
    expect(ignored('t5.name=x')).toEqual([[{ path: 't5.name', message: 'names team 6, but the scenario has 1' }]]);
    expect(ignored('t100.bogus=1')).toEqual([[{ path: 't100.bogus', message: 'is not a setting this app knows' }]]);
  });

  it('a list longer than any scenario holds is refused by its length, before anything walks it', () => {
    const result = parseScenario({ sources: new Array(1_000_000).fill({ label: 'x' }) });
    expect(result).toEqual({ ok: false, errors: [{ path: 'sources', message: 'holds more than 50,000 values, more than any scenario' }] });
  });
});

describe('$schema: a file keeps it, a link drops it (found by the fuzz test: "key $schema on one side only")', () => {
  it('a scenario with $schema reopens from its link without it, to the same numbers', () => {
    const scenario = loadScenario({ $schema: 'https://example.org/scenario.schema.json', teams: [{ name: 'A' }] });
    const decoded = decodeLink(encodeLink(scenario, null));
    expect(decoded.scenario).not.toBeNull();
    expect(decoded.scenario!.$schema).toBeUndefined();
    const { $schema: _pointer, ...rest } = scenario;
    expect(difference(rest, decoded.scenario)).toBeNull();
    expect(difference(simulateOpened(scenario), simulateOpened(decoded.scenario!))).toBeNull();
    const file = parseScenarioText(scenarioToJson(scenario));
    expect(file.ok && file.scenario.$schema).toBe('https://example.org/scenario.schema.json');
  });
});

describe('-0: the one normalisation of a value a round trip may make', () => {
  // JSON.stringify and String() write -0 as "0". The schema accepts -0 (it is ≥ 0); the link and the file bring it
  // back as 0, and the engine's numbers are the same (=== takes -0 and 0 as equal; no result is NaN or infinite).
  it('seed=-0 in a link comes back as seed=0, the same run', () => {
    const decoded = decodeLink(`?p=typical-spend&v=${SCHEMA_VERSION}&m=${MODEL_VERSION}&seed=-0`);
    expect(Object.is(decoded.scenario!.uncertainty.seed, -0)).toBe(true);
    const again = decodeLink(encodeLink(decoded.scenario!, decoded.presetId));
    expect(Object.is(again.scenario!.uncertainty.seed, 0)).toBe(true);
    expect(encodeLink(decoded.scenario!, decoded.presetId)).toBe(`?p=typical-spend&v=${SCHEMA_VERSION}&m=${MODEL_VERSION}&seed=0`);
    expect(difference(decoded.scenario, again.scenario)).toBeNull();
    expect(difference(simulateOpened(decoded.scenario!), simulateOpened(again.scenario!))).toBeNull();
  });

  it('equityPerYear: -0 in a file comes back as 0, the same numbers', () => {
    const opened = parseScenarioText('{"teams": [{"equityPerYear": -0}]}');
    expect(opened.ok && Object.is(opened.scenario.teams[0].equityPerYear, -0)).toBe(true);
    const reread = parseScenarioText(scenarioToJson(loadScenario({ teams: [{ equityPerYear: -0 }] })));
    expect(reread.ok && Object.is(reread.scenario.teams[0].equityPerYear, 0)).toBe(true);
    if (opened.ok && reread.ok) expect(difference(simulateOpened(opened.scenario), simulateOpened(reread.scenario))).toBeNull();
  });

  it('nothing else changes: the exact comparison finds only the sign of zero', () => {
    const scenario = loadScenario({ teams: [{ equityPerYear: -0 }] });
    const back = parseScenarioText(scenarioToJson(scenario));
    expect(back.ok && difference(scenario, back.scenario, '', true)).toBe('.teams[0].equityPerYear: -0 ≠ 0');
  });
});

describe('an override holding undefined (from code) still writes a link that reopens (found by npm run fuzz, seed 42)', () => {
  it('the compact link leaves the field out instead of writing null', () => {
    const input = { teams: [{ name: 'A', tokens: { budgetMode: undefined, budget: 5 } }, { name: 'B' }] };
    const scenario = loadScenario(input);
    const decoded = decodeLink(encodeLink(scenario, null, { form: 'compact' }));
    expect(decoded.notices).toEqual([]);
    expect(difference(decoded.scenario, scenario)).toBeNull();
  });

  it('an override block holding only undefined comes back as the empty block it means', () => {
    const scenario = loadScenario({ teams: [{ name: 'A' }, { name: 'B', productivity: { maxMultiplier: undefined } }] });
    const decoded = decodeLink(encodeLink(scenario, null, { form: 'compact' }));
    expect(decoded.scenario!.teams[1].productivity).toEqual({});
    expect(difference(decoded.scenario, scenario)).toBeNull();
  });
});

describe('a formula attack in an opened file is refused with the field named (the outside review’s file)', () => {
  it('by the app’s path after parsing: schema, then the sandbox', () => {
    const outcome = admit(parseScenarioText(JSON.stringify({ title: 'x', productivity: { curve: 'custom', expression: 'import({x: 1})' } })));
    expect(outcome).toEqual({ kind: 'refused', errors: [{ path: 'productivity.expression', message: expect.stringMatching(/^"import" is not allowed/) }] });
  });
});

describe('files and links of schema version 1 keep opening (the seed corpus; after a schema change, by migration)', () => {
  it.each(CORPUS.files.map((f, i) => [i, f] as const))('file %i', (_, file) => {
    const result = parseScenarioText(JSON.stringify(file));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
  it.each(CORPUS.links.map((l, i) => [i, l] as const))('link %i', (_, link) => {
    const decoded = decodeLink(link);
    // Only the notes that the numbers of an older model version may differ.
    expect(decoded.notices.filter((n) => n.kind === 'error' || (n.kind === 'warning' && !/model version/.test(n.text)))).toEqual([]);
    expect(decoded.scenario).not.toBeNull();
  });
  it('the corpus holds a file of each of version 1\'s 14 presets (frozen: version 2 rewrote the presets)', () => {
    const v1Titles = [
      'Status quo: no AI spend', 'Today’s typical AI spend', 'What the studies measure (central case)', 'Half-salary token budgets',
      'Tokens overtake salary', '“One engineer does the work of three”', 'Optimistic plan, realistic delivery',
      'Attrition only, under a works agreement (Germany)', 'Juniors gain more than seniors', 'Flat budget: tokens paid for with jobs',
      'Downturn: halve the AI budget', 'Downturn: cut pay 5%', 'Downturn: cut 4.6% of engineers', 'Sweden: tokens taxed as pay',
    ];
    expect(v1Titles).toHaveLength(Object.keys(V1_PRESETS).length);
    expect(CORPUS.files.map((f) => (f as { title: string }).title)).toEqual(expect.arrayContaining(v1Titles));
  });
});

describe('what the app computes on opening (frontier, flips, Monte Carlo, tornado) is checked too', () => {
  // A fuzzed link with a subnormal tax rate froze the page in the flips search (commit 41d7555): simulate() was
  // fine, so the fuzz checks, which then ran only simulate(), passed it. The runner now runs appWork() on every
  // accepted scenario under a time limit. (Were the search unbounded again this would hang, not fail: the bound
  // itself is test/unit/model/flips.test.ts's.)
  const link = '?p=typical-spend&benefitTaxRate=2.5e-323&severanceMonths=8.893e-321';

  it('the subnormal tax rate of the frozen link opens, and its flips end in a bounded number of runs', () => {
    const decoded = decodeLink(link);
    expect(decoded.scenario!.tokens.benefitTaxRate).toBe(2.5e-323);
    expect(appWork(decoded.scenario!)).toBeNull();
    const f = flips(decoded.scenario!, LENS_HEADLINES.union, flipInputs(decoded.scenario!));
    // 1 + per input at most 2 × (23 scan + 200 bisection) runs (flips.test.ts); far fewer in practice.
    expect(f.runs).toBeLessThan(1 + flipInputs(decoded.scenario!).length * 2 * 223);
  });

  it('a subnormal value is no scale for its flip: the distance stays finite (was: Infinity, found by the new check)', () => {
    const scenario = decodeLink('?p=half-salary-tokens&benefitTaxRate=5e-324').scenario!;
    const input = flipInputs(scenario).find((i) => i.path === 'tokens.benefitTaxRate')!;
    // Not 5e-324: a move to the bound 1 would be 1 / 5e-324 = Infinity of it. A rate's natural unit, 1.
    expect(input.scale).toBe(1);
    for (const headline of [LENS_HEADLINES.union, LENS_HEADLINES.finance]) {
      for (const flip of flips(scenario, headline, flipInputs(scenario)).inputs) if (flip.distance !== null) expect(Number.isFinite(flip.distance)).toBe(true);
    }
    expect(appWork(scenario)).toBeNull();
  });
});

describe('the Monte Carlo keeps totals beyond the 32-bit range (found by the new on-opening check: bands of Infinity)', () => {
  it('a total cost of about 1.7e45 (pay doubling and demand growing elevenfold every year for 30 years) stays finite in the samples and fans', () => {
    const scenario = loadScenario({
      years: 30, salaryGrowth: 1, demand: { growth: 10 }, policy: { headcount: 'matchDemand', hireLimit: null },
      teams: [{ name: 'A', engineers: 10 }], uncertainty: { ranges: { 'productivity.reworkShare': [0, 0.2] } },
    });
    const final = simulateOpened(scenario).years.at(-1)!.totalCost!;
    // Beyond the largest 32-bit float, 3.4e38, where a Float32Array holds Infinity.
    expect(final).toBeGreaterThan(1e45);
    const run = runUncertainty(scenario, { samples: 20, metrics: ['totalCost', 'engineers'] });
    expect(run.values.totalCost).toBeInstanceOf(Float64Array);
    // The engineers stay within 32-bit range and keep the smaller array.
    expect(run.values.engineers).toBeInstanceOf(Float32Array);
    expect([...run.values.totalCost!].every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(run.bands.totalCost!.p90.at(-1)!)).toBe(true);
    // The rework share moves cost by at most a few percent either way: the fan is around the deterministic total.
    expect(run.bands.totalCost!.p50.at(-1)! / final).toBeGreaterThan(0.9);
    expect(run.bands.totalCost!.p50.at(-1)! / final).toBeLessThan(1.1);
    expect(appWork(scenario)).toBeNull();
  });
});

describe('sums over the years stop at the largest double (npm run fuzz -- --only link --runs 100000 --seed 20261203: cumulativeOutput was Infinity)', () => {
  // The fuzzer's link: the salary cut by 100% under holdBudget sends output to 2.89e307 a year, finite, but 30 such
  // years add up to 8.7e308, past the largest double (1.8e308).
  const LINK = '?p=half-salary-tokens&v=2&m=2&s=N4IgLglmA2CmIC4QBUD2ATAhgT0JgEBnAAjGwAcIBjTaQgQQElD9TYA7dEAGhHVnwoBOEUpFStEIQoD4NwBk7gbFJAvj+AaDcCBuxTH4wAgK4UwqAVxD5U2gRT6IA2qGiYARrGgTAvBuAAPfeeP3r75-+-QIDgoNCQ8LDIiOio2Jj4uMSE5KTUlOijM2ckAAswMFIEAHoiigAKewB1AAZ7AAF6ACkAMSMsMHgkDswAWxzMfAB5AHdWAAUBVBYBEkIQAF8AXW4KMwE2CmwJAA0ANQBNI01MGf3YE8QARgBOaurubHOBfEQAZnvwc56XhFs2AHMwDkrtxWL1OlYQABRVj-CCsWCwISwkDLYzUE5bBBWS4AVlxd2qaPsYm0+AASpgOtZqgA6aqvNGwACO2ig2DGSLOF2xRO4YgAwqhNJTqbzaQAmRnzbj4DECbAAcUmwyBiAAtHTcdwepgwf8kT9QMw9crUKrgQhNbTtei7ArRRBUFcZcYWBQINQIJojSBpgBZCDQaBO1gAZRY7BBdsxjudCFxtIAHEmAOxJgBsuIlOaT+OuEqTsHVNwzrv0AGs2L77Np0AawG96bjXq8k1KACxJu5pjPVXHFiXXJPcWv12BgM0WjV067cUhCCycgSB4Ohq6EwnzxewAAisAoIYRGsuo7rDforAAqvhOhnaR2Oxmk8P3hnLknXpdLqmByXh9wZKYAaEbrJgHAIK8roLhguiQAAbuyiCgLqAAe-raNAkCkCGSJXLSZbzqgIabMhIA5Oc6DqNorCNrkxHoAAQueE5GFSWhQOuCAfHY2CoAAZvxPxaNosCyrA8FInqFj+mIQI-K83A5BAyL-EKIpUp0lyuvgOSoBQFY-DYICPDyNx3Cs2h0aeIBwJJhhIHK9pbDKoCmQ55kfKsdE8RJeG5JR1G0QsnBuU8iA5hZIDedGdn+TGCoLGiNEWDMmDwiQZFyj0OGWAgNm3rAEEdpcGavOmlwSh2c4gAIeoGka8xNUAA';

  it('is refused as a scenario that cannot be computed, naming what went past the largest double', () => {
    // Every year of its output is finite and the sum stops at the largest double (columnSum, below), but its span
    // of control halves every year, so its managers pass 1e308 and its cost is NaN (0 salary × Infinity): the
    // parser refuses it (src/scenario/computable.ts) rather than let the model show a NaN.
    const opened = decodeLink(LINK);
    expect(opened.scenario ?? null).toBeNull();
    const text = JSON.stringify(opened.notices);
    expect(text).toContain('grow past what can be computed');
    expect(text).toContain('(scenario)');
  });

  it('the run’s other failure: hires near 1e307 for years summed to Infinity; now every number of the result is finite', () => {
    const result = simulateOpened(decodeLink('?v=2&m=2&s=N4IgLglmA2CmIC4QgDQgCawM4GMBOEADpAPYB2iIAkmQGYRlQCegt9uAuu4Aebgr-uB6G4EM7gc23AfnuoQWEgFc8ObIgDaoaAEMARrGiVAKxuBW3cBM24BrdwPhbgAX3RUjUgAWYMISwIA9A4BMEACoBeAAaj0SsPBIIAC+KIqq6pSAYeCAcYCAAl+ARBuArvseAIwA1KkAZA6AtluAITuA0NuALzuAYZuAx3uA4BuAV3shYSDKahbIaOaU1rb2Tlm+-oEggCLbgPW7AoBH+4Bxm4A8u4CbW4BmO4DjG4D7O4DAG4BKe4CBW4ByO3XhTZRmeM0ddo4OKABSACwAAhKXXh7nABroIQC6aDhSeLBkOEyUJ4AUQA6qImLAlHgsIgABxoLBKZR4JgAcTwJAA7mBLIhUmgALZKMhKADmsGhiFAWEIxPRWJxeNCYkIsBwECRECwYBhCFArLwAFkINBoBByABlVlkV4IAAMCKRUKYACV-OLEABmAB0zgArAB2ACcerlzkul1hBoAbLDYXLNbAALTOE3MsAkADWv15oBUEnQ5LAeO1cqNl01zlScpjBoNUaNmutztd8JA-sDsDA9OxuIQTrl2qNaAzQZoAFUsIE9drLoa9alYXrrXG5alLY6XZriyAJIjyVKfkpZYWY2Po2PJ1PNXKDZ9JGQwABBLAABSUAIQYDwElgJd+sHoYDcSgAHmqAiGm7PLS265HNZHnakDbDmYQMegJDhIAA3ZhUiAsCnh+2BYOKFBIIA9JuAM-7gDzW4AaTuAMHbgDpu4AjVuAJZ7gCSW4AcruAMpbgD3O4A2huAFo7ohEqegoSNAkCEGKFKIIW+IgJYSK0KiSgMG4Xo+niaCsdA7GcWQOaMvmhY9sOJDEBBACakKUggM5oHRxIADIKYwZCknxIA-JiJB4J6EqsT8jFFnqzKYESMqAaSGK5rp6hKNyEDsmAm6pO+JBiv8gGWJC6A4AuwZWD56AAEIBkGoj+NuUAQbplgQAQ2kAMIkNyF6BF5CKWCQOCeryCggBCUJ4kaMafBIoXMXAv4MUgiLIgCoSgGVeAVVVIBfKFOphtGsItk21rOAaDrWp2+pzg0sANZ1ViBcFEiLjspUKRVcbVbVaD1Y1LFLSF7ytH8FJgMJHmAYiBJ0bICAmo+zFVrAspGsEwRAA').scenario!);
    expect(result.summary.cumulativeHires).toBe(Number.MAX_VALUE);
    expect(nonFinite(result)).toBeNull();
  });

  it('columnSum: thirty years of 1e307 add up to the largest double, of either sign; a finite sum is exact', () => {
    const cols = (value: number): Columns => ({ years: 30, teamCount: 0, data: new Float64Array(30).fill(value) });
    expect(columnSum(cols(1e307), 0, 0)).toBe(Number.MAX_VALUE);
    expect(columnSum(cols(-1e307), 0, 0)).toBe(-Number.MAX_VALUE);
    expect(columnSum(cols(0.5), 0, 0)).toBe(15);
  });
});

describe('one value encoded twice (the fuzzer’s encodeOneValueAgain), not only the whole query', () => {
  it('encodes just that value again: the title, the compact payload, or a parameter by its place', () => {
    expect(encodeOneValueAgain('?p=x&title=a%20b&years=3', 'title')).toBe('?p=x&title=a%2520b&years=3');
    expect(encodeOneValueAgain('?p=x&s=N4Ig%2B', 's')).toBe('?p=x&s=N4Ig%252B');
    expect(encodeOneValueAgain('?p=x&s=N4Ig+', 's')).toBe('?p=x&s=N4Ig%252B');
    expect(encodeOneValueAgain('?p=x&t0.name=%3Cb%3E', 1)).toBe('?p=x&t0.name=%253Cb%253E');
    expect(encodeOneValueAgain('?p=x', 'title')).toBe('?p=x');
  });

  it('a twice-encoded title opens as the text it then spells; a twice-encoded payload is refused whole as damaged', () => {
    expect(decodeLink('?p=typical-spend&title=a%2520b').scenario!.title).toBe('a%20b');
    const payload = encodeLink(loadScenario({ title: 'x y', teams: [{ name: 'A' }, { name: 'B' }] }), 'typical-spend', { form: 'compact' });
    expect(payload).toContain('+');
    const again = encodeOneValueAgain(payload, 's');
    expect(again).toContain('%252B');
    const decoded = decodeLink(again);
    expect(decoded.scenario).toBeNull();
    expect(decoded.notices).toMatchObject([{ kind: 'error', code: 'damaged' }]);
  });
});
