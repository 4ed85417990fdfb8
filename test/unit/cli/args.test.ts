import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';

describe('parseArgs', () => {
  it('reads a file, a preset, the format and --teams', () => {
    expect(parseArgs(['s.json'])).toEqual({ file: 's.json', format: 'json', teams: false, help: false });
    expect(parseArgs(['--preset', 'status-quo', '--format', 'csv', '--teams'])).toEqual({ preset: 'status-quo', format: 'csv', teams: true, help: false });
    expect(parseArgs(['--format=csv', '-'])).toMatchObject({ file: '-', format: 'csv' });
    expect(parseArgs(['--', '--odd-name.json'])).toMatchObject({ file: '--odd-name.json' });
  });

  it('passes --samples and --seed through as numbers', () => {
    expect(parseArgs(['s.json', '--samples', '2000', '--seed=42'])).toMatchObject({ samples: 2000, seed: 42 });
    expect(parseArgs(['s.json', '--seed', '0'])).toMatchObject({ seed: 0 });
  });

  it('needs nothing else with --help or --version', () => {
    expect(parseArgs(['-h'])).toMatchObject({ help: true });
    expect(parseArgs(['--version'])).toMatchObject({ version: true });
  });

  it('reads a sweep: its file of lines, ndjson by default, csv with bands, --jobs, --preset as the base', () => {
    expect(parseArgs(['--sweep', 'lines.ndjson'])).toEqual({ sweep: true, file: 'lines.ndjson', format: 'ndjson', teams: false, help: false });
    expect(parseArgs(['--sweep', '-', '--format', 'csv', '--samples', '100', '--jobs', '4', '--preset', 'status-quo', '--teams'])).toEqual({
      sweep: true, file: '-', format: 'csv', samples: 100, jobs: 4, preset: 'status-quo', teams: true, help: false,
    });
  });

  it.each([
    [[], /give a scenario FILE or --preset NAME/],
    [['a.json', 'b.json'], /one scenario file, got 2/],
    [['a.json', '--preset', 'x'], /not both/],
    [['a.json', '--verbose'], /unknown option --verbose/],
    [['a.json', '--format'], /--format needs a value/],
    [['a.json', '--format', 'xml'], /--format must be json or csv, got "xml"/],
    [['a.json', '--format', 'csv', '--format', 'json'], /--format is given more than once/],
    [['a.json', '--samples', '0'], /--samples must be a whole number from 1 to 100000, got "0"/],
    [['a.json', '--samples', '1.5'], /--samples must be a whole number/],
    [['a.json', '--seed', '-1'], /--seed must be a whole number from 0 to 4294967295, got "-1"/],
    [['a.json', '--seed', '4294967296'], /--seed must be a whole number/],
    [['a.json', '--teams=yes'], /--teams takes no value/],
    [['--preset', '--teams'], /--preset needs a value/],
    [['--sweep'], /give the sweep's FILE of lines, or "-"/],
    [['--sweep', 'a.ndjson', 'b.ndjson'], /one file of lines, got 2/],
    [['--sweep', 'a.ndjson', '--format', 'json'], /--format of a sweep must be ndjson or csv, got "json"/],
    [['--sweep', 'a.ndjson', '--format', 'xml'], /--format of a sweep must be ndjson or csv, got "xml"/],
    [['--sweep', 'a.ndjson', '--jobs', '0'], /--jobs must be a whole number from 1 to 64, got "0"/],
    [['--sweep', 'a.ndjson', '--jobs', '65'], /--jobs must be a whole number from 1 to 64/],
    [['a.json', '--jobs', '2'], /--jobs runs the lines of a sweep: add --sweep/],
    [['a.json', '--format', 'ndjson'], /--format ndjson is for sweeps/],
    [['--version=1'], /--version takes no value/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
