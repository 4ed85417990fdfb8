// `npm run simulate -- FILE.json [--format json|csv] [--teams] [--samples N] [--seed S]`, `--preset NAME`,
// `--sweep LINES.ndjson` or `--version`: the per-year results of a scenario for
// batch runs, notebooks and newsrooms' own charts (PRODUCT.md capability 9 and
// its contract). Errors are one clear message on stderr and an exit code,
// never a stack trace. bin.ts runs this as a program; tests call run().
import { frontier, simulate, type CurveCompiler, type SimulationResult } from '../model';
import type { FrontierCurve } from '../model/frontier';
import { LENS_HEADLINES, flips } from '../model/flips';
import { flipInputs } from '../scenario/flipInputs';
import { MODEL_VERSION } from '../model/version';
import { bandRows } from '../model/uncertainty/bands';
import { onePassBands } from '../model/uncertainty/onePassBands';
import { toCsv } from '../export/csv';
import type { Scenario } from '../scenario/schema';
import { rangeCount } from '../scenario/paths';
import { version as APP_VERSION } from '../../package.json';
import { parseArgs, UsageError, type CliOptions } from './args';
import { BAND_METRICS } from './bandMetrics';
import type { WorkerScript } from './sweep/pool';
import { InputError, compilerFor, loadFile, presetList, presetScenario } from './input';
import { USAGE, errorLine, input as text, presetsHeading, usage, versionLine } from './messages';

export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file (or standard input for `-`) as UTF-8 text. */
  read(path: string): string;
  /** A sweep's input, line by line (standard input for `-`); the lines of read(path) when omitted. */
  lines?(path: string): AsyncIterable<string>;
  /** The worker-thread script of a sweep with --jobs above 1 (bin.ts knows where it was built). */
  worker?: WorkerScript;
}

/** The frontier of the final year, in brief: where the token budget stops paying, for the organisation and each team (MODEL.md §6). */
function frontierSummary(scenario: Scenario, compile?: CurveCompiler) {
  const f = frontier(scenario, { compile });
  const brief = (c: FrontierCurve) => ({
    currentBudget: c.current.budget,
    optimumBudget: c.optimum.budget,
    breakEvenBudget: c.breakEven.budget,
    breakEvenBeyondSweep: c.breakEvenBeyondSweep,
  });
  return { year: f.year, ...brief(f), teams: f.teams.map((t) => ({ name: t.name, ...brief(t) })) };
}

/**
 * What would have to be true (MODEL.md §6) for the lenses' two headlines:
 * roles at risk in the final year, and cost per output against no AI; each
 * input's flip value, closest first.
 */
export function flipsJson(scenario: Scenario, compile?: CurveCompiler) {
  const inputs = flipInputs(scenario);
  return [LENS_HEADLINES.union, LENS_HEADLINES.finance].map((headline) => {
    const f = flips(scenario, headline, inputs, { compile });
    return { ...f.headline, value: f.value, above: f.above, inputs: f.inputs };
  });
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
 * option left out takes the scenario's uncertainty.samples or .seed. Only
 * the printed bands are computed (onePassBands: the numbers of runUncertainty's, bit for bit).
 */
export function uncertaintyJson(scenario: Scenario, options: Pick<CliOptions, 'samples' | 'seed'>, compile?: CurveCompiler): UncertaintyJson {
  const run = onePassBands(scenario, { samples: options.samples, seed: options.seed, compile, metrics: BAND_METRICS });
  return { samples: run.samples, seed: run.seed, years: bandRows(run.startYear, run.years, run.bands) };
}

/** JSON of PRODUCT.md's contract: years (totals), teams, summary; plus the frontier, the flips and the scenario run, and the bands when asked for. */
export function toJson(result: SimulationResult, scenario: Scenario, compile?: CurveCompiler, uncertainty?: UncertaintyJson, withFlips = true): string {
  const out = {
    years: result.years,
    teams: result.teams.map((team) => ({ name: team.name, years: team.years })),
    summary: result.summary,
    frontier: frontierSummary(scenario, compile),
    ...(withFlips ? { flips: flipsJson(scenario, compile) } : {}),
    scenario,
    ...(uncertainty ? { uncertainty } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** One scenario, a file or a preset, printed as JSON or CSV. */
async function single(options: CliOptions, io: Io): Promise<number> {
  const scenario = options.preset !== undefined ? presetScenario(options.preset) : await loadFile(options.file!, io.read, (line) => io.stderr(`${line}\n`));
  const compile = await compilerFor(scenario);
  const result = simulate(scenario, { compile });
  if (options.format === 'csv') {
    io.stdout(toCsv(result, scenario, { teams: options.teams }));
    return EXIT.ok;
  }
  const wantsUncertainty = options.samples !== undefined || options.seed !== undefined;
  if (wantsUncertainty && rangeCount(scenario) === 0) io.stderr(`${text.noRanges}\n`);
  const uncertainty = wantsUncertainty ? uncertaintyJson(scenario, options, compile) : undefined;
  io.stdout(toJson(result, scenario, compile, uncertainty, !options.noFlips));
  return EXIT.ok;
}

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${errorLine(error.message)}\n${usage.seeHelp}\n`);
    return EXIT.badInput;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n\n${presetsHeading}\n${presetList()}\n`);
    return EXIT.ok;
  }
  if (options.version) {
    // The schema module builds the zod schema as it loads: only --version and validation need it.
    const { SCHEMA_VERSION } = await import('../scenario/schema');
    io.stdout(`${versionLine(APP_VERSION, MODEL_VERSION, SCHEMA_VERSION)}\n`);
    return EXIT.ok;
  }
  try {
    if (options.sweep) return await (await import('./sweep/sweep')).sweep(options, io);
    return await single(options, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${errorLine(error.message)}\n`);
      return EXIT.badInput;
    }
    // Anything else the engine refuses: still one line, no stack trace.
    io.stderr(`${errorLine(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.failed;
  }
}
