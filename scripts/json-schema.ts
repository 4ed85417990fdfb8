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
      'A scenario of the tokens-versus-headcount simulator (MODEL.md §1). Every field has a default; unknown fields are refused. Cross-field rules (a custom curve needs an expression; uncertainty ranges must name a number and stay within its bounds) are checked by the app, not by this schema.',
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
