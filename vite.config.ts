import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import type { Plugin } from 'vite';

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
  plugins: [react(), lingui({ failOnCompileError: true }), assetManifest()],
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
