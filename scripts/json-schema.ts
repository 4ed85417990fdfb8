// `npm run schema`: writes public/scenario.schema.json, the JSON Schema of a
// scenario file as a user writes it (the input side of the zod schema, so
// every field with a default is optional). Editors use it to complete and
// check scenario files; test/unit/schema checks the committed file is current.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { SCHEMA_VERSION, scenarioSchema } from '../src/scenario/schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../public/scenario.schema.json', import.meta.url));

export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'scenario.schema.json',
    title: `Scenario (schema version ${SCHEMA_VERSION})`,
    description:
      'A scenario of the tokens-versus-headcount simulator (MODEL.md §1). Every field has a default; unknown fields are refused. Cross-field rules are checked by the app and the command line, not by this schema: a custom curve needs an expression; a promotion’s "to" must name exactly one other team of the scenario (team names it points at must be unique), a team’s attrition plus its promotion rate must be at most 1, and promotions must not form a cycle (team A into B and B back into A); uncertainty ranges must name a number of the shared blocks and stay within its bounds. A file without schemaVersion is read as the current version; one saying 1 is migrated.',
    ...rest,
  };
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, jsonSchemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
