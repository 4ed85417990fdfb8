// Command-line arguments of `npm run simulate` (PRODUCT.md capability 9 and
// its contract). Pure: argv in, options or a UsageError naming the problem out.

export type Format = 'json' | 'csv';

export interface CliOptions {
  /** Scenario file path; `-` reads standard input. */
  file?: string;
  preset?: string;
  format: Format;
  /** CSV: add per-team rows after the totals (JSON always has them, so it ignores this). */
  teams: boolean;
  help: boolean;
  /** Monte Carlo draws (`--samples N`), for the uncertainty output. */
  samples?: number;
  /** Seed of the draws (`--seed S`). */
  seed?: number;
}

/** A mistake in the command line itself (exit code 2, message and a hint). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: npm run simulate -- FILE.json [options]
       npm run simulate -- --preset NAME [options]

Prints the per-year results of a scenario (MODEL.md §5): totals over teams,
each team's rows and the summary.

Options:
  --preset NAME        run a built-in preset instead of a file (see the list below)
  --format json|csv    output format (default json); FILE "-" reads standard input
  --teams              CSV: add each team's rows after the totals (column "team")
  --samples N          add "uncertainty" to the JSON: p10/p50/p90 per year of every
                       metric over N Monte Carlo draws (1 to 100000) of the scenario's
                       uncertainty.ranges; without it, the scenario's uncertainty.samples
  --seed S             seed of the draws (0 to 4294967295); the same seed gives the
                       same bands on every machine; without it, uncertainty.seed
                       (--samples and --seed are JSON only: CSV stays one row per year)
  -h, --help           show this help

Exit codes: 0 success, 1 the run failed, 2 bad arguments or a bad scenario file.`;

// Bounds of the scenario schema's uncertainty.samples and uncertainty.seed.
const INTEGER_FLAGS = {
  '--samples': { key: 'samples', min: 1, max: 100_000 },
  '--seed': { key: 'seed', min: 0, max: 4_294_967_295 },
} as const;
const VALUE_FLAGS = new Set(['--format', '--preset', ...Object.keys(INTEGER_FLAGS)]);
const SWITCHES = new Set(['--teams', '--help', '-h']);

function integerFlag(flag: keyof typeof INTEGER_FLAGS, text: string): number {
  const { min, max } = INTEGER_FLAGS[flag];
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
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
    if (!VALUE_FLAGS.has(flag) && !SWITCHES.has(flag)) throw new UsageError(`unknown option ${flag}`);
    if (seen.has(flag)) throw new UsageError(`${flag} is given more than once`);
    seen.add(flag);
    if (SWITCHES.has(flag)) {
      if (eq > 0) throw new UsageError(`${flag} takes no value`);
      if (flag === '--teams') options.teams = true;
      else options.help = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    if (flag === '--format') {
      if (value !== 'json' && value !== 'csv') throw new UsageError(`--format must be json or csv, got ${JSON.stringify(value)}`);
      options.format = value;
    } else if (flag === '--preset') {
      options.preset = value;
    } else {
      const f = flag as keyof typeof INTEGER_FLAGS;
      options[INTEGER_FLAGS[f].key] = integerFlag(f, value);
    }
  }
  if (options.help) return options;
  if (options.format === 'csv' && (options.samples !== undefined || options.seed !== undefined)) {
    // The CSV contract is one row per year of the single run; bands have a shape of their own.
    throw new UsageError('--samples and --seed add uncertainty bands to the JSON output only; use --format json');
  }
  if (positional.length > 1) throw new UsageError(`expected one scenario file, got ${positional.length}: ${positional.join(' ')}`);
  if (positional.length === 1 && options.preset !== undefined) throw new UsageError('give a scenario FILE or --preset NAME, not both');
  if (positional.length === 0 && options.preset === undefined) throw new UsageError('give a scenario FILE or --preset NAME');
  if (positional.length === 1) options.file = positional[0];
  return options;
}
