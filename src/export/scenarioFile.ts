// Scenario files: written pretty and validated (a file the app writes always
// opens again), read as untrusted input with every problem named.
import { parseScenario, formatErrors, type FieldError, type ParseResult } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { v1MigrationNotice } from '../scenario/migrate/v1';
import type { LinkNotice } from '../scenario/link/encode';

/** Larger files are refused unread: the largest valid scenario is far smaller. */
export const MAX_FILE_BYTES = 2_000_000;

/** The scenario as a JSON file's text; throws if it would not open again. */
export function scenarioToJson(scenario: Scenario): string {
  const result = parseScenario(scenario);
  if (!result.ok) throw new Error(`The scenario is not valid and was not exported:\n${formatErrors(result.errors)}`);
  return JSON.stringify(result.scenario, null, 2) + '\n';
}

/** Read a scenario from a file's text. */
export function parseScenarioText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable';
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON (${detail.slice(0, 120)})` }] };
  }
  return parseScenario(json);
}

export async function readScenarioFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) {
    const errors: FieldError[] = [{ path: '(file)', message: `is too large (${Math.round(file.size / 1000)} kB; at most ${MAX_FILE_BYTES / 1000} kB)` }];
    return { ok: false, errors };
  }
  return parseScenarioText(await file.text());
}

/**
 * The notice an opened version 1 file gets, the one a version 1 link gets (src/scenario/link/codec.ts):
 * that its numbers are version 1's, or where they now differ. Null for a file of the current version,
 * and for one without `schemaVersion`, which is read as the current version (docs/model.md).
 */
export function migrationNotice(result: ParseResult): LinkNotice | null {
  return result.ok && result.migratedFrom ? v1MigrationNotice(result.migratedFrom.differences) : null;
}
