// Published figures the simulator must reproduce (evidence.md §10), as check
// files with their sources and tolerances: each holds a scenario of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/parse';
import { describeCheck, evaluate, evaluationOf, parseCheckFile } from '../presets/checks';

const dir = fileURLToPath(new URL('./', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.check.json')).sort();

it('covers METR 2025, Acemoglu 2024 and Tunguz 2026', () => {
  expect(files).toEqual(['acemoglu-2024.check.json', 'metr-2025.check.json', 'tunguz-2026.check.json']);
});

describe.each(files)('%s', (name) => {
  const file = parseCheckFile(JSON.parse(readFileSync(dir + name, 'utf8')), name);
  const ev = evaluationOf(loadScenario(file.scenario));
  it.each(file.checks.map((c) => [describeCheck(c), c] as const))('%s', (_label, check) => {
    expect(evaluate(check, ev)).toEqual([]);
  });
});
