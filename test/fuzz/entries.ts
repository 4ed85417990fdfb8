// The untrusted entry points and what each is fed (issue 12). Each entry's
// `run` is the app's own path for that input, up to the scenario it would
// open; the runner (runner.ts) times it, simulates what it opened and applies
// the checks of checks.ts.
import fc from 'fast-check';
import LZString from 'lz-string';
import { parseScenario } from '../../src/scenario/parse';
import { SCHEMA_VERSION, scenarioSchema, type Scenario } from '../../src/scenario/schema';
import { PRESETS } from '../../src/scenario/allPresets';
import { RANGE_ROOTS } from '../../src/scenario/paths';
import { decodeLink, encodeLink, scenarioDiff } from '../../src/scenario/link';
import { IGNORED_PARAMS, SCENARIO_PARAMS, TEAM_PARAMS, VIEW_PARAMS } from '../../src/scenario/link/params';
import { readScenarioFile } from '../../src/export/scenarioFile';
import { checkFormula, compileFormula } from '../../src/formula/sandbox';
import { FORMULA_VARIABLES } from '../../src/formula/names';
import { SAVED_KEY, listSaved, loadSaved, resetSavedCache, saveScenario, type SavedItem } from '../../src/state/saved';
import { useStore } from '../../src/state/store';
import { admit, messageProblem, refusalProblem, type Outcome } from './checks';
import { boundedNumber, fromSchema, jsonSchemaOf, numberPaths, type Hint, type JsonSchema } from './fromSchema';
import { HOSTILE_STRINGS, hostileValue, mutatedFrom, mutatedText, treeMutation, mutateTree } from './hostile';
import { ATTACKS, formulaText, wellFormed } from './formulas';
import { memoryStorage } from './storage';
import { readFileSync } from 'node:fs';

export interface Entry<T> {
  name: string;
  /** What it reads, for the report. */
  source: string;
  arbitrary: fc.Arbitrary<T>;
  /** The app's path for one input: what it refused or opened. Timed. */
  run(input: T): Outcome | Promise<Outcome>;
  /** Checks that need the input itself (a stored list must not lose an item); not timed. */
  after?(input: T, outcome: Outcome): string | null;
  /**
   * false: skip what the app computes on opening (appWork.ts) for this entry's scenarios. Only the formula
   * entry: its long operator chains (ATTACKS: 250 operators) make every engine run 50–600 ms, and the
   * frontier and flips run hundreds of them (seconds each). Its time is the entry's own limit; the four
   * other entries open custom curves too and carry the check.
   */
  appWork?: false;
}

// ---- scenarios from the schema ----

export const SCENARIO_JSON_SCHEMA: JsonSchema = jsonSchemaOf(scenarioSchema);

/** Range keys name numbers of the shared blocks (parse.ts): take them, with their bounds, from the schema. */
function rangesHint(root: JsonSchema): fc.Arbitrary<unknown> {
  const paths = RANGE_ROOTS.flatMap((key) => (root.properties?.[key] ? numberPaths(root.properties[key], root, key) : []));
  const valid = fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 3 }).map((picks) => {
    const out: Record<string, [number, number]> = {};
    for (const [i, u, v] of picks) {
      const { path, min, max, integer } = paths[i % paths.length];
      const at = (w: number) => (integer ? Math.round(min + (max - min) * w) : min + (max - min) * w);
      out[path] = [at(Math.min(u, v)), at(Math.max(u, v))];
    }
    return out;
  });
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...paths.map((p) => p.path)), fc.string({ maxLength: 12 })), fc.tuple(boundedNumber(-1e12, 1e12), boundedNumber(-1e12, 1e12)), { maxKeys: 2, noNullPrototype: true }) });
}

const HINTS: Hint[] = [
  // A custom curve needs a formula the sandbox accepts, most of the time.
  { name: 'expression', arbitrary: () => fc.oneof({ weight: 4, arbitrary: wellFormed.filter((t) => t.length <= 500) }, { weight: 1, arbitrary: formulaText }) },
  { name: 'ranges', arbitrary: (_schema, root) => rangesHint(root) },
];

