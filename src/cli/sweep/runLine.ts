// Runs one line of a sweep into the text it prints: its rows on stdout, or its
// errors on stderr, each prefixed with the line's number (and id). The same
// code runs in the main thread (--jobs 1) and in each worker thread.
import { simulate } from '../../model/simulate';
import { onePassBands, BandLanes } from '../../model/uncertainty/onePassBands';
import { loadFormulaEngine, usesCustomCurve } from '../../formula';
import { rangeCount } from '../../scenario/paths';
import { formulaErrors } from '../input';
import { BAND_METRICS } from '../bandMetrics';
import { sweep as text } from '../messages';
import { readLine } from './line';
import { formatRows, type RowOptions } from './rows';

/** What a sweep's lines share: the command line's options that shape each run. */
export interface SweepSettings extends RowOptions {
  /** The base of change sets that name none (--preset). */
  preset?: string;
  samples?: number;
  seed?: number;
}

export interface LineTask {
  /** The line's number in the input, from 1. */
  line: number;
  text: string;
}

/** 0 printed, 2 refused (bad input), 1 failed to run: the exit codes of a single run. */
export type LineStatus = 0 | 1 | 2;

export interface Outcome {
  status: LineStatus;
  stdout: string;
  stderr: string;
  /** The line asked for bands but its scenario has no ranges. */
  noRanges?: boolean;
}

/** A line that could not be run (the engine threw, or its worker stopped): status 1. */
export const failed = (prefix: string, error: unknown): Outcome => ({
  status: 1,
  stdout: '',
  stderr: `${prefix}: ${text.failed(error instanceof Error ? error.message : String(error))}\n`,
});

/** A function that runs lines with these settings (keeping one set of band buffers for all of them). */
export function lineRunner(settings: SweepSettings): (task: LineTask) => Promise<Outcome> {
  const lanes = new BandLanes();
  return async (task) => {
    const read = readLine(task.text, settings.preset);
    const prefix = text.linePrefix(task.line, read.id);
    const refuse = (errors: readonly string[]): Outcome => ({ status: 2, stdout: '', stderr: errors.map((e) => `${prefix}: ${e}\n`).join('') });
    if (!read.ok) return refuse(read.errors);
    const scenario = read.scenario;
    const formula = await formulaErrors(scenario);
    if (formula.length) return refuse(formula.map((e) => `${e.path}: ${e.message}`));
    try {
      const compile = usesCustomCurve(scenario) ? await loadFormulaEngine() : undefined;
      const result = simulate(scenario, { compile });
      const bands = settings.bands
        ? onePassBands(scenario, { samples: settings.samples, seed: settings.seed, compile, metrics: BAND_METRICS }, lanes).bands
        : undefined;
      return {
        status: 0,
        stdout: formatRows(task.line, read.id, result, scenario, bands, settings),
        stderr: '',
        noRanges: settings.bands && rangeCount(scenario) === 0,
      };
    } catch (error) {
      return failed(prefix, error);
    }
  };
}
