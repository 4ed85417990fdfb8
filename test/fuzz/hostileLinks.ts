// Hostile links for the browser test (issue 12): markup in every free-text
// field (found in the JSON Schema, not listed by hand), `javascript:` source
// addresses, prototype keys, thousands of teams, `years=1e9`, truncated
// compact links, formula attacks, and mutations of links the app wrote. Each
// comes with what the page must show: the scenario it opens (null: the last
// good one stays) and whether a notice must say something was refused or changed.
import fc from 'fast-check';
import LZString from 'lz-string';
import { decodeLink, encodeLink } from '../../src/scenario/link';
import { loadScenario, parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { DEFAULT_PRESET_ID, PRESETS, getPreset } from '../../src/scenario/allPresets';
import { formulaErrors } from '../../src/state/formulaCheck';
import { ATTACKS } from './formulas';
import { HOSTILE_STRINGS, mutatedText } from './hostile';
import { SCENARIO_JSON_SCHEMA, linkInput } from './entries';
import type { JsonSchema } from './fromSchema';

export interface HostileLink {
  kind: string;
  query: string;
  /** What the page opens: the link's scenario, or null when it is refused and the last good one stays. */
  opens: Scenario | null;
  /** A notice must say what was refused or changed. */
  notice: boolean;
}

/** Markup that would run or show if it reached the page as HTML. */
export const MARKUP = [
  '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '"><svg onload="window.__pwned=1">', '</title><script>window.__pwned=1</script>',
  '<iframe src="javascript:window.__pwned=1"></iframe>', '<b>bold</b><a href="javascript:window.__pwned=1">x</a>', '=HYPERLINK("http://evil","x")', '+cmd|"/C calc"!A0', '-2+3', '@SUM(1)', '\t=1', '\r=1',
  "'; window.__pwned=1; '", '{{constructor.constructor("window.__pwned=1")()}}', '<style>*{display:none}</style>', '&lt;b&gt;', '<math><mi xlink:href="javascript:window.__pwned=1">',
];

/** Dotted paths (`teams[].name`) of every free-text field: strings with no pattern or list of values, and not the formula. */
export function freeTextPaths(schema: JsonSchema, prefix = ''): string[] {
  const variants = schema.anyOf ?? schema.oneOf ?? [schema];
  const out: string[] = [];
  for (const s of variants) {
    if (s.type === 'string' && !s.pattern && !s.enum && !prefix.endsWith('expression') && 'maxLength' in s) out.push(prefix);
    if (s.type === 'object') for (const [k, v] of Object.entries(s.properties ?? {})) out.push(...freeTextPaths(v, prefix ? `${prefix}.${k}` : k));
    if (s.type === 'array' && s.items && typeof s.items === 'object') out.push(...freeTextPaths(s.items, `${prefix}[]`));
  }
  return out;
}

/** Set `value(i)` at every free-text path of a scenario (through every item of a list). */
function fillText(root: unknown, path: string, value: (n: number) => string, max: number): void {
  const steps = path.split('.');
  let n = 0;
  const visit = (node: unknown, i: number) => {
    if (node === null || typeof node !== 'object') return;
    const step = steps[i];
    const key = step.replace(/\[\]$/, '');
    const target = (node as Record<string, unknown>)[key];
    if (i === steps.length - 1 && !step.endsWith('[]')) {
      (node as Record<string, unknown>)[key] = value(n++).slice(0, max);
      return;
    }
    if (step.endsWith('[]')) {
      if (Array.isArray(target)) for (const item of target) visit(item, i + 1);
    } else visit(target, i + 1);
  };
  visit(root, 0);
}

const maxLengthAt = (schema: JsonSchema, path: string): number => {
  let s: JsonSchema | undefined = schema;
  for (const step of path.split('.')) {
    s = s?.properties?.[step.replace(/\[\]$/, '')];
    if (step.endsWith('[]')) s = typeof s?.items === 'object' ? s.items : undefined;
  }
  return s?.maxLength ?? 80;
};

const compact = (presetId: string | null, diff: unknown) => `?${presetId ? `p=${presetId}&` : ''}v=1&m=1&s=${LZString.compressToEncodedURIComponent(JSON.stringify(diff))}`;

/** The expectation of a link, as the app decides it: decodeLink, then the formula sandbox. */
export function expected(kind: string, query: string): HostileLink {
  const decoded = decodeLink(query);
  const refusedFormula = decoded.scenario ? formulaErrors(decoded.scenario).length > 0 : false;
  return {
    kind,
    query,
    opens: decoded.scenario && !refusedFormula ? decoded.scenario : null,
    notice: refusedFormula || decoded.notices.some((n) => n.kind !== 'info'),
  };
}

/** `count` hostile links of every kind, the same ones for the same seed. */
export function hostileLinks(count = 200, seed = 42): HostileLink[] {
  const textPaths = freeTextPaths(SCENARIO_JSON_SCHEMA);
  const pick = <T>(list: readonly T[], n: number) => list[n % list.length];
  const base = (n: number) => PRESETS[n % PRESETS.length];
  const kinds: [string, number, (n: number, r: number) => string][] = [
    ['markup in every text field', 0.25, (n, r) => {
      const preset = base(n);
      const draft = structuredClone(preset.scenario) as Scenario;
      draft.sources = [{ label: 'x', url: `https://example.org/?q='onmouseover='window.__pwned=1'&r=${r}`, date: '2026' }, ...draft.sources].slice(0, 50);
      draft.teams = [draft.teams[0], { ...draft.teams[0], name: 'second' }].slice(0, Math.max(2, draft.teams.length));
      for (const path of textPaths) fillText(draft, path, (k) => `${pick(MARKUP, r + k)} ${pick(HOSTILE_STRINGS, r + 3 * k)}`, maxLengthAt(SCENARIO_JSON_SCHEMA, path));
      const parsed = parseScenario(draft);
      return encodeLink(parsed.ok ? parsed.scenario : preset.scenario, r % 3 ? preset.id : null);
    }],
    ['javascript: source address', 0.08, (n, r) => compact(base(n).id, { sources: [{ label: pick(MARKUP, r), url: pick(['javascript:window.__pwned=1', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)', 'https://x.org/"><script>alert(1)</script>'], r) }] })],
    ['prototype keys', 0.1, (n, r) => pick([
      compact(base(n).id, JSON.parse('{"__proto__":{"polluted":"yes"},"title":"proto"}')),
      compact(base(n).id, JSON.parse('{"tokens":{"__proto__":{"polluted":"yes"}}}')),
      compact(base(n).id, JSON.parse('{"teams":{"length":1,"__proto__":["yes"]}}')),
      compact(null, JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}')),
      `?p=${base(n).id}&__proto__.polluted=yes&constructor.prototype.polluted=yes&t0.__proto__=1`,
      `?p=__proto__&title=x`, `?p=constructor&years=3`,
    ], r)],
    ['thousands of teams', 0.08, (n, r) => pick([
      compact(base(n).id, { teams: { length: 1000 + r, name: Array.from({ length: 1000 + r }, (_, i) => `T${i}<b>`) } }),
      compact(null, { teams: { length: 5000 } }),
      `?p=${base(n).id}&t4999.engineers=5&t1000.name=%3Cscript%3E`,
      encodeLink(loadScenario({ title: `100 teams <img src=x onerror=alert(${r})>`, teams: Array.from({ length: 100 }, (_, i) => ({ name: `${pick(MARKUP, i)}`.slice(0, 80), engineers: 1 + (i % 9) })) }), null),
    ], r)],
    ['years=1e9 and numbers out of range', 0.1, (n, r) => `?p=${base(n).id}&${pick(['years=1e9', 'years=-3', 'years=30.5', 'startYear=1e9', 't0.engineers=1e308', 'budget=-0&seed=-0', 'pricePerMillion=0', 'attrition=NaN', 'samples=1e9', 'years=1e9&title=%3Cscript%3Ealert(1)%3C%2Fscript%3E'], r)}`],
    ['truncated compact link', 0.12, (n, r) => {
      const scenario = loadScenario({ title: pick(MARKUP, r), teams: [{ name: 'A' }, { name: pick(MARKUP, r + 1) }], shocks: [{ year: 2027, cut: 0.2, lever: 'tokens' }] });
      const link = encodeLink(scenario, base(n).id, { form: 'compact' });
      return link.slice(0, Math.max(link.indexOf('s=') + 3, link.length - 1 - (r % 40)));
    }],
    ['formula attack', 0.1, (n, r) => {
      const attack = pick(ATTACKS, r);
      return r % 2 ? `?p=${base(n).id}&curve=custom&expression=${encodeURIComponent(attack)}` : compact(base(n).id, { teams: { length: base(n).scenario.teams.length, 'productivity.curve': base(n).scenario.teams.map(() => 'custom'), 'productivity.expression': base(n).scenario.teams.map(() => attack) } });
    }],
  ];
  const out: HostileLink[] = [];
  let n = 0;
  for (const [kind, share, make] of kinds) for (let i = 0; i < Math.round(count * share); i++, n++) out.push(expected(kind, make(n, (n * 7919 + seed) % 1000)));
  // The rest: the link fuzzer's own inputs, mutated further, from the same seed.
  const rest = Math.max(0, count - out.length);
  const mutated = fc.sample(fc.oneof(linkInput, mutatedText(linkInput, 2)), { numRuns: rest, seed });
  for (const query of mutated) out.push(expected('fuzzed link', query.startsWith('?') ? query : `?${query}`));
  return out.slice(0, count);
}

/** The scenario the page shows before any link: the default preset. */
export const startScenario = () => getPreset(DEFAULT_PRESET_ID)!.scenario;
