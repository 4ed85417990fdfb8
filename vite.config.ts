import { resolve } from 'node:path';
import { defineConfig, runnerImport } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import type { Plugin } from 'vite';
import type * as BuiltIn from './src/scenario/builtIn';
import type * as AllPresets from './src/scenario/allPresets';

const SCENARIO_DIR = resolve(import.meta.dirname, 'src/scenario');
const BUILT_IN = resolve(SCENARIO_DIR, 'builtIn.ts');
const ALL_PRESETS = resolve(SCENARIO_DIR, 'allPresets.ts');

// The deep freeze of src/scenario/presetLoad.ts, in the generated modules.
const FREEZE = `const freeze = (v) => { if (v && typeof v === 'object' && !Object.isFrozen(v)) { Object.freeze(v); for (const c of Object.values(v)) freeze(c); } return v; };`;
// JSON.parse of one string literal is faster for V8 than the same object literal.
const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/**
 * The preset modules as data, validated here by the same loadScenario (a
 * broken preset fails the build) and frozen as at run time, so that neither
 * the first screen nor a link to a preset needs zod or parse.ts (PRODUCT.md
 * initial-JS budget):
 *   - src/scenario/builtIn.ts, the default preset and the schema's defaults,
 *     in the first screen's code;
 *   - src/scenario/allPresets.ts, every preset, the chunk a link or the menu
 *     loads; it keeps the first screen's default preset object, and registers
 *     the presets as the source module does.
 * test/unit/scenario/builtIn.test.ts checks that they survive JSON unchanged.
 */
function scenariosAtBuild(): Plugin {
  const options = { configFile: false as const, logLevel: 'warn' as const };
  return {
    name: 'scenarios-at-build',
    apply: 'build',
    load: {
      // Called for these two modules only (a hook filter), not for each of the build's thousand.
      filter: { id: /[\\/]src[\\/]scenario[\\/](builtIn|allPresets)\.ts$/ },
      async handler(id) {
        if (id === BUILT_IN) {
          const { module } = await runnerImport<typeof BuiltIn>(BUILT_IN, options);
          return `${FREEZE}
export const DEFAULT_PRESET = freeze(${json(module.DEFAULT_PRESET)});
export const SCHEMA_DEFAULTS = freeze(${json(module.SCHEMA_DEFAULTS)});
`;
        }
        if (id === ALL_PRESETS) {
          const { module } = await runnerImport<typeof AllPresets>(ALL_PRESETS, options);
          const data = module.PRESETS.map((p) => (p.id === module.DEFAULT_PRESET_ID ? null : p));
          return `${FREEZE}
import { DEFAULT_PRESET } from './builtIn';
import { registerPresets } from './presets';
export { DEFAULT_PRESET_ID, getPreset } from './presets';
export const PRESETS = Object.freeze(${json(data)}.map((p) => (p === null ? DEFAULT_PRESET : freeze(p))));
registerPresets(PRESETS);
`;
        }
        return null;
      },
    },
  };
}

// Lists every built asset, lazy chunks and the worker included, so the
// service worker (public/sw.js) can cache them all at install: the app then
// opens offline after one visit even where the formula engine was never used.
function assetManifest(): Plugin {
  return {
    name: 'asset-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/')).sort();
      this.emitFile({ type: 'asset', fileName: 'asset-manifest.json', source: JSON.stringify(files) });
    },
  };
}

// Relative base: the built app works from any folder or static host, offline.
export default defineConfig({
  base: './',
  // lingui(): the PO catalogues of src/locales compile to one chunk per language (lingui.config.ts).
  plugins: [react(), lingui({ failOnCompileError: true }), scenariosAtBuild(), assetManifest()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk: the lazy chunks (the
        // languages among them) share modules with it, and splitting those out
        // into small chunks of their own cost about 5 kB gzip of initial JS.
        // The charts (their layouts, marks and D3) load just after it, as one
        // chunk too: src/charts/ChartsPanel.tsx.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            { name: 'charts', test: /[\\/](src[\\/]charts|node_modules[\\/]d3-(scale|shape|interpolate|color|format|time|path|array))[\\/]/, priority: 1 },
          ],
        },
        // A language's later catalogue (src/locales/later/de.po) is named apart from its first one (de.po).
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/locales/later/') ? 'assets/later-[name]-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  worker: { format: 'es' },
});
