// The shape guard (src/scenario/depth.ts, issue 12): too deep or too large
// input is refused, naming where, before anything recurses into it.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_VALUES, shapeProblem } from '../../../src/scenario/depth';
import { formatPath, parseScenario } from '../../../src/scenario/parse';
import { scenarioSchema } from '../../../src/scenario/schema';
import { PRESETS } from '../../../src/scenario/allPresets';
import { jsonSchemaOf, type JsonSchema } from '../../fuzz/fromSchema';
import { nested } from '../../fuzz/hostile';

/** Levels of lists and objects a valid scenario can have, read from its JSON Schema (the top object is 1). */
function schemaDepth(schema: JsonSchema): number {
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.prefixItems ?? []),
    ...[schema.items, schema.additionalProperties].filter((s): s is JsonSchema => typeof s === 'object' && s !== null),
    ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? []),
  ];
  const own = schema.type === 'object' || schema.type === 'array' ? 1 : 0;
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const below = Math.max(0, ...children.filter((c) => !alternatives.includes(c)).map(schemaDepth));
  return Math.max(own + below, ...alternatives.map(schemaDepth));
}

describe('the shape guard', () => {
  it('allows every level the schema needs, with room for a field that nests a little deeper', () => {
    // 4 in schema version 1 (teams[0].tokens.budget: scenario, teams, team, tokens). If a new field needs
    // more, raise MAX_DEPTH (and the limit in docs/model.md and docs/links.md) with it.
    const needed = schemaDepth(jsonSchemaOf(scenarioSchema));
    expect(needed).toBeGreaterThanOrEqual(4);
    expect(MAX_DEPTH).toBeGreaterThanOrEqual(needed + 2);
  });

  it('passes every preset, and the largest scenario the schema allows', () => {
    for (const preset of PRESETS) expect(shapeProblem(preset.scenario)).toBeNull();
    const team = { ...PRESETS[1].scenario.teams[0], tokens: { ...PRESETS[1].scenario.tokens }, productivity: { ...PRESETS[1].scenario.productivity } };
    const largest = {
      ...PRESETS[1].scenario,
      teams: Array.from({ length: 100 }, () => team),
      sources: Array.from({ length: 50 }, () => ({ label: 'x', url: 'https://example.org', date: '2026' })),
      shocks: Array.from({ length: 50 }, () => ({ year: 2027, cut: 0.1, lever: 'tokens' })),
    };
    expect(shapeProblem(largest)).toBeNull();
    expect(parseScenario(largest).ok).toBe(true);
  });

  it('names the first place past the depth limit, however deep the input goes, without recursing', () => {
    for (const depth of [MAX_DEPTH, 1_000_000]) {
      const problem = shapeProblem({ teams: [{ name: nested(depth) }] });
      expect(problem?.message).toBe(`is nested too deeply: more than ${MAX_DEPTH} levels of lists and objects`);
      expect(formatPath(problem!.path)).toBe(`teams[0].name${'[0]'.repeat(MAX_DEPTH - 3)}`);
    }
    expect(shapeProblem({ a: nested(MAX_DEPTH - 2) })).toBeNull();
  });

  it('refuses more values than any scenario holds, counting a list by its length', () => {
    const problem = shapeProblem({ teams: new Array(MAX_VALUES).fill(0) });
    expect(formatPath(problem!.path)).toBe('teams');
    expect(problem!.message).toBe('holds more than 50,000 values, more than any scenario');
    expect(shapeProblem({ teams: new Array(MAX_VALUES - 2).fill(0) })).toBeNull();
  });

  it('leaves anything that is not an object to the parser', () => {
    for (const value of [null, 1, 'x', undefined, NaN]) expect(shapeProblem(value)).toBeNull();
  });
});
