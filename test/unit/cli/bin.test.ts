// The built command line (dist-cli/, package.json "bin"): it runs by its #!
// line without TypeScript, prints what the source prints, says its versions,
// and a preset run loads neither the validator (zod) nor the formula engine (mathjs).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/model/version';
import { SCHEMA_VERSION } from '../../../src/scenario/schema';
import { PRESETS } from '../../../src/scenario/allPresets';
import { BIN, cli, root, runIn } from './helpers';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('the built bin', { timeout: 120_000 }, () => {
  it('is the package bin, and npm run simulate runs it', () => {
    expect(join(root, pkg.bin['tokens-sim'])).toBe(BIN);
    expect(pkg.scripts.simulate).toBe(`node ${pkg.bin['tokens-sim']}`);
    expect(pkg.scripts.prepare).toContain('build:cli');
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints every preset exactly as the source does, as JSON and as CSV', async () => {
    for (const { id } of PRESETS) {
      for (const args of [['--preset', id], ['--preset', id, '--format', 'csv', '--teams']]) {
        const built = cli(args);
        const source = await runIn(args);
        expect(built.stderr, id).toBe('');
        expect(built.code, id).toBe(0);
        expect(built.stdout, `${args.join(' ')}`).toBe(source.stdout);
      }
    }
  });

  it('--version prints the app, model and schema versions', () => {
    const { code, stdout } = cli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`tokens-sim ${pkg.version} (model version ${MODEL_VERSION}, scenario schema ${SCHEMA_VERSION})\n`);
  });

  it('loads neither zod nor mathjs for a preset run: they are reached only through import()', () => {
    // The modules the bin loads before it runs: its static imports, transitively.
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+)["']/g)) visit(join(dirname(file), spec));
    };
    visit(BIN);
    expect(loaded.size).toBeGreaterThan(1);
    for (const file of loaded) {
      const code = readFileSync(file, 'utf8');
      expect(code, `${file} holds zod`).not.toContain('_zod');
      expect(code, `${file} holds mathjs`).not.toMatch(/createUnitDependencies|typed-function/);
    }
    // …while chunks loaded on demand do hold them, so the markers above are the right ones.
    const chunks = readdirSync(dirname(BIN)).map((name) => readFileSync(join(dirname(BIN), name), 'utf8'));
    expect(chunks.some((code) => code.includes('_zod'))).toBe(true);
    expect(chunks.some((code) => /createUnitDependencies|typed-function/.test(code))).toBe(true);
  });
});
