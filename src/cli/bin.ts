// The program: `tokens-sim` (package.json "bin") and `npm run simulate`, built
// into dist-cli/tokens-sim.js by vite.cli.config.ts so that it starts without
// compiling TypeScript. From source: `npx tsx src/cli/bin.ts …`.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { EXIT, run, type Io } from './simulate';
import { errorLine, input as text } from './messages';

// Built, the sweep's worker is dist-cli/sweep-worker.js next to this file; from source, worker.ts run through tsx.
const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');
const worker = fromSource
  ? { url: pathToFileURL(join(dirname(here), 'sweep', 'worker.ts')), execArgv: ['--import', 'tsx'] }
  : { url: pathToFileURL(join(dirname(here), 'sweep-worker.js')) };

const nodeIo: Io = {
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
  read: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  lines: (path) => createInterface({ input: path === '-' ? process.stdin : createReadStream(path), crlfDelay: Infinity }),
  worker,
};

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`${errorLine(text.cannotWrite(error.message))}\n`);
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.failed);
});
void run(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
