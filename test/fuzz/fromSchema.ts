// fast-check arbitraries generated from the scenario's JSON Schema (the input
// side of src/scenario/schema.ts, as `npm run schema` writes it to
// public/scenario.schema.json), not from a hand-written field list: a field the
// schema gains is generated with its own bounds without touching this file.
//
// Values stay within the schema (types, bounds, lengths, patterns, enums), with
// numbers spread over every magnitude the bounds allow and at the bounds
// themselves; cross-field rules the schema cannot say (a custom curve's
// formula, range keys, a promotion's target team) come from `hints` keyed by
// property name, so a scenario still passes them often enough to be simulated.
import fc from 'fast-check';
import * as z from 'zod/mini';
import { HOSTILE_STRINGS } from './hostile';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  default?: unknown;
}

/** The JSON Schema of a zod schema's input, as scripts/json-schema.ts writes it. */
export function jsonSchemaOf(schema: z.ZodMiniType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as JsonSchema;
}

export interface Hint {
  /** The property name this hint replaces the schema's generator for. */
  name: string;
  arbitrary(schema: JsonSchema, root: JsonSchema): fc.Arbitrary<unknown>;
}

export interface FromSchemaOptions {
  hints?: readonly Hint[];
  /** Lists are usually this short (bounded by maxItems), and sometimes as long as the schema allows. */
  shortList?: number;
}

// ---- numbers ----

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A number within [lo, hi], over every magnitude: the bounds, small integers, log-uniform, uniform, raw doubles. */
export function boundedNumber(lo: number, hi: number, integer = false): fc.Arbitrary<number> {
  const fix = (v: number) => {
    const c = clamp(v, lo, hi);
    return integer ? clamp(Math.round(c), Math.ceil(lo), Math.floor(hi)) : c;
  };
  const top = Math.max(Math.abs(lo), Math.abs(hi), 1e-6);
  const logUniform = fc
    .tuple(fc.double({ min: -6, max: Math.log10(top), noNaN: true }), fc.boolean())
    .map(([exponent, negative]) => fix((negative && lo < 0 ? -1 : 1) * 10 ** exponent));
  const uniform = fc.double({ min: 0, max: 1, noNaN: true }).map((u) => fix(lo + (hi - lo) * u));
  const raw = integer ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(lo, hi).map(fix) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }).map(fix) },
    { weight: 3, arbitrary: logUniform },
    { weight: 3, arbitrary: uniform },
    { weight: 1, arbitrary: raw },
  );
}

// ---- text ----

const WORDS = ['Platform', 'Data', 'Søren', 'Zoë', '東京', 'Équipe', 'team', 'A', '1', ' ', '&', '<b>', '"q"', "'", '\\', '/', '%20', '+', '#', '?'];

/** Any text up to `max` code units: words, markup, awkward Unicode, raw code units. */
export function anyText(max: number, min = 0): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  const short = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  return fc
    .oneof(
      { weight: 12, arbitrary: short },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(max, 400) }) },
      { weight: 1, arbitrary: fc.constantFrom('x', '<i>', 'é', '😀').map((c) => c.repeat(Math.ceil(max / c.length))) },
    )
    .map((text) => text.slice(0, max))
    .filter((text) => text.length >= min);
}

// ---- the walk ----

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const m = /^#\/\$defs\/(.+)$/.exec(schema.$ref);
  const target = m ? root.$defs?.[m[1]] : schema.$ref === '#' ? root : undefined;
  if (!target) throw new Error(`fromSchema: cannot resolve ${schema.$ref}`);
  return target;
}

const typesOf = (schema: JsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);

/** An arbitrary of values valid for `schema` (as far as JSON Schema can say). */
export function fromSchema(schema: JsonSchema, options: FromSchemaOptions = {}, root: JsonSchema = schema): fc.Arbitrary<unknown> {
  const hints = options.hints ?? [];
  const shortList = options.shortList ?? 4;
  const walk = (node: JsonSchema): fc.Arbitrary<unknown> => {
    const s = resolve(node, root);
    if ('const' in s) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map(walk));
    if (s.allOf?.length === 1) return walk(s.allOf[0]);
    const types = typesOf(s);
    if (types.length > 1) return fc.oneof(...types.map((type) => walk({ ...s, type })));
    switch (types[0]) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number': {
        const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + Math.max(1e-9, Math.abs(s.exclusiveMinimum) * 1e-12) : -1e12);
        const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - Math.max(1e-9, Math.abs(s.exclusiveMaximum) * 1e-12) : 1e12);
        return boundedNumber(lo, hi, types[0] === 'integer');
      }
      case 'string': {
        const max = s.maxLength ?? 1000;
        const min = s.minLength ?? 0;
        if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((t) => t.length <= max && t.length >= min);
        return anyText(max, min);
      }
      case 'array': {
        if (s.prefixItems) return fc.tuple(...s.prefixItems.map(walk));
        const item = s.items ? walk(s.items) : fc.jsonValue({ maxDepth: 1 });
        const minLength = s.minItems ?? 0;
        const maxLength = s.maxItems ?? 20;
        return fc.oneof(
          { weight: 29, arbitrary: fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(maxLength, shortList)) }) },
          { weight: 1, arbitrary: fc.array(item, { minLength, maxLength }) },
        );
      }
      case 'object':
      default: {
        const props = s.properties ?? {};
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, child] of Object.entries(props)) {
          const hint = hints.find((h) => h.name === name);
          shape[name] = hint ? hint.arbitrary(resolve(child, root), root) : walk(child);
        }
        const record = fc.record(shape, { requiredKeys: (s.required ?? []).filter((k) => k in shape) });
        const extra = s.additionalProperties;
        if (extra && typeof extra === 'object') {
          const keys = s.propertyNames ? walk(s.propertyNames).map(String) : fc.string({ maxLength: 10 });
          const dictionary = fc.dictionary(keys, walk(extra), { maxKeys: 3, noNullPrototype: true });
          return Object.keys(props).length ? fc.tuple(record, dictionary).map(([a, b]) => ({ ...b, ...a })) : dictionary;
        }
        return record;
      }
    }
  };
  return walk(schema);
}

// ---- what the schema says about numbers, for hints ----

/** Every number a path of dotted property names reaches below `schema` (through objects only), with its bounds. */
export function numberPaths(schema: JsonSchema, root: JsonSchema, prefix = ''): { path: string; min: number; max: number; integer: boolean }[] {
  const s = resolve(schema, root);
  const variants = (s.anyOf ?? s.oneOf ?? [s]).map((v) => resolve(v, root));
  const out: { path: string; min: number; max: number; integer: boolean }[] = [];
  for (const v of variants) {
    const types = typesOf(v);
    if (types.includes('number') || types.includes('integer')) {
      out.push({ path: prefix, min: v.minimum ?? -1e12, max: v.maximum ?? 1e12, integer: types.includes('integer') && !types.includes('number') });
    } else if (types.includes('object') && v.properties) {
      for (const [name, child] of Object.entries(v.properties)) out.push(...numberPaths(child, root, prefix ? `${prefix}.${name}` : name));
    }
  }
  return out;
}
