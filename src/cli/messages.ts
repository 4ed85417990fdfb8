// Every text the command line shows a person, in one place so that it can be
// translated later (the app's catalogues live in src/i18n). Field paths,
// metric names, option names and JSON keys inside the texts are MODEL.md's
// vocabulary and stay as they are in every language.

export const USAGE = `Usage: npm run simulate -- FILE.json [options]
       npm run simulate -- --preset NAME [options]
       npm run simulate -- --sweep LINES.ndjson [options]
(the same program is the package's bin, tokens-sim)

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
  --no-flips           JSON: leave out "flips", what would have to be true for the
                       headlines (roles at risk, cost per output against no AI) to
                       flip, input by input (MODEL.md §6); it costs about a run
  --version            print the app, model and schema versions
  -h, --help           show this help

Sweeps (many scenarios in one run, for scripts and notebooks):
  --sweep              FILE (or "-", standard input) holds one JSON object a line:
                       a scenario, or a change set such as
                       {"id": "a", "preset": "typical-spend", "set": {"tokens.budget": 5000, "teams[0].engineers": 50}}
                       ("scenario": {…} instead of "preset" changes a scenario of your own).
                       Prints one row per line and year, in input order, as lines finish,
                       each with "line" (its line number), "id" and "year"
  --format ndjson|csv  a sweep's output format (default ndjson)
  --preset NAME        the base of change sets that name no "preset" or "scenario"
  --teams              add each team's rows (column "team"; the totals are "total")
  --samples N, --seed S  add METRIC_p10, METRIC_p50 and METRIC_p90 to the totals rows
  --jobs N             run the lines on N worker threads (1 to 64, default 1)
  A bad line is reported on stderr with its line number and the field, and skipped.

Exit codes: 0 success, 1 the run failed, 2 bad arguments or a bad scenario file;
a sweep exits 2 when it refused a line, 1 when a line failed to run.`;

/** `--version`: the app (package.json), the engine (MODEL_VERSION) and the scenario schema (SCHEMA_VERSION). */
export const versionLine = (app: string, model: number, schema: number) => `tokens-sim ${app} (model version ${model}, scenario schema ${schema})`;

export const presetsHeading = 'Presets:';

// ---- the command line itself (exit code 2) ----
export const usage = {
  seeHelp: 'Run with --help for the options.',
  unknownOption: (flag: string) => `unknown option ${flag}`,
  repeated: (flag: string) => `${flag} is given more than once`,
  takesNoValue: (flag: string) => `${flag} takes no value`,
  needsValue: (flag: string) => `${flag} needs a value`,
  badFormat: (value: string) => `--format must be json or csv, got ${JSON.stringify(value)}`,
  badSweepFormat: (value: string) => `--format of a sweep must be ndjson or csv, got ${JSON.stringify(value)}`,
  ndjsonOnlyInSweeps: '--format ndjson is for sweeps: add --sweep, or use --format json',
  wholeNumber: (flag: string, min: number, max: number, text: string) => `${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`,
  bandsJsonOnly: '--samples and --seed add uncertainty bands to the JSON output only; use --format json',
  jobsNeedSweep: '--jobs runs the lines of a sweep: add --sweep',
  oneFile: (count: number, files: readonly string[]) => `expected one scenario file, got ${count}: ${files.join(' ')}`,
  fileOrPreset: 'give a scenario FILE or --preset NAME, not both',
  needFileOrPreset: 'give a scenario FILE or --preset NAME',
  sweepNeedsFile: 'give the sweep\'s FILE of lines, or "-" to read them from standard input',
  oneSweepFile: (count: number, files: readonly string[]) => `expected one file of lines, got ${count}: ${files.join(' ')}`,
};

// ---- one scenario (exit code 2 for bad input, 1 for a failed run) ----
export const input = {
  standardInput: 'standard input',
  cannotRead: (name: string, reason: string) => `cannot read ${name}: ${reason}`,
  readReason: { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' } as Record<string, string>,
  notJson: (name: string, detail: string) => `${name} is not valid JSON: ${detail}`,
  notScenario: (name: string) => `${name} is not a valid scenario:`,
  noPreset: (id: string) => `no preset called ${JSON.stringify(id)}; the presets are:`,
  formulaRefused: "the scenario's formula is not allowed:",
  noRanges: 'note: the scenario has no uncertainty ranges, so every band is its single run',
  /** A version 1 file, migrated: the notice of src/scenario/migrate/v1.ts. */
  migrated: (name: string, notice: string) => `note: ${name} is a schema version 1 file. ${notice}`,
  cannotWrite: (detail: string) => `cannot write the output: ${detail}`,
};

/** "error: …" as the command line prints it. */
export const errorLine = (message: string) => `error: ${message}`;

// ---- sweeps: one message per refused line, named by its line number (and id) ----
export const sweep = {
  linePrefix: (line: number, id: string | number | null) => (id === null ? `line ${line}` : `line ${line} (id ${JSON.stringify(id)})`),
  notJson: (detail: string) => `is not valid JSON: ${detail}`,
  notObject: (got: string) => `must be a JSON object (a scenario, or a change set with "preset", "scenario" or "set"), got ${got}`,
  badId: (got: string) => `id: must be text (up to 200 characters) or a number, got ${got}`,
  unknownKey: (key: string) => `${key}: is not a field of a change set (id, preset, scenario, set); scenario fields go in "set" or "scenario"`,
  twoBases: 'preset, scenario: give one base for the change set, not both',
  badPresetName: (got: string) => `preset: must be the name of a preset, got ${got}`,
  noPreset: (id: string) => `preset: no preset called ${JSON.stringify(id)} (--help lists them)`,
  badScenario: (got: string) => `scenario: must be a JSON object, got ${got}`,
  noBase: 'preset: a change set needs a base: "preset": NAME or "scenario": {…} in the line, or --preset NAME on the command line',
  badSet: (got: string) => `set: must be an object of field paths and values, such as {"tokens.budget": 5000}, got ${got}`,
  badPath: (key: string) => `set[${JSON.stringify(key)}]: is not a field path (for example "tokens.budget" or "teams[0].engineers")`,
  forbiddenPath: (key: string) => `set[${JSON.stringify(key)}]: is not an allowed field name`,
  noItem: (key: string, list: string, index: number, length: number) =>
    `set[${JSON.stringify(key)}]: there is no ${list}[${index}]: ${list} has ${length === 0 ? 'no items' : length === 1 ? `1 item (${list}[0])` : `${length} items (${list}[0] to ${list}[${length - 1}])`}; to add one, set "${list}[${length}]" to a whole item first`,
  notBlock: (key: string, at: string, got: string) => `set[${JSON.stringify(key)}]: ${at} is ${got}, not a block of fields`,
  failed: (detail: string) => `the run failed: ${detail}`,
  noRanges: (line: number) => `note: line ${line} has no uncertainty ranges, so its bands are its single run (later lines like it are not mentioned)`,
  workerStopped: (detail: string) => `a worker thread stopped: ${detail}`,
};
