// `npm run simulate -- FILE.json [--format json|csv] [--teams] [--samples N] [--seed S]` or `--preset NAME`:
// the per-year results of a scenario for batch runs, notebooks and newsrooms'
// own charts (PRODUCT.md capability 9 and its contract). Errors are one clear
// message on stderr and an exit code, never a stack trace.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frontier, simulate, type CurveCompiler, type SimulationResult } from '../model';
import { BOOLEAN_METRICS, YEAR_METRICS } from '../model/metrics';
import { bandRows, runUncertainty } from '../model/uncertainty';
import { loadFormulaChecker, loadFormulaEngine, usesCustomCurve } from '../formula';
import { toCsv } from '../export/csv';
import { parseScenario } from '../scenario/parse';
import { PRESETS, getPreset } from '../scenario/presets';
import type { Scenario } from '../scenario/schema';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { rangeCount } from '../scenario/paths';

export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file (or standard input for `-`) as UTF-8 text. */
  read(path: string): string;
}

/** An input the user must fix: a message naming the file or field, and exit code 2. */
class InputError extends Error {}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : code ?? String(error);
  return `cannot read ${path}: ${reason}`;
}

function loadFile(path: string, io: Io): Scenario {
  const name = path === '-' ? 'standard input' : path;
  let text: string;
  try {
    text = io.read(path);
  } catch (error) {
    throw new InputError(describeReadError(name, error));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${e.path}: ${e.message}`);
    throw new InputError(`${name} is not a valid scenario:\n${lines.join('\n')}`);
  }
  return parsed.scenario;
}

function presetList(): string {
  return PRESETS.map((p) => `  ${p.id.padEnd(22)} ${p.scenario.title}`).join('\n');
}

function scenarioFor(options: CliOptions, io: Io): Scenario {
  if (options.preset !== undefined) {
    const preset = getPreset(options.preset);
    if (!preset) throw new InputError(`no preset called ${JSON.stringify(options.preset)}; the presets are:\n${presetList()}`);
    return preset.scenario;
  }
  return loadFile(options.file!, io);
}

/**
 * The formula engine (mathjs) for a scenario with a custom curve, loaded only
 * then, as in the app; a formula the sandbox refuses is a bad file, named by
 * its field (the shared block, or the team whose own formula it is).
 */
async function compilerFor(scenario: Scenario): Promise<CurveCompiler | undefined> {
  if (!usesCustomCurve(scenario)) return undefined;
  const check = await loadFormulaChecker();
  // Each team's curve (the engine compiles no other), named where its formula
  // is written: the team's own, or the shared block's.
  const blocks = scenario.teams.map((team, i) => ({
    ...scenario.productivity,
    ...team.productivity,
    path: team.productivity?.expression !== undefined ? `teams[${i}].productivity` : 'productivity',
  }));
  const problems = new Set<string>();
  for (const { path, curve, expression } of blocks) {
    const result = curve === 'custom' ? check(expression) : { ok: true as const };
    if (!result.ok) problems.add(`  ${path}.expression: ${result.message}`);
  }
  if (problems.size) throw new InputError(`the scenario's formula is not allowed:\n${[...problems].join('\n')}`);
  return loadFormulaEngine();
}

/** The frontier of the final year, in brief: where the token budget stops paying. */
function frontierSummary(scenario: Scenario, compile?: CurveCompiler) {
  const f = frontier(scenario, { compile });
  return {
    year: f.year,
    currentBudget: f.current.budget,
    optimumBudget: f.optimum.budget,
    breakEvenBudget: f.breakEven.budget,
    breakEvenBeyondSweep: f.breakEvenBeyondSweep,
  };
}

export interface UncertaintyJson {
  samples: number;
  seed: number;
  years: ReturnType<typeof bandRows>;
}

/**
 * PRODUCT.md: `--samples N --seed S` adds `"uncertainty": { "samples": N,
 * "seed": S, "years": [ { "year": …, METRIC: { "p10": …, "p50": …, "p90": … } } ] }`,
 * bands of the totals over teams for every number metric (MODEL.md §6); an
 * option left out takes the scenario's uncertainty.samples or .seed.
 */
export function uncertaintyJson(scenario: Scenario, options: Pick<CliOptions, 'samples' | 'seed'>, compile?: CurveCompiler): UncertaintyJson {
  const run = runUncertainty(scenario, { samples: options.samples, seed: options.seed, compile, metrics: BAND_METRICS });
  return { samples: run.samples, seed: run.seed, years: bandRows(run.startYear, run.years, run.bands) };
}

/** Every metric with a band: yes/no metrics have none (MODEL.md §6 gives them threshold probabilities). */
const BAND_METRICS = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));

/** JSON of PRODUCT.md's contract: years (totals), teams, summary; plus the frontier and the scenario run, and the bands when asked for. */
export function toJson(result: SimulationResult, scenario: Scenario, compile?: CurveCompiler, uncertainty?: UncertaintyJson): string {
  const out = {
    years: result.years,
    teams: result.teams.map((team) => ({ name: team.name, years: team.years })),
    summary: result.summary,
    frontier: frontierSummary(scenario, compile),
    scenario,
    ...(uncertainty ? { uncertainty } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\nRun with --help for the options.\n`);
    return EXIT.badInput;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n\nPresets:\n${presetList()}\n`);
    return EXIT.ok;
  }
  try {
    const scenario = scenarioFor(options, io);
    const compile = await compilerFor(scenario);
    const result = simulate(scenario, { compile });
    if (options.format === 'csv') {
      io.stdout(toCsv(result, scenario, { teams: options.teams }));
      return EXIT.ok;
    }
    const wantsUncertainty = options.samples !== undefined || options.seed !== undefined;
    if (wantsUncertainty && rangeCount(scenario) === 0) {
      io.stderr('note: the scenario has no uncertainty ranges, so every band is its single run\n');
    }
    const uncertainty = wantsUncertainty ? uncertaintyJson(scenario, options, compile) : undefined;
    io.stdout(toJson(result, scenario, compile, uncertainty));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`error: ${error.message}\n`);
      return EXIT.badInput;
    }
    // Anything else the engine refuses: still one line, no stack trace.
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}

const nodeIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  read: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
};

// Run only as a program (tsx src/cli/simulate.ts), not when imported by a test.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A closed pipe (`… | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`error: cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.failed);
  });
  void run(process.argv.slice(2), nodeIo).then((code) => {
    process.exitCode = code;
  });
}
