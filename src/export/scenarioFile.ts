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

/**
 * Where a JSON.parse failure is, as line and column from 1, when the engine's
 * message says: V8 writes "at position 42" (and, since Chrome 117 / Node 20,
 * "(line 3 column 5)"), Firefox "at line 3 column 5". The message itself is
 * never shown: it is the engine's English and names tokens, not the reader's
 * problem (issue 9, 10b).
 */
export function jsonErrorPosition(message: string, text: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const offset = Number(position[1]);
  if (offset > text.length) return undefined;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Read a scenario from a file's text. */
export function parseScenarioText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const at = error instanceof SyntaxError ? jsonErrorPosition(error.message, body) : undefined;
    const message = at ? `is not valid JSON (line ${at.line}, column ${at.column})` : 'is not valid JSON';
    return { ok: false, errors: [{ path: '(file)', message, code: 'notJson', values: at ?? {} }] };
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
