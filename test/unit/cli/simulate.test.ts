// The command-line runner against PRODUCT.md's contract: JSON years/teams/summary
// with every metric, CSV one row per year, bad input exits 2 with a message
// naming the field. The contract cases spawn the built program as a user runs
// it; the rest call run() in-process, which is quicker to set up and to read.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { YEAR_METRICS, simulate } from '../../../src/model';
import { getPreset } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import { cli, runIn, tempFolder } from './helpers';

const { dir, file } = tempFolder('simulate-cli-');

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+[:(]/m);

describe('simulate CLI', { timeout: 60_000 }, () => {
  it('prints JSON for a preset: every metric in every year row, each team, the summary', () => {
    const { code, stdout, stderr } = cli(['--preset', 'juniors-and-seniors', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const expected = simulate(getPreset('juniors-and-seniors')!.scenario);
    expect(out.years.map((r: { year: number }) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const row of [...out.years, ...out.teams.flatMap((t: { years: unknown[] }) => t.years)]) {
      expect(Object.keys(row)).toEqual(['year', ...YEAR_METRICS]);
    }
    expect(out.years).toEqual(expected.years);
    expect(out.teams.map((t: { name: string }) => t.name)).toEqual(['Juniors', 'Seniors']);
    expect(out.teams[1].years).toEqual(expected.teams[1].years);
    expect(out.summary).toEqual(expected.summary);
    expect(out.frontier.year).toBe(2030);
    expect(out.frontier.optimumBudget).toBeGreaterThan(0);
    expect(out.scenario.title).toBe('Juniors gain more than seniors');
  });

  it('prints CSV for a file: the header, then one row per year (and per team with --teams)', async () => {
    const path = file('two-teams.json', JSON.stringify({ years: 3, teams: [{ name: 'A' }, { name: 'B, Berlin' }] }));
    const totals = cli([path, '--format=csv']);
    expect(totals.code).toBe(0);
    const lines = totals.stdout.split('\r\n');
    expect(lines[0]).toBe(['year', ...YEAR_METRICS].join(','));
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2026', '2027', '2028', '']);
    const teams = (await runIn(['--format', 'csv', '--teams', path])).stdout.split('\r\n');
    expect(teams[0]).toBe(['team', 'year', ...YEAR_METRICS].join(','));
    expect(teams.slice(1, -1).map((l) => l.slice(0, l.indexOf(',20') + 5))).toEqual([
      'total,2026', 'total,2027', 'total,2028', 'A,2026', 'A,2027', 'A,2028', '"B, Berlin",2026', '"B, Berlin",2027', '"B, Berlin",2028',
    ]);
  });

  it('reads standard input for "-"', () => {
    const { code, stdout } = cli(['-', '--format', 'csv'], JSON.stringify({ years: 2, teams: [{}] }));
    expect(code).toBe(0);
    expect(stdout.split('\r\n')).toHaveLength(4);
  });

  it('refuses an invalid scenario with exit code 2 and a message naming the field', () => {
    const path = file('bad.json', JSON.stringify({ teams: [{ salary: -5 }], tokens: { budgt: 1 } }));
    const { code, stdout, stderr } = cli([path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('teams[0].salary: must be at least 0, got -5');
    expect(stderr).toContain('tokens.budgt: is not a known field');
    noStackTrace(stderr);
  });

  it('refuses a missing file and a file that is not JSON, with exit code 2', async () => {
    const missing = await runIn([join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/);
    const broken = await runIn([file('broken.json', '{ "teams": [ ')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
    noStackTrace(missing.stderr + broken.stderr);
  });

  it('refuses an unknown preset, listing the real ones', () => {
    const { code, stdout, stderr } = cli(['--preset', 'no-such-preset']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no preset called "no-such-preset"');
    expect(stderr).toContain('typical-spend');
  });

  it('refuses an unknown flag and a bad format', async () => {
    const flag = await runIn(['--preset', 'status-quo', '--fromat', 'csv']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option --fromat');
    const format = await runIn(['--preset', 'status-quo', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be json or csv, got "xml"');
  });

  it('runs a custom curve with the formula engine', async () => {
    // The saturating curve written as a formula gives the built-in curve's numbers.
    const custom = { curve: 'custom', expression: '1 + (maxMultiplier - 1) * (1 - 2^(-T / half))' };
    const path = file('custom.json', JSON.stringify({ productivity: custom }));
    const { code, stdout, stderr } = await runIn([path]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const years = JSON.parse(stdout).years as { multiplier: number }[];
    // The same scenario with the built-in curve (the spread of use averages either one over the same nodes).
    const builtIn = simulate(loadScenario({})).years;
    years.forEach((row, t) => expect(row.multiplier).toBeCloseTo(builtIn[t].multiplier!, 12));
  });

  it('refuses a formula the sandbox does not allow, naming the team whose formula it is', async () => {
    const path = file('bad-formula.json', JSON.stringify({ teams: [{}, { productivity: { curve: 'custom', expression: 'import(T)' } }] }));
    const { code, stdout, stderr } = await runIn([path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^ {2}teams\[1\]\.productivity\.expression: "import" is not allowed/m);
  });

  it('prints help with the presets', async () => {
    const { code, stdout } = await runIn(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('npm run simulate -- FILE.json');
    expect(stdout).toContain('one-does-three');
  });

  // --samples and --seed (the "uncertainty" output): test/unit/cli/uncertainty.test.ts.
});

describe('a version 1 file (issue 8: the notice a version 1 link gets)', () => {
  const v1 = (name: string, doc: object) => file(name, JSON.stringify({ schemaVersion: 1, years: 3, ...doc }));

  it('says on stderr where its numbers differ from version 1’s, and runs with exit code 0', async () => {
    // A headcount cut under matchDemand is now an event the policy answers: MODEL.md §0.
    const path = v1('v1-cut.json', { policy: { headcount: 'matchDemand' }, shocks: [{ year: 2027, cut: 0.2, lever: 'headcount' }] });
    const { code, stdout, stderr } = await runIn([path]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `note: ${path} is a schema version 1 file. This scenario was made with model version 1, and some of its numbers differ now: ` +
        'a headcount cut is now a one-off event that the staffing policy answers in later years (version 1 kept it as a permanent cut).\n',
    );
    expect(JSON.parse(stdout).scenario.schemaVersion).toBe(2);
  });

  it('says its numbers are version 1’s where nothing differs, also for CSV', async () => {
    const { code, stdout, stderr } = await runIn([v1('v1-plain.json', {}), '--format', 'csv']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^note: .*v1-plain\.json is a schema version 1 file\. This scenario was made with model version 1\. .* so its numbers are the same\.\n$/);
    expect(stdout.split('\r\n')[0]).toMatch(/^year,/);
  });

  it('says nothing for a version 2 file, or one without schemaVersion (read as the current version)', async () => {
    for (const doc of [{ schemaVersion: 2, years: 3 }, { years: 3 }]) {
      const { code, stderr } = await runIn([file('current.json', JSON.stringify(doc))]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
    }
  });
});

describe('what would have to be true (MODEL.md §6) in the JSON', () => {
  it('prints "flips" for both lens headlines, each input with its flip value, closest first', async () => {
    const { code, stdout } = await runIn(['--preset', 'typical-spend']);
    expect(code).toBe(0);
    const { flips } = JSON.parse(stdout) as { flips: { metric: string; threshold: number; year: number; inputs: { path: string; flip: number | null; distance: number | null }[] }[] };
    expect(flips.map((f) => [f.metric, f.threshold])).toEqual([
      ['rolesAtRisk', 0.5],
      ['costPerOutputVsNoAI', 0],
    ]);
    const paths = flips[0].inputs.map((i) => i.path);
    expect(paths).toContain('demand.growth');
    expect(paths).toContain('demand.elasticity');
    const distances = flips[0].inputs.filter((i) => i.distance !== null).map((i) => i.distance!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('leaves them out with --no-flips', async () => {
    const { stdout } = await runIn(['--preset', 'typical-spend', '--no-flips']);
    expect(JSON.parse(stdout).flips).toBeUndefined();
  });

  it('prints the frontier of each team too', async () => {
    const { stdout } = await runIn(['--preset', 'juniors-and-seniors']);
    const { frontier } = JSON.parse(stdout);
    expect(frontier.teams.map((t: { name: string }) => t.name)).toEqual(['Juniors', 'Seniors']);
    expect(frontier.teams[0].optimumBudget).toBeGreaterThanOrEqual(0);
  });
});