/** A promotion (schema version 2) names another team: point most at one, by name, if the schema has them. */
function referTeams(doc: unknown, picks: readonly number[]): unknown {
  const teams = (doc as { teams?: unknown }).teams;
  if (!Array.isArray(teams) || teams.length < 2) return doc;
  teams.forEach((team, i) => {
    const promotion = (team as { promotion?: unknown } | null)?.promotion as { to?: unknown } | null | undefined;
    if (!promotion || typeof promotion !== 'object' || picks[i % picks.length] % 4 === 0) return;
    const target = teams[(i + 1 + (picks[i % picks.length] % (teams.length - 1))) % teams.length] as { name?: unknown };
    if (typeof target?.name === 'string') promotion.to = target.name;
  });
  return doc;
}

/** A scenario as a file would hold it: every field optional, each within the schema. */
export const schemaScenario: fc.Arbitrary<unknown> = fc
  .tuple(fromSchema(SCENARIO_JSON_SCHEMA, { hints: HINTS }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }))
  .map(([doc, picks]) => referTeams(doc, picks));

const presetAt = (i: number) => PRESETS[i % PRESETS.length];

/** A valid scenario: from the schema when it parses, else a preset (no filter: generation never stalls). */
export const validScenario: fc.Arbitrary<Scenario> = fc.tuple(schemaScenario, fc.nat()).map(([doc, i]) => {
  const parsed = parseScenario(doc);
  return parsed.ok ? parsed.scenario : presetAt(i).scenario;
});

const presetId = fc.oneof(fc.constant(null), fc.constantFrom(...PRESETS.map((p) => p.id)));

interface CorpusFile {
  note: string;
  schemaVersion: number;
  files: unknown[];
  links: string[];
}
/**
 * Files and links written by schema version 1 of the app: after a schema change they exercise the migrations.
 * Read with fs, not imported: Vite's JSON loader refuses the lone-surrogate escapes some titles hold.
 */
export const CORPUS = JSON.parse(readFileSync(new URL('./corpus/v1.json', import.meta.url), 'utf8')) as CorpusFile;

// ---- 1. the scenario parser ----

export interface ParserInput {
  value: unknown;
  presetId: string | null;
}

const seedValues: fc.Arbitrary<ParserInput> = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((i) => ({ value: presetAt(i).scenario as unknown, presetId: presetAt(i).id })) },
  { weight: 3, arbitrary: schemaScenario.map((value) => ({ value, presetId: null })) },
  { weight: 1, arbitrary: fc.constantFrom(...CORPUS.files).map((value) => ({ value, presetId: null })) },
);

export const parserInput: fc.Arbitrary<ParserInput> = fc.oneof(
  { weight: 3, arbitrary: seedValues },
  { weight: 5, arbitrary: fc.tuple(seedValues, fc.array(treeMutation, { minLength: 1, maxLength: 4 })).map(([seed, m]) => ({ value: mutateTree(seed.value, m), presetId: seed.presetId })) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => ({ value, presetId: null })) },
  { weight: 1, arbitrary: hostileValue.map((value) => ({ value, presetId: null })) },
);

export const parserEntry: Entry<ParserInput> = {
  name: 'parser',
  source: 'parseScenario (src/scenario/parse.ts): random JSON, presets and schema-made scenarios, mutated',
  arbitrary: parserInput,
  run: ({ value, presetId }) => admit(parseScenario(value), presetId),
};

// ---- 2. the link decoder ----

const paramName = fc.oneof(
  fc.constantFrom(...SCENARIO_PARAMS.map((d) => d.id)),
  fc.tuple(fc.constantFrom(0, 1, 2, 5, 99, 100, 150, 999, 4999), fc.constantFrom(...TEAM_PARAMS.map((d) => d.id))).map(([i, id]) => `t${i}.${id}`),
  fc.constantFrom('p', 'v', 'm', 's', ...VIEW_PARAMS, 'utm_source', '__proto__', '__proto__.polluted', 'constructor', 'constructor.prototype.polluted', 't0.__proto__', 't-1.name', 'T0.name', ''),
);
const paramValue = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom('1e9', '-0', '0', 'NaN', '1e308', '-1e308', '1e-400', '0x10', '1_000', '١٢', 'custom', 'shareOfSalary', 'true', 'null', ' 5', '5 ', '+5', '.5', '5.', '1,5'),
  fc.constantFrom(...PRESETS.map((p) => p.id), ...ATTACKS.slice(0, 20)),
  fc.double().map(String),
  fc.string({ maxLength: 12 }),
);
const enc = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // a lone surrogate: sent raw
  }
};

