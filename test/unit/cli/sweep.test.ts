// `--sweep`: NDJSON in (a scenario or a change set a line), NDJSON or CSV out,
// one row per line and year, in input order; bad lines reported with their
// number and field and skipped; --jobs N on worker threads printing exactly
// what one thread prints. The spawned cases run the built program; the rest
// call run() in-process.
import { describe, expect, it } from 'vitest';
import { YEAR_METRICS, simulate } from '../../../src/model';
import { getPreset } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import { parseFieldPath, setIn } from '../../../src/state/fieldPath';
import type { Scenario } from '../../../src/scenario/schema';
import { cli, parseCsv, runIn, tempFolder } from './helpers';

const folder = tempFolder('simulate-sweep-');
const ndjson = (name: string, lines: readonly unknown[]) => folder.file(name, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
const rowsOf = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

const typical = getPreset('typical-spend')!.scenario;
/** What a change set means: the preset with its defaults, each path set in turn, validated. */
const changed = (base: Scenario, set: Record<string, unknown>) =>
  loadScenario(Object.entries(set).reduce<unknown>((s, [path, value]) => setIn(s, parseFieldPath(path), value), base));

const GOOD_AND_BAD = [
  { id: 'base', preset: 'typical-spend' },
  { id: 'cheap', preset: 'typical-spend', set: { 'tokens.budget': 5000, 'teams[0].engineers': 50 } },
  '',
  { preset: 'no-such-preset' },
  { id: 7, preset: 'typical-spend', set: { 'tokens.budget': 5e12 } },
  '{ "preset": "typical-spend", ',
  { years: 2, teams: [{ name: 'Berlin, Mitte', engineers: 12 }] },
];

describe('sweep', { timeout: 120_000 }, () => {
  it('spawned: prints the good lines’ rows and reports the bad ones by line number and field, in input order', () => {
    const { code, stdout, stderr } = cli(['--sweep', ndjson('mixed.ndjson', GOOD_AND_BAD)]);
    expect(code).toBe(2);
    const rows = rowsOf(stdout);
    expect(rows.map((r) => `${r.line}:${r.year}`)).toEqual([
      ...[2026, 2027, 2028, 2029, 2030].map((y) => `1:${y}`),
      ...[2026, 2027, 2028, 2029, 2030].map((y) => `2:${y}`),
      '7:2026',
      '7:2027',
    ]);
    expect(Object.keys(rows[0])).toEqual(['line', 'id', 'year', ...YEAR_METRICS]);
    expect(rows.map((r) => r.id)).toEqual([...Array(5).fill('base'), ...Array(5).fill('cheap'), null, null]);
    // The numbers are the engine's, for the scenario the line describes.
    const { line: _l, id: _i, ...cheap2030 } = rows[9];
    expect(cheap2030).toEqual(simulate(changed(typical, { 'tokens.budget': 5000, 'teams[0].engineers': 50 })).years[4]);
    expect(stderr.split('\n')).toEqual([
      'line 4: preset: no preset called "no-such-preset" (--help lists them)',
      'line 5 (id 7): tokens.budget: must be at most 1000000000, got 5000000000000',
      expect.stringMatching(/^line 6: is not valid JSON: /),
      '',
    ]);
  });

  it('spawned: --jobs 2 prints exactly what --jobs 1 prints, bands, team rows and refusals included', () => {
    const lines = Array.from({ length: 24 }, (_, i) =>
      i % 7 === 3
        ? { id: `bad-${i}`, set: { 'teams[0].engineers': -i } }
        : { id: `b${i}`, set: { 'tokens.budget': 2000 * i, 'demand.growth': 0.01 * (i % 5) } },
    );
    const file = ndjson('jobs.ndjson', lines);
    const args = ['--sweep', file, '--preset', 'juniors-and-seniors', '--teams', '--samples', '300', '--seed', '4'];
    const one = cli([...args, '--jobs', '1']);
    const two = cli([...args, '--jobs', '2']);
    expect(one.code).toBe(2);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr.split('\n').filter(Boolean)).toEqual(
      [3, 10, 17].map((i) => `line ${i + 1} (id "bad-${i}"): teams[0].engineers: must be at least 0, got ${-i}`),
    );
    // 21 good lines × (5 years of totals + 2 teams × 5 years).
    expect(rowsOf(one.stdout)).toHaveLength(21 * 15);
  });

  it('spawned: reads its lines from standard input for "-", and exits 0 when every line ran', () => {
    const { code, stdout, stderr } = cli(['--sweep', '-', '--format', 'csv'], '{"preset":"status-quo"}\r\n{"preset":"flat-budget","id":"f"}\r\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const table = parseCsv(stdout);
    expect(table[0]).toEqual(['line', 'id', 'year', ...YEAR_METRICS]);
    expect(table.slice(1).map((r) => `${r[0]}${r[1]}`)).toEqual([...Array(5).fill('1'), ...Array(5).fill('2f')]);
  });

  it('CSV and NDJSON read back into the same table', async () => {
    const file = ndjson('formats.ndjson', GOOD_AND_BAD);
    for (const extra of [[], ['--teams'], ['--samples', '200']]) {
      const json = rowsOf((await runIn(['--sweep', file, ...extra])).stdout);
      const [header, ...cells] = parseCsv((await runIn(['--sweep', file, '--format', 'csv', ...extra])).stdout);
      expect(header).toEqual(Object.keys(json[0]));
      expect(cells).toHaveLength(json.length);
      cells.forEach((row, r) => {
        header.forEach((column, c) => {
          const value = json[r][column];
          // A CSV cell is the JSON value as text: numbers read back exactly, null is empty.
          if (value === null) expect(row[c], `${r} ${column}`).toBe('');
          else if (typeof value === 'number') expect(Number(row[c]), `${r} ${column}`).toBe(value);
          else expect(row[c], `${r} ${column}`).toBe(String(value));
        });
      });
    }
  });

  it('applies a change set to its base in order: a team’s override, a new team, the command line’s --preset', async () => {
    const set = { 'teams[1].tokens.budget': 9000, 'teams[2]': { name: 'New', engineers: 3 }, 'policy.headcount': 'matchDemand' };
    const file = ndjson('changes.ndjson', [{ id: 1.5, set }, { scenario: { years: 3 }, set: { 'teams[0].salary': 70000 } }]);
    const { code, stdout, stderr } = await runIn(['--sweep', file, '--preset', 'juniors-and-seniors', '--teams']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = rowsOf(stdout);
    const expected = simulate(changed(getPreset('juniors-and-seniors')!.scenario, set));
    const first = rows.filter((r) => r.line === 1);
    expect(first.map((r) => r.team)).toEqual([...Array(5).fill('total'), ...Array(5).fill('Juniors'), ...Array(5).fill('Seniors'), ...Array(5).fill('New')]);
    expect(first.every((r) => r.id === 1.5)).toBe(true);
    first.forEach((row, i) => {
      const { line: _l, id: _i, team: _t, ...metrics } = row;
      expect(metrics).toEqual(i < 5 ? expected.years[i] : expected.teams[Math.floor(i / 5) - 1].years[i % 5]);
    });
    const second = rows.filter((r) => r.line === 2 && r.team === 'total');
    expect(second.map((r) => r.salaryCost)).toEqual(simulate(loadScenario({ years: 3, teams: [{ salary: 70000 }] })).years.map((y) => y.salaryCost));
  });

  it('adds the bands of the single run’s --samples/--seed to the totals rows (team rows leave them empty)', async () => {
    const file = ndjson('bands.ndjson', [{ preset: 'evidence-central' }]);
    const rows = rowsOf((await runIn(['--sweep', file, '--samples', '300', '--seed', '4', '--teams'])).stdout);
    const single = JSON.parse((await runIn(['--preset', 'evidence-central', '--samples', '300', '--seed', '4'])).stdout).uncertainty.years;
    const totals = rows.filter((r) => r.team === 'total');
    totals.forEach((row, t) => {
      for (const metric of ['rolesAtRisk', 'totalCost', 'costPerOutput'] as const) {
        expect([row[`${metric}_p10`], row[`${metric}_p50`], row[`${metric}_p90`]]).toEqual([single[t][metric].p10, single[t][metric].p50, single[t][metric].p90]);
      }
    });
    expect(rows.filter((r) => r.team !== 'total').every((r) => r.rolesAtRisk_p50 === null)).toBe(true);
    const banded = YEAR_METRICS.filter((m) => m !== 'tokensExceedSalary');
    expect(Object.keys(totals[0])).toEqual(['line', 'id', 'team', 'year', ...YEAR_METRICS, ...banded.flatMap((m) => [`${m}_p10`, `${m}_p50`, `${m}_p90`])]);
  });

  it.each([
    [{ preset: 'typical-spend', set: { 'teams[3].engineers': 5 } }, 'set["teams[3].engineers"]: there is no teams[3]: teams has 1 item (teams[0]); to add one, set "teams[1]" to a whole item first'],
    [{ preset: 'typical-spend', set: { 'tokens.budget.daily': 5 } }, 'set["tokens.budget.daily"]: tokens.budget is a number, not a block of fields'],
    [{ preset: 'typical-spend', set: { 'tokens..budget': 5 } }, 'set["tokens..budget"]: is not a field path (for example "tokens.budget" or "teams[0].engineers")'],
    [{ preset: 'typical-spend', set: { '__proto__.polluted': 1 } }, 'set["__proto__.polluted"]: is not an allowed field name'],
    [{ preset: 'typical-spend', set: { 'tokens.budgt': 5 } }, 'tokens.budgt: is not a known field'],
    [{ preset: 'typical-spend', set: [1] }, 'set: must be an object of field paths and values, such as {"tokens.budget": 5000}, got [1]'],
    [{ preset: 'typical-spend', years: 3 }, 'years: is not a field of a change set (id, preset, scenario, set); scenario fields go in "set" or "scenario"'],
    [{ preset: 'typical-spend', scenario: {} }, 'preset, scenario: give one base for the change set, not both'],
    [{ set: { 'tokens.budget': 1 } }, 'preset: a change set needs a base: "preset": NAME or "scenario": {…} in the line, or --preset NAME on the command line'],
    [{ scenario: { teams: [{ salary: -1 }] } }, 'scenario.teams[0].salary: must be at least 0, got -1'],
    [{ preset: 5 }, 'preset: must be the name of a preset, got 5'],
    [{ id: { a: 1 }, preset: 'typical-spend' }, 'id: must be text (up to 200 characters) or a number, got {"a":1}'],
    [[1, 2], 'must be a JSON object (a scenario, or a change set with "preset", "scenario" or "set"), got [1,2]'],
    [{ productivity: { curve: 'custom', expression: 'import(T)' } }, /^line 1: productivity\.expression: "import" is not allowed/],
  ])('refuses %j, naming the field, and goes on', async (bad, message) => {
    const file = ndjson('bad.ndjson', [bad, { id: 'after', preset: 'status-quo' }]);
    const { code, stdout, stderr } = await runIn(['--sweep', file]);
    expect(code).toBe(2);
    if (typeof message === 'string') expect(stderr).toBe(`line 1: ${message}\n`);
    else expect(stderr).toMatch(message);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(rowsOf(stdout).map((r) => r.id)).toEqual(Array(5).fill('after'));
  });

  it('streams: a line’s rows are written before the next line is read', async () => {
    let stdout = '';
    const seen: number[] = [];
    async function* lines() {
      for (let i = 0; i < 3; i++) {
        // What was written by the time line i + 1 is handed over.
        seen.push(stdout.split('\n').filter(Boolean).length);
        yield JSON.stringify({ preset: 'status-quo' });
      }
    }
    const { run } = await import('../../../src/cli/simulate');
    const code = await run(['--sweep', '-'], { stdout: (t) => void (stdout += t), stderr: () => {}, read: () => '', lines });
    expect(code).toBe(0);
    expect(seen).toEqual([0, 5, 10]);
  });

  it('refuses an unreadable file of lines with exit code 2', async () => {
    const { code, stderr } = await runIn(['--sweep', `${folder.dir}/none.ndjson`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: cannot read .*none\.ndjson: no such file/);
  });
});
