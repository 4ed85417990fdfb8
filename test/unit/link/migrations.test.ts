// Old links keep opening after the schema grows. Two parts: the real change
// from schema version 1 to 2 (a version 1 link opens on the preset as version
// 1 released it, every new field neutral, so it shows the numbers it was made
// with), and the migration mechanism itself, read by a (test-only) version 3
// whose migration renames a parameter and converts a value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import {
  decodeLink, encodeLink, checkMigrations, mapCompactDiff, mapParam, migrateLink, renameParam,
  MIGRATIONS, PARAMS, RESERVED_PARAMS, RETIRED_PARAMS, type Migration, type ParamTable,
} from '../../../src/scenario/link';
import { SCHEMA_VERSION } from '../../../src/scenario/schema';
import { getPreset, DEFAULT_PRESET_ID } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import { simulate } from '../../../src/model';
import { simulate as simulateV1 } from '../../reference/v1/simulate';
import { scenarioSchema as v1Schema } from '../../reference/v1/schema';

const v1Preset = (id: string) => JSON.parse(readFileSync(join(__dirname, `../../reference/v1/scenarios/${id}.json`), 'utf8'));

describe('schema version 1 links (made before 2026-12-02)', () => {
  it('a readable link opens on the preset as version 1 had it, with its changes, and simulates to version 1’s numbers', () => {
    const link = '?p=typical-spend&v=1&m=1&priceDecline=0.25&demandGrowth=0.08';
    const back = decodeLink(link);
    expect(back.scenario).not.toBeNull();
    expect(back.presetId).toBe('typical-spend');
    const v1 = v1Schema.parse({ ...v1Preset('typical-spend'), tokens: { ...v1Preset('typical-spend').tokens, priceDecline: 0.25 }, demand: { growth: 0.08 } });
    const then = simulateV1(v1 as never);
    const now = simulate(back.scenario!);
    now.years.forEach((row, t) => {
      expect(row.rolesAtRisk).toBe(then.years[t].rolesAtRisk);
      expect(row.totalCost).toBe(then.years[t].totalCost);
    });
    // Version 1's defaults and neutral new fields, not today's recalibrated ones.
    expect(back.scenario!.teams[0].onCostRate).toBe(0.42);
    expect(back.scenario!.demand.elasticity).toBe(0);
    expect(back.scenario!.tokens.usageSpread).toBe(0);
  });

  it('says it was made with model version 1, and that its numbers are the same', () => {
    const back = decodeLink('?p=typical-spend&v=1&m=1&budget=3000');
    expect(back.notices).toEqual([{ kind: 'info', text: expect.stringContaining('made with model version 1'), code: 'modelV1Same' }]);
    expect(back.notices[0].text).toContain('its numbers are the same');
  });

  it('warns where its numbers differ: a headcount cut under a policy that rehires, or in the start year', () => {
    // The preset holds headcount, so its cut stays either way: the same numbers.
    expect(decodeLink('?p=downturn-cut-people&v=1&m=1').notices[0].kind).toBe('info');
    const back = decodeLink('?p=downturn-cut-people&v=1&m=1&headcount=matchDemand');
    expect(back.scenario).not.toBeNull();
    expect(back.notices).toHaveLength(1);
    expect(back.notices[0].kind).toBe('warning');
    expect(back.notices[0].text).toContain('a headcount cut is now a one-off event');
  });

  it('a compact link opens on the version 1 preset too, teams added included', () => {
    const base = loadScenario(v1Preset('typical-spend'));
    // What version 1 wrote: the diff from its preset (written here with today's encoder from a version 1 base).
    const edited = { ...base, teams: [...base.teams, { ...base.teams[0], name: 'Second', engineers: 5 }] };
    const compact = encodeLink(edited, 'typical-spend', { version: 1, modelVersion: 1, resolveBase: () => base, form: 'compact' });
    expect(compact).toMatch(/^\?p=typical-spend&v=1&m=1&s=/);
    const back = decodeLink(compact);
    expect(back.scenario!.teams.map((t) => [t.name, t.engineers, t.salary, t.onCostRate])).toEqual([
      ['Engineering', 40, 145_000, 0.42],
      ['Second', 5, 145_000, 0.42],
    ]);
  });

  it('a link without a preset is a diff from version 1’s defaults', () => {
    const back = decodeLink('?v=1&m=1&t0.engineers=12');
    expect(back.scenario!.teams[0]).toMatchObject({ engineers: 12, salary: 145_000, onCostRate: 0.42 });
  });

  it('every version 1 preset opens from a link with version 1’s numbers', () => {
    for (const id of ['status-quo', 'typical-spend', 'evidence-central', 'half-salary-tokens', 'rosy-plan', 'works-agreement', 'sweden-tokens-as-pay']) {
      const back = decodeLink(`?p=${id}&v=1&m=1`);
      const then = simulateV1(v1Schema.parse(v1Preset(id)) as never);
      expect(simulate(back.scenario!).years.map((r) => r.engineers), id).toEqual(then.years.map((r) => r.engineers));
      expect(simulate(back.scenario!).years.map((r) => r.totalCost), id).toEqual(then.years.map((r) => r.totalCost));
    }
  });
});

