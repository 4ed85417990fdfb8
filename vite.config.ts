import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
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
  plugins: [react(), assetManifest()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the page needs at start in one chunk: a dozen small shared
        // chunks compress worse than one (gzip restarts per file) and cost requests.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  worker: { format: 'es' },
});
