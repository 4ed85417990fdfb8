// The command line as the tests drive it: spawned as a user runs it (node with
// tsx; a second or more each), or run() in-process; and scenario files in a
// temporary folder removed after the file's tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { run } from '../../../src/cli/simulate';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The program spawned: its exit code and what it wrote. */
export function cli(args: string[], input?: string) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

/** The same program in-process: the exit code and what it wrote. */
export async function runIn(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    read: (path) => readFileSync(path, 'utf8'),
  });
  return { code, stdout, stderr };
}

/** A temporary folder for this test file; `file(name, text)` writes into it and returns the path. */
export function tempFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file(name: string, text: string): string {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}