/** A link the app wrote (either form), for a valid scenario. */
const encodedLink = fc
  .tuple(validScenario, presetId, fc.constantFrom<'auto' | 'readable' | 'compact'>('auto', 'auto', 'readable', 'compact'))
  .map(([scenario, id, form]) => encodeLink(scenario, id, { form }));

const injected = fc
  .tuple(encodedLink, fc.array(fc.tuple(paramName, paramValue, fc.boolean()), { minLength: 1, maxLength: 4 }))
  .map(([link, extra]) => link + extra.map(([k, v, raw]) => `&${raw ? k : enc(k)}=${raw ? v : enc(v)}`).join(''));

/** A compact link whose diff is tampered with: prototype keys, markup, script addresses, thousands of teams. */
const tamperedCompact = fc
  .tuple(validScenario, fc.constantFrom(...PRESETS.map((p) => p.id)), fc.array(treeMutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(1, SCHEMA_VERSION, SCHEMA_VERSION + 1))
  .map(([scenario, id, mutations, v]) => {
    const diff = mutateTree(scenarioDiff(PRESETS.find((p) => p.id === id)!.scenario, scenario), mutations);
    let json: string;
    try {
      json = JSON.stringify(diff) ?? 'null';
    } catch {
      json = '['.repeat(20_000) + ']'.repeat(20_000); // nested past what JSON.stringify can write
    }
    return `?p=${id}&v=${v}&m=1&s=${LZString.compressToEncodedURIComponent(json)}`;
  });

const SPECIAL_LINKS = [
  '?p=typical-spend&years=1e9', '?years=1e9&t0.engineers=1e308', '?p=typical-spend&v=1&m=1&s=' + LZString.compressToEncodedURIComponent(JSON.stringify({ teams: { length: 5000, name: Array.from({ length: 5000 }, (_, i) => `T${i}`) } })),
  '?s=' + LZString.compressToEncodedURIComponent(JSON.stringify({ sources: [{ label: '<script>alert(1)</script>', url: 'javascript:alert(1)' }] })),
  '?s=' + LZString.compressToEncodedURIComponent(JSON.stringify({ sources: [{ label: 'x', url: 'https://example.org/"><script>alert(1)</script>' }] })),
  '?s=' + LZString.compressToEncodedURIComponent('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
  '?s=' + LZString.compressToEncodedURIComponent(`{"title":${'['.repeat(10_000)}${']'.repeat(10_000)}}`), '?s=' + 'A'.repeat(70_000), '?' + 'x=1&'.repeat(20_000),
  '?p=__proto__', '?p=constructor', '?v=0', '?v=999999', '?v=-1', '?v=1e3', '?m=x', '?embed=<script>', '?thresholds=%3Cscript%3E',
];

/**
 * One value percent-encoded a second time (`%20` → `%2520`), the rest as the app wrote it: a link passed through
 * a tool that encodes what it forwards. The compact payload, the title, or any one readable parameter.
 */
export function encodeOneValueAgain(link: string, which: 's' | 'title' | number): string {
  const [head, query = ''] = link.startsWith('?') ? ['?', link.slice(1)] : ['', link];
  const pairs = query.split('&');
  const at = typeof which === 'number' ? which % Math.max(1, pairs.length) : pairs.findIndex((p) => p.startsWith(`${which}=`));
  if (at < 0 || !pairs[at]) return link;
  const eq = pairs[at].indexOf('=');
  if (eq < 0) return link;
  // The app writes a compact payload unescaped (lz-string's "+" reads back either way): encoding it once only
  // escapes "+", so it is encoded until a "%" itself is escaped, as two passes through such a tool would.
  let again = enc(pairs[at].slice(eq + 1));
  if (!again.includes('%25') && again.includes('%')) again = enc(again);
  pairs[at] = `${pairs[at].slice(0, eq)}=${again}`;
  return head + pairs.join('&');
}

const doubleEncodedValue = fc
  .tuple(validScenario, presetId, fc.constantFrom<'readable' | 'compact'>('readable', 'compact'), fc.oneof(fc.constantFrom<'s' | 'title'>('s', 'title'), fc.nat()))
  .map(([scenario, id, form, which]) => {
    // A title with characters that encode (spaces, markup, quotes), so the second encoding changes something.
    const titled = typeof which === 'string' && which === 'title' ? { ...scenario, title: `${scenario.title} <b>"&"</b> 100%` } : scenario;
    return encodeOneValueAgain(encodeLink(titled, id, { form }), form === 'compact' && which === 'title' ? 's' : which);
  });

export const linkInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: doubleEncodedValue },
  { weight: 3, arbitrary: encodedLink },
  { weight: 3, arbitrary: mutatedText(encodedLink, 3) },
  { weight: 3, arbitrary: injected },
  { weight: 3, arbitrary: tamperedCompact },
  { weight: 1, arbitrary: mutatedText(tamperedCompact, 2) },
  { weight: 1, arbitrary: fc.constantFrom(...CORPUS.links) },
  { weight: 2, arbitrary: mutatedText(fc.constantFrom(...CORPUS.links), 3) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_LINKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }).map((s) => `?${s}`) },
);

