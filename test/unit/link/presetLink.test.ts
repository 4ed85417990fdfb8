// The first screen reads a preset link without the link reader
// (src/scenario/link/presetLink.ts): for every query it answers, decodeLink
// must give the same scenario with no notice; for every other, it must leave
// the reading to decodeLink.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeLink, encodeLink } from '../../../src/scenario/link';
import { plainPresetLink } from '../../../src/scenario/link/presetLink';
import { PRESETS, getPreset } from '../../../src/scenario/allPresets';
import { SCHEMA_VERSION } from '../../../src/scenario/schemaVersion';
import { MODEL_VERSION } from '../../../src/model/version';

const V = `v=${SCHEMA_VERSION}`;
const M = `m=${MODEL_VERSION}`;

describe('a preset link as it is', () => {
  it('opens its preset, as decodeLink does, with or without versions and view parameters', () => {
    for (const { id, scenario } of PRESETS) {
      for (const query of [`?p=${id}&${V}&${M}`, `?p=${id}`, `?${M}&p=${id}&${V}`, `?p=${id}&${V}&${M}&lens=union&year=2028&lang=de&utm_source=x`]) {
        expect(plainPresetLink(query), query).toBe(id);
        const decoded = decodeLink(query);
        expect(decoded.notices, query).toEqual([]);
        expect(decoded.presetId, query).toBe(id);
        expect(decoded.scenario, query).toBe(scenario);
      }
      // The address bar's canonical link of an unchanged preset.
      expect(plainPresetLink(encodeLink(scenario, id))).toBe(id);
    }
  });

  it('is no scenario at all without scenario parameters, as for decodeLink', () => {
    for (const query of ['', '?', '?lang=de', '?lens=union&embed=costs']) {
      expect(plainPresetLink(query)).toBeNull();
      expect(decodeLink(query).scenario).toBeNull();
    }
  });

  it('leaves every other link to decodeLink: changes, other versions, unknown presets, repeated or damaged values', () => {
    const preset = getPreset('rosy-plan')!.scenario;
    for (const query of [
      `?p=rosy-plan&${V}&${M}&budget=5000`,
      encodeLink({ ...preset, years: 4 }, 'rosy-plan', { form: 'compact' }),
      `?p=rosy-plan&v=1&${M}`,
      `?p=rosy-plan&v=02`,
      `?p=rosy-plan&m=1`,
      `?p=rosy-plan&m=x`,
      `?p=no-such-preset&${V}`,
      `?p=rosy-plan&p=status-quo`,
      `?${V}&${M}`,
      `?p=rosy-plan&${'x'.repeat(70_000)}`,
    ]) {
      expect(plainPresetLink(query), query.slice(0, 80)).toBeUndefined();
    }
  });

  it('never answers a query that decodeLink would read otherwise', () => {
    const ids = PRESETS.map((p) => p.id);
    const param = fc.oneof(
      fc.constantFrom(...ids).map((id) => `p=${id}`),
      fc.constantFrom(V, M, 'v=1', 'm=1', 'budget=5000', 'years=4', 'lens=union', 'lang=fr', 's=N4Ig', 'p=nope'),
    );
    fc.assert(
      fc.property(fc.array(param, { maxLength: 5 }), (params) => {
        const query = `?${params.join('&')}`;
        const id = plainPresetLink(query);
        if (id === undefined) return;
        const decoded = decodeLink(query);
        expect(decoded.notices).toEqual([]);
        expect(decoded.presetId).toBe(id);
        expect(decoded.scenario).toBe(id === null ? null : getPreset(id)!.scenario);
      }),
      { numRuns: 500 },
    );
  });
});
