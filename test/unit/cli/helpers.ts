// The command line as the tests drive it: spawned as a user runs it (the built
// program, dist-cli/tokens-sim.js: test/cli-build.ts builds it when stale), or
// run() in-process; and scenario files in a temporary folder removed after the
// file's tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { run } from '../../../src/cli/simulate';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The package's bin, as built. */
export const BIN = join(root, 'dist-cli', 'tokens-sim.js');

/** The built program spawned (by its #! line, as a shell runs it): its exit code and what it wrote. */
export function cli(args: string[], input?: string) {
  // A sweep's output runs to megabytes: spawnSync's 1 MB default would cut it off.
  const out = spawnSync(BIN, args, { cwd: root, encoding: 'utf8', input, timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

/** The same program in-process: the exit code and what it wrote. `lines` stands in for a streamed input. */
export async function runIn(args: string[], lines?: (path: string) => AsyncIterable<string>) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    read: (path) => readFileSync(path, 'utf8'),
    lines,
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

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells: a
 * reader written apart from the writer, so that a test reads back what a
 * spreadsheet or pandas would.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}
