// Initial JavaScript, gzip, after `vite build` (PRODUCT.md budget: ≤ 150 kB).
// "Initial" = the entry script and the chunks index.html preloads; lazily
// loaded chunks (the formula engine, the worker) are listed but not counted.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execSync } from 'node:child_process';

const BUDGET_KB = 150;
const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) execSync('npx vite build --logLevel warn', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]),
);
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

let total = 0;
const rows: string[] = [];
for (const file of readdirSync(join(dist, 'assets'))) {
  if (!file.endsWith('.js')) continue;
  const path = `assets/${file}`;
  const size = gz(path);
  const isInitial = initial.has(path);
  if (isInitial) total += size;
  rows.push(`${isInitial ? 'initial' : 'lazy   '}  ${size.toFixed(1).padStart(7)} kB  ${path}`);
}
console.log(rows.sort().join('\n'));
console.log(`initial JavaScript, gzip: ${total.toFixed(1)} kB (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB) {
  console.error(`Initial JavaScript is over budget by ${(total - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}
