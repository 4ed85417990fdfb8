// public/scenario.schema.json: up to date with the zod schema (npm run schema),
// strict at the top, and every preset passes it.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, jsonSchemaText } from '../../../scripts/json-schema';
import { loadScenario } from '../../../src/scenario/parse';

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default']);
const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v;

/**
 * A small JSON Schema (2020-12) validator for the keywords the generator emits;
 * an unknown keyword fails loudly, so the test notices when the output changes shape.
 */
function validate(schema: Schema | boolean, value: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const errors: string[] = [];
  const t = typeOf(value);
  for (const [key, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    switch (key) {
      case 'type': {
        const ok = rule === t || (rule === 'number' && t === 'integer');
        if (!ok) errors.push(`${path}: must be ${String(rule)}, got ${t}`);
        break;
      }
      case 'const':
        if (value !== rule) errors.push(`${path}: must be ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) errors.push(`${path}: must be one of ${JSON.stringify(rule)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) errors.push(`${path}: below ${String(rule)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) errors.push(`${path}: above ${String(rule)}`);
        break;
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string' && (key === 'minLength' ? value.length < (rule as number) : value.length > (rule as number))) errors.push(`${path}: ${key} ${String(rule)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) errors.push(`${path}: does not match ${String(rule)}`);
        break;
      case 'minItems':
      case 'maxItems':
        if (Array.isArray(value) && (key === 'minItems' ? value.length < (rule as number) : value.length > (rule as number))) errors.push(`${path}: ${key} ${String(rule)}`);
        break;
      case 'prefixItems':
        if (Array.isArray(value)) (rule as Schema[]).forEach((s, i) => i < value.length && errors.push(...validate(s, value[i], `${path}[${i}]`)));
        break;
      case 'items':
        if (Array.isArray(value)) {
          const skip = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
          value.slice(skip).forEach((v, i) => errors.push(...validate(rule as Schema | boolean, v, `${path}[${i + skip}]`)));
        }
        break;
      case 'properties':
        if (t === 'object') {
          for (const [name, s] of Object.entries(rule as Record<string, Schema>)) {
            if (Object.hasOwn(value as object, name)) errors.push(...validate(s, (value as Schema)[name], `${path}.${name}`));
          }
        }
        break;
      case 'required':
        if (t === 'object') for (const name of rule as string[]) if (!Object.hasOwn(value as object, name)) errors.push(`${path}.${name}: required`);
        break;
      case 'additionalProperties':
        if (t === 'object') {
          const known = new Set(Object.keys((schema.properties as object) ?? {}));
          for (const [name, v] of Object.entries(value as Schema)) {
            if (!known.has(name)) errors.push(...validate(rule as Schema | boolean, v, `${path}.${name}`));
          }
        }
        break;
      case 'propertyNames':
        if (t === 'object') for (const name of Object.keys(value as object)) errors.push(...validate(rule as Schema, name, `${path} key ${name}`));
        break;
      case 'anyOf':
        if (!(rule as Schema[]).some((s) => validate(s, value, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
        break;
      default:
        throw new Error(`the test validator does not know the keyword "${key}" (at ${path})`);
    }
  }
  return errors;
}

const committed = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed) as Schema;
const scenariosDir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const presetFiles = readdirSync(scenariosDir).filter((f) => f.endsWith('.json'));

describe('public/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    expect(committed).toBe(jsonSchemaText());
  });

  it('is strict at the top level and lists every top-level field, none required', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties as object).sort()).toEqual(['$schema', ...Object.keys(loadScenario({}))].sort());
    expect(schema.required ?? []).toEqual([]);
  });

  it('is strict inside teams and the shared blocks', () => {
    const props = schema.properties as Record<string, Schema>;
    const team = (props.teams.items as Schema);
    expect(team.additionalProperties).toBe(false);
    expect(team.required ?? []).toEqual([]);
    for (const block of ['tokens', 'productivity', 'managers', 'specialists', 'demand', 'policy', 'uncertainty']) {
      expect(props[block].additionalProperties, block).toBe(false);
    }
    expect(((team.properties as Record<string, Schema>).tokens).additionalProperties).toBe(false);
  });

  it.each(presetFiles)('accepts the preset %s', (name) => {
    expect(validate(schema, JSON.parse(readFileSync(scenariosDir + name, 'utf8')))).toEqual([]);
  });

  it('accepts the minimal scenario {} and refuses what the app refuses', () => {
    expect(validate(schema, {})).toEqual([]);
    expect(validate(schema, { teams: [{ salary: -5 }] })).toEqual(['$.teams[0].salary: below 0']);
    expect(validate(schema, { tokens: { budgt: 1 } })).toEqual(['$.tokens.budgt: not allowed']);
    expect(validate(schema, { extra: 1 })).toEqual(['$.extra: not allowed']);
    expect(validate(schema, { teams: [] })).toEqual(['$.teams: minItems 1']);
    expect(validate(schema, { policy: { headcount: 'fire' } })).toHaveLength(1);
    expect(validate(schema, { years: 2.5 })).toEqual(['$.years: must be integer, got number']);
    expect(validate(schema, { currency: 'usd' })).toHaveLength(1);
    expect(validate(schema, { uncertainty: { ranges: { 'tokens.budget': [1] } } })).toEqual(['$.uncertainty.ranges.tokens.budget: minItems 2']);
    expect(validate(schema, { productivity: { assumedMaxMultiplier: null } })).toEqual([]);
  });
});
