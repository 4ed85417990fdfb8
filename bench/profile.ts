// Where an edit's main-thread time goes (issue 11): builds the app unminified
// (production React), opens the finance lens (its levers solver is the most
// work an edit makes), types salaries or drags the salary slider as
// bench/inp.ts does, under Chrome's sampling profiler, and prints the
// functions by self and total time. A tool for chasing a slow frame; prints,
// never fails. TEN=1: the 10-team scenario; TYPE=1: typing, else dragging;
// NOBUILD=1 reuses .cache/prof-dist. Run: npx tsx bench/profile.ts
import { build, preview } from 'vite';
import { launch } from '../test/e2e/browser';
import { encodeLink } from '../src/scenario/link';
import { tenByTenUncertain } from './tenByTen';
import { dragSalary, typeSalaries } from './inp';
process.env.NODE_ENV = 'production';
if (!process.env.NOBUILD) await build({ logLevel: 'warn', mode: 'production', build: { outDir: '.cache/prof-dist', emptyOutDir: true, minify: false } });
const server = await preview({ build: { outDir: '.cache/prof-dist' }, preview: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 4191), strictPort: true }, logLevel: 'warn' });
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
const q = process.env.TEN ? encodeLink(tenByTenUncertain(2000), null) + '&lens=finance' : '?lens=finance';
await page.goto(`http://127.0.0.1:${process.env.BENCH_PORT ?? 4191}/` + q);
await page.locator('[data-metric]').first().waitFor();
await page.waitForTimeout(2000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const f = process.env.TYPE ? await typeSalaries(page, 3) : await dragSalary(page, 2);
interface ProfileNode { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
console.log('longest frame', f.longestFrame, f.longestRan);
const byId = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, number>();
const dt = profile.timeDeltas;
const counts = new Map<number, number>();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0) / 1000));
const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
for (const [id, ms] of counts) {
  const n = byId.get(id)!;
  self.set(name(n), (self.get(name(n)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + ms);
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${k}`).join('\n');
console.log('SELF\n' + top(self, 25));
console.log('TOTAL\n' + top(total, 60));
await browser.close(); await server.close();
