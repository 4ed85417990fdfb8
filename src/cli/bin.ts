// The program: `tokens-sim` (package.json "bin") and `npm run simulate`, built
// into dist-cli/tokens-sim.js by vite.cli.config.ts so that it starts without
// compiling TypeScript. From source: `npx tsx src/cli/bin.ts …`.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { EXIT, run, type Io } from './simulate';
import type { WorkerScript } from './sweep/pool';
import { errorLine, input as text } from './messages';

// Built, the sweep's worker is dist-cli/sweep-worker.js next to this file. From
// source (`npx tsx src/cli/bin.ts`) it is worker.ts, which the thread can load
// only once tsx's hooks are registered in it (Node 20 does not pass them on).
const here = fileURLToPath(import.meta.url);
function workerScript(): WorkerScript {
  if (!here.endsWith('.ts')) return { url: pathToFileURL(join(dirname(here), 'sweep-worker.js')) };
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const worker = JSON.stringify(pathToFileURL(join(dirname(here), 'sweep', 'worker.ts')).href);
  return { code: `import(${tsx}).then((tsx) => { tsx.register(); return import(${worker}); })` };
}

const nodeIo: Io = {
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
  read: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  lines: (path) => createInterface({ input: path === '-' ? process.stdin : createReadStream(path), crlfDelay: Infinity }),
  worker: workerScript(),
};

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`${errorLine(text.cannotWrite(error.message))}\n`);
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.failed);
});
void run(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
