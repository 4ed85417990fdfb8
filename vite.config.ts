import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built app works from any folder or static host, offline.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  worker: { format: 'es' },
});