/** Scenario parameters of a query, as decodeLink reads them: none means there was nothing to open. */
const scenarioParams = (search: string) => [...new URLSearchParams(search)].filter(([k]) => !VIEW_PARAMS.includes(k) && !IGNORED_PARAMS.test(k));

export const linkEntry: Entry<string> = {
  name: 'link',
  source: 'decodeLink (src/scenario/link): readable and compact links the app wrote, mutated, tampered, truncated, double-encoded; v1 links',
  arbitrary: linkInput,
  run: (search) => {
    const decoded = decodeLink(search);
    if (!decoded.scenario) {
      // Refused: an error notice says why, naming the fields it is about (or, for a link refused whole, as too long
      // or damaged, the link itself), or the query held no scenario at all.
      const errors = decoded.notices.filter((n) => n.kind === 'error').flatMap((n) => (n.fields?.length ? n.fields : [{ path: '(link)', message: n.text }]));
      if (!errors.length && scenarioParams(search).length === 0) return { kind: 'refused', errors: [{ path: '(link)', message: 'holds no scenario' }], notices: decoded.notices };
      return { kind: 'refused', errors, notices: decoded.notices };
    }
    const outcome = admit({ ok: true, scenario: decoded.scenario }, decoded.presetId);
    return { ...outcome, notices: decoded.notices };
  },
  after: (search, outcome) => {
    const given = new Set(new URLSearchParams(search).keys());
    for (const notice of outcome.notices ?? []) {
      const problem = messageProblem(notice.text);
      if (problem) return `notice: ${problem}`;
      // A refused or ignored part names its field, or the readable parameter as the link spells it.
      if (['notOpened', 'ignored', 'conflict'].includes(notice.code ?? '')) {
        if (!notice.fields?.length) return `a "${notice.code}" notice that names no field: ${notice.text.slice(0, 200)}`;
        const unnamed = notice.fields.find((f) => !given.has(f.path) && refusalProblem([f]) !== null);
        if (unnamed) return `a "${notice.code}" notice about ${JSON.stringify(unnamed.path)}, neither a field nor a parameter of the link`;
      }
    }
    return null;
  },
};

// ---- 3. the saved-scenarios store ----

const storage = memoryStorage();
Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });

const storedItem = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', 'a', 'x-1'), fc.string({ minLength: 1, maxLength: 12 })),
  name: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 20 })),
  savedAt: fc.constantFrom('2026-12-01T10:00:00.000Z', 'yesterday', '', '9999-99-99T99:99:99Z'),
  scenario: fc.oneof({ weight: 3, arbitrary: validScenario as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: parserInput.map((p) => p.value) }),
});
const envelope = fc.record({ version: fc.constantFrom<unknown>(1, 1, 1, 2, 0, '1'), items: fc.array(storedItem, { maxLength: 4 }) });
const stringified = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '{"version":1,"items":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}';
  }
};

