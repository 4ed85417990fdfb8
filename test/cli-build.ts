// Vitest global setup: the command-line tests spawn the built program
// (dist-cli/, made by `npm ci`'s prepare step). Build it again when a source
// file is newer, so that a test never runs a stale build.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'dist-cli', 'tokens-sim.js');
const SOURCES = ['src', 'scenarios', 'package.json', 'vite.cli.config.ts'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

function builtAt(): number {
  try {
    return statSync(BIN).mtimeMs;
  } catch {
    return -Infinity;
  }
}

export default function setup(): void {
  if (builtAt() >= Math.max(...SOURCES.map((s) => newest(join(root, s))))) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'vite.cli.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
