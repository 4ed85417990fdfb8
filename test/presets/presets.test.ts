// Every preset against its hand-worked expectations (test/presets/<id>.check.json,
// format in checks.ts), plus what every preset must carry: a description a
// journalist can quote, dated sources, and a range on every assumption that
// can move its headline by more than one role (assumptions.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, PRESETS, getPreset } from '../../src/scenario/allPresets';
import { PRESET_INDEX } from '../../src/scenario/presetIndex';
import { loadScenario } from '../../src/scenario/parse';
import { getPath, setPath } from '../../src/scenario/paths';
import { YEAR_METRICS, simulate } from '../../src/model';
import { describeCheck, evaluate, evaluationOf, parseCheckFile, type CheckFile } from './checks';
import { ASSUMPTIONS, swings } from './assumptions';

const root = (dir: string) => fileURLToPath(new URL(`../../${dir}/`, import.meta.url));
const scenarioFiles = readdirSync(root('scenarios')).filter((f) => f.endsWith('.json')).sort();
const checkDir = root('test/presets');
const checkFiles = readdirSync(checkDir).filter((f) => f.endsWith('.check.json')).sort();
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('the preset registry', () => {
  it('lists every scenarios/*.json file once, by its kebab-case file name', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(scenarioFiles.map((f) => f.replace(/\.json$/, '')));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists them in the index the first screen carries, by the titles their files give', () => {
    expect(PRESETS.map((p) => ({ id: p.id, title: p.scenario.title }))).toEqual(PRESET_INDEX.map(({ id, title }) => ({ id, title })));
  });

  it('holds at least the nine presets the product promises', () => {
    for (const id of ['status-quo', 'typical-spend', 'half-salary-tokens', 'tokens-above-salary', 'evidence-central', 'one-does-three',
      'downturn-cut-tokens', 'downturn-cut-pay', 'downturn-cut-people', 'works-agreement', 'rosy-plan']) {
      expect(getPreset(id), id).toBeDefined();
    }
    expect(getPreset('no-such-preset')).toBeUndefined();
  });

  it('opens with typical-spend: the schema defaults but for its texts, its ranges and what the schema cannot default', () => {
    expect(DEFAULT_PRESET_ID).toBe('typical-spend');
    const preset = getPreset(DEFAULT_PRESET_ID)!.scenario;
    const defaults = loadScenario({});
    // The differences allowed, each for a reason:
    const ALLOWED = [
      'title', 'description', 'sources', // the preset's texts
      'uncertainty.ranges', // the ranges of its assumptions (assumptions.ts)
      // The spend already in use before the start year: its unit follows budgetMode (money or a share
      // of salary), so the schema defaults it to 0 and the preset sets it from evidence.
      'tokens.budgetInUse',
    ];
    let rest = preset;
    for (const path of ALLOWED) rest = setPath(rest, path, getPath(defaults, path));
    expect(rest).toEqual(defaults);
    expect(preset.tokens.budgetInUse).toBeGreaterThan(0);
    expect(preset.tokens.budgetInUse).toBeLessThanOrEqual(preset.tokens.budget);
    expect(preset.description.length).toBeGreaterThan(0);
    expect(preset.sources.length).toBeGreaterThan(0);
  });

  it('freezes presets, so no caller can change them for the next', () => {
    const preset = getPreset('status-quo')!;
    expect(() => {
      (preset.scenario.teams[0] as { salary: number }).salary = 1;
    }).toThrow(TypeError);
    expect(preset.scenario.teams[0].salary).toBe(155_000);
  });
});

