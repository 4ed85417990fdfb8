// Writes test/fuzz/corpus/v<schema version>.json: scenario files and links as the current
// schema version of the app writes them (presets, and scenarios made from the schema), the seed
// corpus the fuzzers mutate. Run once per released schema version and keep the
// file: after a schema change these old files and links must still open (by
// migration), and test/unit/fuzz/regressions.test.ts checks that they do.
//   npx tsx test/fuzz/makeCorpus.ts
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { parseScenario } from '../../src/scenario/parse';
import { SCHEMA_VERSION, scenarioSchema } from '../../src/scenario/schema';
import { PRESETS } from '../../src/scenario/allPresets';
import { encodeLink } from '../../src/scenario/link';
import { scenarioToJson } from '../../src/export/scenarioFile';
import { formulaErrors, setFormulaChecker } from '../../src/state/formulaCheck';
import { checkFormula } from '../../src/formula/sandbox';
import { fromSchema, jsonSchemaOf } from './fromSchema';
import { wellFormed } from './formulas';

setFormulaChecker(checkFormula);
const generated = fc
  .sample(fromSchema(jsonSchemaOf(scenarioSchema), { shortList: 3, hints: [{ name: 'expression', arbitrary: () => wellFormed }, { name: 'ranges', arbitrary: () => fc.constant({}) }] }), { numRuns: 400, seed: 12 })
  .map((doc) => parseScenario(doc))
  .flatMap((r) => (r.ok && formulaErrors(r.scenario).length === 0 ? [r.scenario] : []))
  .filter((s) => scenarioToJson(s).length < 6000)
  .slice(0, 16);
const scenarios = [...PRESETS.map((p) => p.scenario), ...generated];
const files = scenarios.map((s) => JSON.parse(scenarioToJson(s)));
const links = [
  ...PRESETS.map((p) => encodeLink(p.scenario, p.id)),
  ...generated.flatMap((s, i) => [encodeLink(s, PRESETS[i % PRESETS.length].id), encodeLink(s, null, { form: i % 2 ? 'readable' : 'compact' })]),
];
const corpus = { note: `Written by schema version ${SCHEMA_VERSION} of the app (test/fuzz/makeCorpus.ts); keep as it is.`, schemaVersion: SCHEMA_VERSION, files, links };
writeFileSync(new URL(`./corpus/v${SCHEMA_VERSION}.json`, import.meta.url), JSON.stringify(corpus) + '\n');
console.log(`${files.length} files, ${links.length} links`);
