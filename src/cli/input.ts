// The command line's inputs: a scenario file or preset, and the formula engine
// when a scenario has a custom curve. Validation (zod, parse.ts) and the
// formula engine (mathjs) are loaded only when an input needs them, so a
// preset run starts without either.
import type { CurveCompiler } from '../model';
import { loadFormulaChecker, loadFormulaEngine, usesCustomCurve } from '../formula';
import type { FieldError, ParseResult } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { PRESETS, getPreset } from './presets';
import { input as text } from './messages';

/** An input the user must fix: a message naming the file or field, and exit code 2. */
export class InputError extends Error {}

/** What a person reads when a file cannot be opened: the reason in words where there is one. */
export function describeReadError(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return text.cannotRead(name, (code && text.readReason[code]) ?? code ?? String(error));
}

/** Validates untrusted JSON as a scenario (parse.ts, loaded on first use). */
export async function parseScenario(json: unknown): Promise<ParseResult> {
  return (await import('../scenario/parse')).parseScenario(json);
}

/** `  path: message`, one line per error, as the command line lists them. */
export const fieldLines = (errors: readonly FieldError[]) => errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');

/**
 * A scenario file, validated. A version 1 file is migrated and `note` gets the
 * notice a version 1 link gets in the app (its numbers are version 1's, or
 * where they differ), for stderr: the run goes on and its exit code is unchanged.
 */
export async function loadFile(path: string, read: (path: string) => string, note?: (line: string) => void): Promise<Scenario> {
  const name = path === '-' ? text.standardInput : path;
  let source: string;
  try {
    source = read(path);
  } catch (error) {
    throw new InputError(describeReadError(name, error));
  }
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(text.notJson(name, (error as Error).message));
  }
  const parsed = await parseScenario(json);
  if (!parsed.ok) throw new InputError(`${text.notScenario(name)}\n${fieldLines(parsed.errors)}`);
  if (parsed.migratedFrom && note) {
    const { v1MigrationNotice } = await import('../scenario/migrate/v1');
    note(text.migrated(name, v1MigrationNotice(parsed.migratedFrom.differences).text));
  }
  return parsed.scenario;
}

export function presetList(): string {
  return PRESETS.map((p) => `  ${p.id.padEnd(22)} ${p.scenario.title}`).join('\n');
}

export function presetScenario(id: string): Scenario {
  const preset = getPreset(id);
  if (!preset) throw new InputError(`${text.noPreset(id)}\n${presetList()}`);
  return preset.scenario;
}

/**
 * The formula problems of a scenario with a custom curve, named by their
 * field: each team's curve (the engine compiles no other), where its formula
 * is written: the team's own, or the shared block's.
 */
export async function formulaErrors(scenario: Scenario): Promise<FieldError[]> {
  if (!usesCustomCurve(scenario)) return [];
  const check = await loadFormulaChecker();
  const blocks = scenario.teams.map((team, i) => ({
    ...scenario.productivity,
    ...team.productivity,
    path: team.productivity?.expression !== undefined ? `teams[${i}].productivity` : 'productivity',
  }));
  const problems = new Map<string, FieldError>();
  for (const { path, curve, expression } of blocks) {
    const result = curve === 'custom' ? check(expression) : { ok: true as const };
    if (!result.ok) problems.set(`${path}.expression`, { path: `${path}.expression`, message: result.message });
  }
  return [...problems.values()];
}

/**
 * The formula engine (mathjs) for a scenario with a custom curve, loaded only
 * then, as in the app; a formula the sandbox refuses is a bad input (InputError).
 */
export async function compilerFor(scenario: Scenario): Promise<CurveCompiler | undefined> {
  if (!usesCustomCurve(scenario)) return undefined;
  const problems = await formulaErrors(scenario);
  if (problems.length) throw new InputError(`${text.formulaRefused}\n${fieldLines(problems)}`);
  return loadFormulaEngine();
}