describe.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', (id, { scenario }) => {
  it('has a quotable description and dated sources', () => {
    expect(scenario.title.trim().length).toBeGreaterThan(5);
    // 2–4 plain sentences: long enough to say what is assumed and what it shows, short enough to quote.
    expect(scenario.description.length).toBeGreaterThan(150);
    expect(scenario.description.length).toBeLessThan(900);
    expect(scenario.description).not.toMatch(/[<>*_`#]/); // plain text, no markup
    expect(scenario.sources.length).toBeGreaterThan(0);
    for (const source of scenario.sources) {
      expect(source.label.trim().length).toBeGreaterThan(10);
      expect(source.date, source.label).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      // Every source is tagged with its evidence grade (research/evidence.md).
      expect(source.label, source.label).toMatch(/\[(P|S|D|A|K)([/, ]+[PSDAK])*\]/);
    }
  });

  it('reads the same from its file and after a round trip through JSON', () => {
    const fromFile = loadScenario(readJson(`${root('scenarios')}${id}.json`));
    expect(fromFile).toEqual(scenario);
    const again = loadScenario(JSON.parse(JSON.stringify(scenario)));
    expect(simulate(again).years).toEqual(simulate(scenario).years);
  });

  it('gives uncertainty ranges that contain its own value', () => {
    for (const [path, [low, high]] of Object.entries(scenario.uncertainty.ranges)) {
      const value = getPath(scenario, path) as number;
      expect(value, path).toBeGreaterThanOrEqual(low);
      expect(value, path).toBeLessThanOrEqual(high);
    }
  });

  it('simulates to finite numbers in every year and team', () => {
    const result = simulate(scenario);
    for (const rows of [result.years, ...result.teams.map((t) => t.years)]) {
      for (const row of rows) {
        for (const metric of YEAR_METRICS) {
          const value = row[metric];
          if (metric === 'tokensExceedSalary') expect(typeof value).toBe('boolean');
          else expect(Number.isFinite(value), `${row.year} ${metric}`).toBe(true);
        }
      }
    }
  });

  it('gives a range to every assumption that moves the final year’s roles by more than one', () => {
    // swings(): each row of ASSUMPTIONS at its low and its high (their sources are in assumptions.ts).
    const unranged = swings(scenario)
      .filter((w) => w.swing > 1 && !scenario.uncertainty.ranges[w.path])
      .map((w) => `${w.path} [${w.low}, ${w.high}] moves roles by ${w.swing.toFixed(2)}`);
    expect(unranged).toEqual([]);
  });

  it('is in schema version 2 in its file', () => {
    expect((readJson(`${root('scenarios')}${id}.json`) as { schemaVersion?: unknown }).schemaVersion).toBe(2);
  });

  it('has a check file', () => {
    expect(checkFiles).toContain(`${id}.check.json`);
  });
});

describe('the assumptions table', () => {
  it('cites a source and gives a low below the high for each row', () => {
    for (const a of ASSUMPTIONS) {
      expect(a.source, a.path).toMatch(/\[(P|S|D|A|K)([/, ]+[PSDAK])*\]/);
      if (typeof a.range !== 'function') expect(a.range[0], a.path).toBeLessThan(a.range[1]);
    }
  });

  it('holds no decision of the company: those are the scenario’s question, not its doubt (docs/sources.md)', () => {
    // A range on the budget or the policy would mix other choices into the fan of this one.
    const DECISIONS = ['tokens.budget', 'tokens.budgetGrowth', 'policy.headcount', 'policy.layoffs', 'policy.hireLimit'];
    expect(ASSUMPTIONS.map((a) => a.path).filter((p) => DECISIONS.includes(p))).toEqual([]);
  });

  it('finds the swings of the default scenario that the issue measured (evidence §10)', () => {
    // Defaults without any spend in use: demand growth 0–5% and elasticity 0–1.5 each move roles by several.
    const bySwing = Object.fromEntries(swings(loadScenario({})).map((w) => [w.path, w.swing]));
    expect(bySwing['demand.growth']).toBeGreaterThan(3);
    expect(bySwing['demand.elasticity']).toBeGreaterThan(3);
    expect(bySwing['managers.spanOfControl']).toBeLessThan(1);
  });
});

const parsedChecks: [string, CheckFile][] = checkFiles.map((f) => [f, parseCheckFile(readJson(checkDir + f), f)]);

describe.each(parsedChecks)('%s', (file, { preset = '', checks }) => {
  it('names the preset of its file name', () => {
    expect(`${preset}.check.json`).toBe(file);
    expect(getPreset(preset), `no preset "${preset}"`).toBeDefined();
  });

  const found = getPreset(preset);
  if (!found) return;
  const ev = evaluationOf(found.scenario);
  it.each(checks.map((c) => [describeCheck(c), c] as const))('%s', (_label, check) => {
    expect(evaluate(check, ev)).toEqual([]);
  });
});
