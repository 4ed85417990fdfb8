import { resolve } from 'node:path';
import { defineConfig, runnerImport } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import type { Plugin } from 'vite';
import type * as BuiltIn from './src/scenario/builtIn';

const BUILT_IN = resolve(import.meta.dirname, 'src/scenario/builtIn.ts');

/**
 * src/scenario/builtIn.ts as data: the default preset and the schema's
 * defaults, validated here by the same loadScenario, frozen as at run time, so
 * that the first screen's code carries neither zod nor parse.ts (PRODUCT.md
 * initial-JS budget). A broken default preset fails the build.
 * test/unit/scenario/builtIn.test.ts checks the two survive JSON unchanged.
 */
function builtInAtBuild(): Plugin {
  return {
    name: 'built-in-scenarios-at-build',
    apply: 'build',
    async load(id) {
      if (id !== BUILT_IN) return null;
      const { module } = await runnerImport<typeof BuiltIn>(BUILT_IN, { configFile: false, logLevel: 'warn' });
      // JSON.parse of one string literal is faster for V8 than the same object literal.
      const data = (value: unknown) => `freeze(JSON.parse(${JSON.stringify(JSON.stringify(value))}))`;
      return `const freeze = (v) => { if (v && typeof v === 'object' && !Object.isFrozen(v)) { Object.freeze(v); for (const c of Object.values(v)) freeze(c); } return v; };
export const DEFAULT_PRESET = ${data(module.DEFAULT_PRESET)};
export const SCHEMA_DEFAULTS = ${data(module.SCHEMA_DEFAULTS)};
`;
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
  plugins: [react(), lingui({ failOnCompileError: true }), builtInAtBuild(), assetManifest()],
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