export const storedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: envelope.map(stringified) },
  { weight: 3, arbitrary: mutatedFrom(envelope, 3).map(stringified) },
  { weight: 2, arbitrary: mutatedText(envelope.map(stringified), 2) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.json(), fc.string({ unit: 'binary', maxLength: 40 })) },
);

const SAVED_PRESET = PRESETS[0];
const asideKeys = () => {
  const out: string[] = [];
  for (let i = 0; i < storage.length; i++) if (storage.key(i)!.startsWith(`${SAVED_KEY}:set-aside:`)) out.push(storage.key(i)!);
  return out;
};

export const savedEntry: Entry<string> = {
  name: 'saved',
  source: 'listSaved, loadSaved, saveScenario (src/state/saved.ts): stored envelopes, mutated, damaged',
  arbitrary: storedText,
  run: (raw) => {
    storage.clear();
    storage.setItem(SAVED_KEY, raw);
    resetSavedCache();
    useStore.setState({ notices: [] });
    const items = listSaved();
    // Every item by its place in the list: loadSaved(id) opens the first item of an id, so a later one with the
    // same id is read as loadSaved reads it (parseScenario of its scenario). The app's list opens by id as well:
    // such an item cannot be opened there (a store two tabs or a hand edit gave duplicate ids).
    const first = (item: SavedItem, i: number) => items.findIndex((other) => other.id === item.id) === i;
    const outcomes = items.map((item, i) => admit((first(item, i) ? loadSaved(item.id) : parseScenario(item.scenario)) ?? { ok: false, errors: [{ path: '(store)', message: 'lost its item' }] }));
    const opened = outcomes.flatMap((o) => (o.kind === 'accepted' ? o.opened : []));
    // Each refused item's errors are checked on their own (each is the refusal of that item, whole or by field).
    const parts = outcomes.flatMap((o) => (o.kind === 'refused' ? [o.errors] : []));
    if (opened.length) return { kind: 'accepted', opened, parts };
    // A store set aside, or an empty list: the notice is the refusal.
    const notices = useStore.getState().notices.map((n) => ({ path: '(store)', message: n.text }));
    if (parts.length) return { kind: 'refused', errors: parts[0], parts };
    return { kind: 'refused', errors: notices.length ? notices.slice(0, 1) : [{ path: '(store)', message: 'holds no saved scenario' }], parts: notices.slice(1).map((n) => [n]) };
  },
  after: (raw) => {
    // Nothing stored is lost: the old text is still the store, or set aside whole; a new save keeps the old items.
    const kept = storage.getItem(SAVED_KEY);
    const aside = asideKeys().map((k) => storage.getItem(k));
    if (kept !== raw && !aside.includes(raw)) return 'the stored text was neither kept nor set aside';
    const before = listSaved().map((i) => i.id);
    const saved = saveScenario('after', SAVED_PRESET.scenario);
    if (!saved && before.length < 200) return 'saving after reading it failed';
    const after = listSaved().map((i) => i.id);
    for (const id of before) if (!after.includes(id)) return `saving dropped item ${JSON.stringify(id)}`;
    if (saved && !after.includes(saved.id)) return 'the new item is not in the store';
    if (!asideKeys().map((k) => storage.getItem(k)).every((text, i) => text === aside[i])) return 'a set-aside store changed';
    for (const notice of useStore.getState().notices) {
      const problem = messageProblem(notice.text);
      if (problem) return `notice: ${problem}`;
    }
    return null;
  },
};

// ---- 4. the formula checker and compiler ----

export interface FormulaInput {
  text: string;
  where: 'shared' | 'team';
  preset: number;
  scope: number[];
}

const SCOPE_VALUES = [0, 1e-300, 1, 2, 1e6, 1e12, 1e300, -1, 0.5];

export const formulaInput: fc.Arbitrary<FormulaInput> = fc.record({
  text: formulaText,
  where: fc.constantFrom<'shared' | 'team'>('shared', 'team'),
  preset: fc.nat(),
  scope: fc.array(fc.oneof(fc.constantFrom(...SCOPE_VALUES), fc.double()), { minLength: FORMULA_VARIABLES.length, maxLength: FORMULA_VARIABLES.length }),
});

