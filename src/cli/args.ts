// Command-line arguments of `npm run simulate` / `tokens-sim` (PRODUCT.md
// capability 9 and its contract). Pure: argv in, options or a UsageError
// naming the problem out. The texts are in messages.ts.
import { usage } from './messages';

export { USAGE } from './messages';

export type Format = 'json' | 'csv' | 'ndjson';

export interface CliOptions {
  /** Scenario file path (with --sweep, the file of lines); `-` reads standard input. */
  file?: string;
  /** The preset to run; with --sweep, the base of change sets that name none. */
  preset?: string;
  format: Format;
  /** CSV and sweeps: add per-team rows after the totals (JSON always has them, so it ignores this). */
  teams: boolean;
  help: boolean;
  /** `--version`. */
  version?: boolean;
  /** Monte Carlo draws (`--samples N`), for the uncertainty output. */
  samples?: number;
  /** Seed of the draws (`--seed S`). */
  seed?: number;
  /** `--sweep`: one scenario or change set a line. */
  sweep?: boolean;
  /** Worker threads of a sweep (`--jobs N`). */
  jobs?: number;
  /** `--no-flips`: leave "what would have to be true" out of the JSON (it costs about as much as the run). */
  noFlips?: boolean;
}

/** A mistake in the command line itself (exit code 2, message and a hint). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

// Bounds of the scenario schema's uncertainty.samples and uncertainty.seed;
// 64 threads is far beyond the cores a sweep can use, and bounds a typo.
const INTEGER_FLAGS = {
  '--samples': { key: 'samples', min: 1, max: 100_000 },
  '--seed': { key: 'seed', min: 0, max: 4_294_967_295 },
  '--jobs': { key: 'jobs', min: 1, max: 64 },
} as const;
const VALUE_FLAGS = new Set(['--format', '--preset', ...Object.keys(INTEGER_FLAGS)]);
const SWITCHES = new Set(['--teams', '--help', '-h', '--version', '--sweep', '--no-flips']);
const FORMATS: readonly string[] = ['json', 'csv', 'ndjson'];

function integerFlag(flag: keyof typeof INTEGER_FLAGS, text: string): number {
  const { min, max } = INTEGER_FLAGS[flag];
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new UsageError(usage.wholeNumber(flag, min, max, text));
  return value;
}

/** What --sweep allows and needs: ndjson or csv, bands in either, one file of lines. */
function checkSweep(options: CliOptions, formatGiven: boolean, positional: string[]): void {
  if (!formatGiven) options.format = 'ndjson';
  else if (options.format === 'json') throw new UsageError(usage.badSweepFormat('json'));
  if (positional.length > 1) throw new UsageError(usage.oneSweepFile(positional.length, positional));
  if (positional.length === 0) throw new UsageError(usage.sweepNeedsFile);
  options.file = positional[0];
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { format: 'json', teams: false, help: false };
  const positional: string[] = [];
  const seen = new Set<string>();
  let flagsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (flagsDone || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      flagsDone = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(flag) && !SWITCHES.has(flag)) throw new UsageError(usage.unknownOption(flag));
    if (seen.has(flag)) throw new UsageError(usage.repeated(flag));
    seen.add(flag);
    if (SWITCHES.has(flag)) {
      if (eq > 0) throw new UsageError(usage.takesNoValue(flag));
      if (flag === '--teams') options.teams = true;
      else if (flag === '--version') options.version = true;
      else if (flag === '--sweep') options.sweep = true;
      else if (flag === '--no-flips') options.noFlips = true;
      else options.help = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(usage.needsValue(flag));
    if (flag === '--format') {
      if (!FORMATS.includes(value)) throw new UsageError(argv.includes('--sweep') ? usage.badSweepFormat(value) : usage.badFormat(value));
      options.format = value as Format;
    } else if (flag === '--preset') {
      options.preset = value;
    } else {
      const f = flag as keyof typeof INTEGER_FLAGS;
      options[INTEGER_FLAGS[f].key] = integerFlag(f, value);
    }
  }
  if (options.help || options.version) return options;
  if (options.sweep) {
    checkSweep(options, seen.has('--format'), positional);
    return options;
  }
  if (options.jobs !== undefined) throw new UsageError(usage.jobsNeedSweep);
  if (options.format === 'ndjson') throw new UsageError(usage.ndjsonOnlyInSweeps);
  if (options.format === 'csv' && (options.samples !== undefined || options.seed !== undefined)) {
    // The CSV contract is one row per year of the single run; bands have a shape of their own.
    throw new UsageError(usage.bandsJsonOnly);
  }
  if (positional.length > 1) throw new UsageError(usage.oneFile(positional.length, positional));
  if (positional.length === 1 && options.preset !== undefined) throw new UsageError(usage.fileOrPreset);
  if (positional.length === 0 && options.preset === undefined) throw new UsageError(usage.needFileOrPreset);
  if (positional.length === 1) options.file = positional[0];
  return options;
}
