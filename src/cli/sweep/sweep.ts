// `--sweep FILE`: many scenarios in one run. Reads the input line by line
// (NDJSON: one scenario or change set a line, line.ts), runs each line in the
// main thread or, with --jobs N, on N worker threads, and writes each line's
// rows as soon as it and every line before it have finished: the output is
// streamed, and in input order whatever order the lines finish in. A refused
// line is reported on stderr (its number and the field) and skipped; the
// exit code says whether any was refused (2) or failed to run (1).
import type { CliOptions } from '../args';
import { InputError, describeReadError } from '../input';
import { sweep as text, input as inputText } from '../messages';
import type { Io } from '../simulate';
import { header } from './rows';
import { failed, lineRunner, type LineStatus, type LineTask, type Outcome, type SweepSettings } from './runLine';
import { WorkerPool } from './pool';

/** Lines handed out but not yet written, per worker: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 4;

async function* linesOfText(source: string): AsyncIterable<string> {
  yield* source.split(/\r?\n/);
}

/** A failure (1) outranks a refusal (2): it is the program's fault, not the input's. */
const worse = (a: LineStatus, b: LineStatus): LineStatus => (a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0);

export async function sweep(options: CliOptions, io: Io): Promise<number> {
  const file = options.file!;
  const settings: SweepSettings = {
    format: options.format === 'csv' ? 'csv' : 'ndjson',
    teams: options.teams,
    bands: options.samples !== undefined || options.seed !== undefined,
    preset: options.preset,
    samples: options.samples,
    seed: options.seed,
  };
  let lines: AsyncIterable<string>;
  const name = file === '-' ? inputText.standardInput : file;
  try {
    lines = io.lines ? io.lines(file) : linesOfText(io.read(file));
  } catch (error) {
    throw new InputError(describeReadError(name, error));
  }

  const jobs = options.jobs ?? 1;
  const pool = jobs > 1 && io.worker ? new WorkerPool<LineTask, Outcome>(io.worker, jobs, settings) : undefined;
  const runLine = pool ? (task: LineTask) => pool.run(task) : lineRunner(settings);
  const limit = pool ? jobs * IN_FLIGHT_PER_JOB : 1;

  let status: LineStatus = 0;
  let notedNoRanges = false;
  const write = (task: LineTask, outcome: Outcome) => {
    if (outcome.stdout) io.stdout(outcome.stdout);
    if (outcome.stderr) io.stderr(outcome.stderr);
    if (outcome.noRanges && !notedNoRanges) {
      notedNoRanges = true;
      io.stderr(`${text.noRanges(task.line)}\n`);
    }
    status = worse(status, outcome.status);
  };

  // Finished lines wait in `done` until every earlier one is written.
  const done = new Map<number, [LineTask, Outcome]>();
  let next = 0;
  let inFlight = 0;
  let wake: () => void = () => {};
  const settle = (seq: number, task: LineTask, outcome: Outcome) => {
    done.set(seq, [task, outcome]);
    inFlight--;
    for (let head = done.get(next); head; head = done.get(next)) {
      done.delete(next++);
      write(...head);
    }
    wake();
  };
  const room = (max: number) =>
    new Promise<void>((resolve) => {
      wake = () => void (inFlight <= max && resolve());
      wake();
    });

  io.stdout(header(settings));
  let lineNo = 0;
  let seq = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const source = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!source.trim()) continue;
      const task: LineTask = { line: lineNo, text: source };
      const mine = seq++;
      inFlight++;
      runLine(task).then(
        (outcome) => settle(mine, task, outcome),
        (error) => settle(mine, task, failed(text.linePrefix(task.line, null), error)),
      );
      if (inFlight >= limit) await room(limit - 1);
    }
    if (inFlight > 0) await room(0);
  } catch (error) {
    // The input could not be read (part way, as a stream): what was read is written.
    if (inFlight > 0) await room(0);
    throw new InputError(describeReadError(name, error));
  } finally {
    await pool?.close();
  }
  return status;
}