export const formulaEntry: Entry<FormulaInput> = {
  name: 'formula',
  source: 'checkFormula, compileFormula (src/formula/sandbox.ts), then the scenario with the formula as its custom curve',
  arbitrary: formulaInput,
  appWork: false,
  run: ({ text, where, preset }) => {
    const check = checkFormula(text);
    if (check.ok) compileFormula(text);
    const base = presetAt(preset).scenario;
    const candidate =
      where === 'shared'
        ? { ...base, productivity: { ...base.productivity, curve: 'custom', expression: text } }
        : { ...base, teams: base.teams.map((team, i) => (i === 0 ? { ...team, productivity: { ...team.productivity, curve: 'custom', expression: text } } : team)) };
    return admit(parseScenario(candidate), presetAt(preset).id);
  },
  after: ({ text, scope }, outcome) => {
    const check = checkFormula(text);
    // The editor's check and the app's admission agree.
    if (check.ok !== (outcome.kind === 'accepted')) return `checkFormula says ${check.ok ? 'ok' : 'refused'} but the scenario was ${outcome.kind}`;
    if (!check.ok) return messageProblem(check.message);
    // A compiled formula returns a number for any scope, never throws.
    const fn = compileFormula(text);
    const values = Object.fromEntries(FORMULA_VARIABLES.map((name, i) => [name, scope[i]])) as never;
    const value = fn(values);
    return typeof value === 'number' ? null : `the compiled formula returned ${typeof value}`;
  },
};

// ---- 5. the file opener ----

const fileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(parserInput, fc.constantFrom<number | undefined>(undefined, 2, 0, '\t' as never)).map(([p, indent]) => stringifiedWith(p.value, indent)) },
  { weight: 3, arbitrary: mutatedText(parserInput.map((p) => stringifiedWith(p.value, 2)), 3) },
  { weight: 1, arbitrary: fc.constantFrom(...CORPUS.files).map((f) => JSON.stringify(f, null, 2)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '', '\uFEFF', '\uFEFF\uFEFF{}', '\uFFFE{}', ' ', 'null', '[]', '"scenario"', '{', '{"title": "cut sh', '\u0000\u0001\u0002', 'PK\u0003\u0004', '%PDF-1.7',
      '['.repeat(6000) + ']'.repeat(6000), '{"a":'.repeat(6000) + '1' + '}'.repeat(6000), '{"years": Infinity}', '{"years": NaN}', '{"years": 1e999}', '{"years": -0}',
      '{"__proto__": {"polluted": "yes"}}', '{"teams": [{"name": "<img src=x onerror=alert(1)>"}]}', `{"title": "${'x'.repeat(2_000_001)}"}`,
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

function stringifiedWith(value: unknown, indent: number | string | undefined): string {
  try {
    // Indenting a deep value costs the square of its depth in spaces (5,000 levels: 25 MB): large ones stay compact.
    const compact = JSON.stringify(value) ?? 'undefined';
    return indent === undefined || compact.length > 100_000 ? compact : (JSON.stringify(value, null, indent) ?? 'undefined');
  } catch {
    return '{"title":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}';
  }
}

export interface FileInput {
  text: string;
  /** The file as the browser hands it over: made while generating, so the timing is the app's, not the copy's. */
  file: Blob;
}

export const fileEntry: Entry<FileInput> = {
  name: 'file',
  source: 'readScenarioFile (src/export/scenarioFile.ts): files of valid, mutated and damaged scenarios, BOMs, binary, huge, deep',
  // Texts far past the 2 MB limit are cut to just past it: the limit is what they test.
  arbitrary: fileText.map((text) => (text.length > 2_200_000 ? text.slice(0, 2_200_000) : text)).map((text) => ({ text, file: new Blob([text]) })),
  run: async ({ file }) => admit(await readScenarioFile(file)),
};

export const ENTRIES = [parserEntry, linkEntry, savedEntry, formulaEntry, fileEntry] as const;
