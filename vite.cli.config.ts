// The command line, built for Node (`npm run build:cli`, run by `prepare` on
// `npm ci` and by `npm run build`): dist-cli/tokens-sim.js (package.json
// "bin") and dist-cli/sweep-worker.js, so that it starts without compiling
// TypeScript. Everything is bundled except Node's own modules; the formula
// engine (mathjs) and validation (zod) stay in chunks loaded only when an
// input needs them. The presets are validated here, at build time, and
// bundled as plain data (presetsAtBuild), so a preset run loads neither.
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import type * as Presets from './src/scenario/allPresets';

const CLI_PRESETS = resolve(import.meta.dirname, 'src/cli/presets.ts');
const BOUNDS = resolve(import.meta.dirname, 'src/scenario/bounds.ts');

/** src/cli/presets.ts as data: the same scenarios, parsed by the same loadScenario, frozen as at run time. */
function presetsAtBuild(): Plugin {
  return {
    name: 'cli-presets-at-build',
    async load(id) {
      if (id !== CLI_PRESETS) return null;
      // The registry, loaded through Vite as the tests load it: a broken preset fails the build.
      const { module } = await runnerImport<typeof Presets>(resolve(import.meta.dirname, 'src/scenario/allPresets.ts'), { configFile: false, logLevel: 'warn' });
      const { PRESETS } = module;
      // JSON.parse of one string literal is faster for V8 than the same object literal.
      const json = JSON.stringify(JSON.stringify(PRESETS));
      return `const freeze = (v) => { if (v && typeof v === 'object' && !Object.isFrozen(v)) { Object.freeze(v); for (const c of Object.values(v)) freeze(c); } return v; };
export const PRESETS = freeze(JSON.parse(${json}));
export function getPreset(id) { return PRESETS.find((preset) => preset.id === id); }
`;
    },
  };
}

/**
 * src/scenario/bounds.ts as data: the bounds of every number of the shared
 * blocks, read from the schema here, so that "what would have to be true"
 * (flipInputs) needs no zod at run time. A path not in the table has no bounds,
 * as for the schema.
 */
function boundsAtBuild(): Plugin {
  return {
    name: 'cli-bounds-at-build',
    async load(id) {
      if (id !== BOUNDS) return null;
      const options = { configFile: false as const, logLevel: 'warn' as const };
      const bounds = (await runnerImport<typeof import('./src/scenario/bounds')>(BOUNDS, options)).module;
      const { RANGE_ROOTS } = (await runnerImport<typeof import('./src/scenario/paths')>(resolve(import.meta.dirname, 'src/scenario/paths.ts'), options)).module;
      const { loadScenario } = (await runnerImport<typeof import('./src/scenario/parse')>(resolve(import.meta.dirname, 'src/scenario/parse.ts'), options)).module;
      const defaults = loadScenario({}) as unknown as Record<string, unknown>;
      const table: Record<string, unknown> = {};
      for (const root of RANGE_ROOTS) {
        const node = defaults[root];
        const paths = node !== null && typeof node === 'object' ? Object.keys(node).map((k) => `${root}.${k}`) : [root];
        for (const path of paths) table[path] = bounds.boundsAt(path);
      }
      return `const TABLE = JSON.parse(${JSON.stringify(JSON.stringify(table))});
export function boundsAt(path) { return TABLE[path] ?? { integer: false }; }
`;
    },
  };
}

/** The bin runs by its `#!/usr/bin/env node` line: npm marks a dependency's bin executable, but not the project's own. */
function executableBin(): Plugin {
  return {
    name: 'cli-executable-bin',
    writeBundle(options) {
      chmodSync(resolve(options.dir!, 'tokens-sim.js'), 0o755);
    },
  };
}

export default defineConfig({
  plugins: [presetsAtBuild(), boundsAtBuild(), executableBin()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { 'tokens-sim': 'src/cli/bin.ts', 'sweep-worker': 'src/cli/sweep/worker.ts' },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        banner: (chunk) => (chunk.name === 'tokens-sim' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
