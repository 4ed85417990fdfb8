// Old links keep opening after the schema grows: a version-1 link, read by a
// (test-only) version 2 whose migration renames a parameter and converts a value.
import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import {
  decodeLink, encodeLink, checkMigrations, mapCompactDiff, mapParam, migrateLink, renameParam,
  MIGRATIONS, PARAMS, RESERVED_PARAMS, RETIRED_PARAMS, type Migration, type ParamTable,
} from '../../../src/scenario/link';
import { SCHEMA_VERSION } from '../../../src/scenario/schema';
import { getPreset, DEFAULT_PRESET_ID } from '../../../src/scenario/presets';
import { loadScenario } from '../../../src/scenario/parse';

// Pretend version 2 (2099) renamed `demandGrowth` to `growth` and wrote
// priceDecline in percent; the scenario schema itself is unchanged, so the
// v2 reader must convert percent back to the fraction the engine takes. A v1
// link carries a fraction, which the migration turns into percent first.
const V2_PARAMS: ParamTable = {
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
const FAKE_V2: Migration[] = [
  {
    from: 1,
    date: '2099-01-01',
    reason: 'test only: demandGrowth renamed growth; priceDecline written in percent',
    migrate: (payload) =>
      mapParam(renameParam(payload, 'demandGrowth', 'growth'), 'priceDecline', (raw) => String(Number(raw) * 100)),
  },
];

describe('link migrations', () => {
  const base = getPreset(DEFAULT_PRESET_ID)!.scenario;

  it('a version-1 readable link opens after the version-2 change', () => {
    const edited = { ...base, demand: { growth: 0.08 }, tokens: { ...base.tokens, priceDecline: 0.25 } };
    const v1 = encodeLink(edited, DEFAULT_PRESET_ID);
    expect(v1).toBe(`?p=${DEFAULT_PRESET_ID}&v=1&m=1&priceDecline=0.25&demandGrowth=0.08`);
    const back = decodeLink(v1, { version: 2, migrations: FAKE_V2, params: V2_PARAMS });
    expect(back.notices).toEqual([]);
    expect(back.scenario).toEqual(edited);
    // Without the migration, version 2 cannot read it.
    const stuck = decodeLink(v1, { version: 2, migrations: [], params: V2_PARAMS });
    expect(stuck.scenario).toBeNull();
    expect(stuck.notices[0].text).toContain('Links of schema version 1 can no longer be opened');
  });

  it('a version-1 compact link opens after the version-2 change', () => {
    const edited = { ...base, teams: [...base.teams, { ...base.teams[0], name: 'Second' }], demand: { growth: 0.08 } };
    const v1 = encodeLink(edited, DEFAULT_PRESET_ID);
    expect(v1).toContain('&s=');
    expect(decodeLink(v1, { version: 2, migrations: FAKE_V2, params: V2_PARAMS }).scenario).toEqual(edited);
  });

  it('a migration can rewrite the compact diff', () => {
    const diff = { demand: { growth: 20 } }; // pretend v1 wrote percent: 20% a year
    const link = `?v=1&s=${LZString.compressToEncodedURIComponent(JSON.stringify(diff))}`;
    const toFraction: Migration = {
      from: 1,
      date: '2099-01-02',
      reason: 'test only: demand.growth was percent in v1',
      migrate: (p) => mapCompactDiff(p, (d) => ({ ...d, demand: { growth: ((d.demand as { growth: number }).growth) / 100 } })),
    };
    // Read as a fraction, 20 is out of bounds (at most 10): refused with the field named.
    expect(decodeLink(link).notices[0].text).toContain('demand.growth must be at most 10, got 20');
    expect(decodeLink(link, { version: 2, migrations: [toFraction] }).scenario!.demand.growth).toBe(0.2);
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
    expect(checkMigrations(FAKE_V2, 2)).toEqual([]);
    expect(checkMigrations([{ ...FAKE_V2[0], date: 'soon' }], 3)).toEqual(['no migration from version 2', 'migration from 1 has no date']);
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
