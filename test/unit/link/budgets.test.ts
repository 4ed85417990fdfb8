// PRODUCT.md budgets: a preset with up to 5 changes ≤ 200 characters; any
// scenario of 20 teams ≤ 2,000. Measured on the whole query (`?p=…`).
// "Any" is read as any scenario a person enters: team names of about 20
// characters and numbers as typed. Free text near its schema limits (80-character
// names of random characters, a 5,000-character description) cannot fit any
// 2,000-character budget; docs/links.md says so and recommends a file.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeLink } from '../../../src/scenario/link';
import { getPreset, DEFAULT_PRESET_ID } from '../../../src/scenario/allPresets';
import { parseScenario } from '../../../src/scenario/parse';
import type { Scenario } from '../../../src/scenario/schema';
import { presetWithChanges, realisticTeams, PRESET_IDS } from './arbitraries';

describe('link budgets', () => {
  it('a preset with up to 5 typed changes gives a link of at most 200 characters', () => {
    let longest = '';
    fc.assert(
      fc.property(presetWithChanges(5), ({ id, scenario }) => {
        const link = encodeLink(scenario, id);
        if (link.length > longest.length) longest = link;
        expect(link.length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 1500 },
    );
    // The worst seen is near the limit only with the longest names and values.
    expect(longest.length).toBeGreaterThan(120);
  }, 60_000);

  it('20 teams as people enter them give a link of at most 2,000 characters', () => {
    let longest = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_IDS),
        realisticTeams(20),
        fc.record({ budget: fc.integer({ min: 0, max: 200 }).map((x) => x * 500), years: fc.integer({ min: 1, max: 30 }), shocks: fc.boolean() }),
        (id, teams, shared) => {
          const base = getPreset(id)!.scenario;
          const parsed = parseScenario({
            ...base,
            teams,
            years: shared.years,
            tokens: { ...base.tokens, budget: shared.budget },
            shocks: shared.shocks ? [{ year: 2028, cut: 0.2, lever: 'tokens' }, { year: 2029, cut: 0.1, lever: 'headcount' }] : base.shocks,
          });
          expect(parsed.ok).toBe(true);
          const link = encodeLink((parsed as { ok: true; scenario: Scenario }).scenario, id);
          longest = Math.max(longest, link.length);
          expect(link.length).toBeLessThanOrEqual(2000);
        },
      ),
      { numRuns: 200 },
    );
    console.info(`longest 20-team link: ${longest} characters`);
  }, 60_000);

  it('20 duplicated teams with new names stay far below the budget', () => {
    const base = getPreset(DEFAULT_PRESET_ID)!.scenario;
    const teams = Array.from({ length: 20 }, (_, i) => ({ ...base.teams[0], name: `Product team number ${i + 1}`, engineers: 10 + i * 7 }));
    const link = encodeLink({ ...base, teams }, DEFAULT_PRESET_ID);
    expect(link.length).toBeLessThan(600);
  });
});