// Pretend version 3 (2099) renamed `demandGrowth` to `growth` and wrote
// priceDecline in percent; the scenario schema itself is unchanged, so the
// v3 reader must convert percent back to the fraction the engine takes. A v2
// link carries a fraction, which the migration turns into percent first.
const V3_PARAMS: ParamTable = {
  scenario: PARAMS.scenario.map((d) => {
    if (d.id === 'demandGrowth') return { ...d, id: 'growth' };
    if (d.id === 'priceDecline') {
      return {
        ...d,
        parse: (raw: string | undefined) => {
          const r = d.parse(raw);
          return r.kind === 'valid' ? { kind: 'valid' as const, value: (r.value as number) / 100 } : r;
        },
      };
    }
    return d;
  }),
  team: PARAMS.team,
};
const FAKE_V3: Migration[] = [
  ...MIGRATIONS,
  {
    from: 2,
    date: '2099-01-01',
    reason: 'test only: demandGrowth renamed growth; priceDecline written in percent',
    migrate: (payload) =>
      mapParam(renameParam(payload, 'demandGrowth', 'growth'), 'priceDecline', (raw) => String(Number(raw) * 100)),
  },
];

describe('link migrations (the mechanism)', () => {
  const base = getPreset(DEFAULT_PRESET_ID)!.scenario;

  it('a version-2 readable link opens after a version-3 change', () => {
    const edited = { ...base, demand: { ...base.demand, growth: 0.08 }, tokens: { ...base.tokens, priceDecline: 0.25 } };
    const v2 = encodeLink(edited, DEFAULT_PRESET_ID);
    expect(v2).toBe(`?p=${DEFAULT_PRESET_ID}&v=2&m=2&priceDecline=0.25&demandGrowth=0.08`);
    const back = decodeLink(v2, { version: 3, migrations: FAKE_V3, params: V3_PARAMS });
    expect(back.notices).toEqual([]);
    expect(back.scenario).toEqual(edited);
    // Without the migration, version 3 cannot read it.
    const stuck = decodeLink(v2, { version: 3, migrations: MIGRATIONS, params: V3_PARAMS });
    expect(stuck.scenario).toBeNull();
    expect(stuck.notices[0].text).toContain('Links of schema version 2 can no longer be opened');
  });

  it('a version-2 compact link opens after a version-3 change', () => {
    const edited = { ...base, teams: [...base.teams, { ...base.teams[0], name: 'Second' }], demand: { ...base.demand, growth: 0.08 } };
    const v2 = encodeLink(edited, DEFAULT_PRESET_ID);
    expect(v2).toContain('&s=');
    expect(decodeLink(v2, { version: 3, migrations: FAKE_V3, params: V3_PARAMS }).scenario).toEqual(edited);
  });

  it('a migration can rewrite the compact diff', () => {
    const diff = { demand: { growth: 20 } }; // pretend v2 wrote percent: 20% a year
    const link = `?v=2&s=${LZString.compressToEncodedURIComponent(JSON.stringify(diff))}`;
    const toFraction: Migration = {
      from: 2,
      date: '2099-01-02',
      reason: 'test only: demand.growth was percent in v2',
      migrate: (p) => mapCompactDiff(p, (d) => ({ ...d, demand: { growth: ((d.demand as { growth: number }).growth) / 100 } })),
    };
    // Read as a fraction, 20 is out of bounds (at most 10): refused with the field named.
    expect(decodeLink(link).notices[0].text).toContain('demand.growth must be at most 10, got 20');
    expect(decodeLink(link, { version: 3, migrations: [...MIGRATIONS, toFraction] }).scenario!.demand.growth).toBe(0.2);
  });

  it('migrations run in order and stop at the target', () => {
    const seen: number[] = [];
    const chain: Migration[] = [1, 2, 3].map((from) => ({ from, date: '2099-01-01', reason: 'test', migrate: (p) => (seen.push(from), p) }));
    const result = migrateLink({ version: 2, params: [] }, 4, chain);
    expect(result).toEqual({ ok: true, payload: { version: 4, params: [] } });
    expect(seen).toEqual([2, 3]);
  });

  it('the released list is consecutive, dated and explained', () => {
    expect(checkMigrations(MIGRATIONS, SCHEMA_VERSION)).toEqual([]);
    expect(checkMigrations(FAKE_V3, 3)).toEqual([]);
    expect(checkMigrations([{ ...FAKE_V3[1], date: 'soon' }], 3)).toEqual(['no migration from version 1', 'migration from 2 has no date']);
  });
});

describe('the parameter table', () => {
  const names = [...PARAMS.scenario.map((d) => d.id), ...PARAMS.team.map((d) => `t0.${d.id}`)];

  it('has unique names, none reserved or retired', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(RESERVED_PARAMS).not.toContain(name);
      expect(RETIRED_PARAMS).not.toContain(name);
    }
  });

  it('names a field of the scenario with every parameter, and formats values its parser reads back', () => {
    const scenario = loadScenario({ teams: [{ tokens: { budget: 1 }, productivity: { maxMultiplier: 2 } }] });
    const at = (root: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], root);
    for (const def of PARAMS.scenario) {
      const value = at(scenario, def.path);
      expect(value, def.id).not.toBeUndefined();
      expect(def.parse(def.format(value as never))).toEqual({ kind: 'valid', value });
    }
    for (const def of PARAMS.team) {
      const shared = at(scenario, def.path);
      const own = at(scenario.teams[0], def.path);
      expect(own ?? shared, def.id).not.toBeUndefined();
    }
    expect(PARAMS.scenario.find((d) => d.id === 'budget')!.parse(undefined)).toEqual({ kind: 'missing' });
  });
});
