// Browser benchmarks against the budgets of PRODUCT.md ("Budgets"):
// `npm run bench:browser`. Builds the app (production React) into its own
// folder, serves it with vite preview on 127.0.0.1:$BENCH_PORT (default 4180; the e2e tests hold
// 4179), drives Debian's Chromium, prints p50 / p95 / max and PASS/OVER
// (a report, like bench/engine.bench.ts: it never fails the command). Timings
// on a loaded machine are noisy; compare runs on an idle one.
//
// edit → charts redrawn: 100 edits of the real "Engineers" input (one `input`
// event each, as a user's keystroke makes), timed in the page from the event's
// timeStamp to the next performance mark 'charts-rendered' (ChartsPanel's
// layout effect after the commit). Budget p95 ≤ 16 ms: one frame at 60 Hz.
//
// Monte Carlo: the longest main-thread task while a 10,000-sample run started
// from the editor's "Samples" field goes through the Web Worker (a
// PerformanceObserver on 'longtask'). Budget ≤ 50 ms.
//
// Interaction to next paint (bench/inp.ts): typing a salary digit by digit and
// committing it with Enter, and dragging its slider, in the default scenario
// (its ranges on, so the Monte Carlo runs in the worker) and in the 10-team
// scenario of the engine benchmarks. Budget p95 ≤ 50 ms and no animation frame
// over 100 ms (issue 11). BENCH_DIST=<folder> serves a build made beforehand
// (to compare two builds in one sitting) instead of building this checkout;
// BENCH_ONLY=inp stops after these, INP_CASES=<text> keeps the cases whose name holds it.
//
// To add a measurement, append to MEASUREMENTS: a name, a budget with its
// source, and `run(page)` returning the samples in milliseconds.
import { cpus, loadavg } from 'node:os';
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { launch } from '../test/e2e/browser';
import { loadScenario } from '../src/scenario/parse';
import { encodeLink } from '../src/scenario/link';
import { dragSalary, typeSalaries, type InteractionFigures } from './inp';
import { tenByTenUncertain } from './tenByTen';

// BENCH_PORT: several people bench on one machine; each picks a port of their own.
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const OUT_DIR = process.env.BENCH_DIST ?? '.cache/bench-dist';

interface Measurement {
  name: string;
  /** Allowed value of the statistic, in ms. */
  budgetMs: number;
  statistic: 'p95' | 'max';
  source: string;
  run(page: Page): Promise<number[]>;
}

declare global {
  interface Window {
    __bench?: { pending: number | null; samples: number[] };
  }
}

async function editToCharts(page: Page): Promise<number[]> {
  const input = page.getByLabel('Engineers', { exact: true }).first();
  await input.waitFor({ timeout: 10_000 });
  await page.locator('[data-chart-id] svg').first().waitFor();

  // In the page: an input event starts a timing; the next 'charts-rendered' mark ends it.
  await page.evaluate(() => {
    const bench = { pending: null as number | null, samples: [] as number[] };
    window.__bench = bench;
    window.addEventListener('input', (event) => void (bench.pending = event.timeStamp), { capture: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'charts-rendered' || bench.pending === null || entry.startTime < bench.pending) continue;
        performance.measure('edit-to-charts', { start: bench.pending, end: entry.startTime });
        bench.samples.push(entry.startTime - bench.pending);
        bench.pending = null;
      }
    }).observe({ type: 'mark' });
  });

  const WARM_UP = 10;
  const EDITS = 100;
  for (let i = 0; i < WARM_UP + EDITS; i++) {
    // 41 … 60 and round again: every edit changes the scenario.
    await input.fill(String(41 + (i % 20)));
    await page.waitForFunction((n) => (window.__bench?.samples.length ?? 0) >= n, i + 1, { timeout: 5_000 });
  }
  const samples = await page.evaluate(() => window.__bench!.samples);
  return samples.slice(WARM_UP);
}

/**
 * Longest main-thread task during a 10,000-sample Monte Carlo of PRODUCT.md's
 * case (10 teams × 10 years, opened from a link), started from the UI: one
 * input event in the editor's "Samples" field (keyboard.insertText, so that
 * Playwright's own locator work is not in the page's tasks), until the panel
 * shows the 10,000-sample result. 'longtask' entries see only tasks over 50 ms;
 * below that, the largest delay of a 4 ms timer stands for the longest task
 * (headless Chromium skips frames, so frame gaps would not). The edit's own
 * task (the deterministic page re-rendering for the new scenario, budgeted by
 * "edit → charts redrawn") is printed apart from the tasks while the worker runs.
 */
async function monteCarloLongTasks(page: Page): Promise<number[]> {
  const teams = Array.from({ length: 10 }, (_, i) => ({ name: `Team ${i + 1}`, engineers: 10 + 5 * i, salary: 120_000 + 10_000 * i }));
  const scenario = loadScenario({
    years: 10,
    teams,
    policy: { headcount: 'matchDemand', attrition: 0.1, layoffs: false },
    uncertainty: {
      samples: 2_000,
      seed: 1,
      ranges: { 'productivity.maxMultiplier': [1.2, 4], 'tokens.priceDecline': [0, 0.6], 'demand.growth': [0, 0.1], salaryGrowth: [0.02, 0.05] },
    },
  });
  await page.goto(`http://127.0.0.1:${PORT}/${encodeLink(scenario, null)}`);
  await page.locator('[data-metric^="probability:"][data-value]').first().waitFor({ timeout: 20_000 });
  const summary = page.locator('.editor-section > summary', { hasText: 'Uncertainty' });
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
  const samples = page.getByLabel('Samples', { exact: true });
  await samples.focus();
  await page.keyboard.press('ControlOrMeta+A');
  // A string, not a function: tsx would wrap the named callbacks in a helper the page lacks.
  await page.evaluate(`(() => {
    const mc = { tasks: [], late: 0, start: 0, timer: 0 };
    window.__mc = mc;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) mc.tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
    let last = performance.now();
    mc.timer = setInterval(() => {
      const now = performance.now();
      // Only ticks whose previous one came after the edit began: the edit's own task is not the run's.
      if (mc.start && last > mc.start) mc.late = Math.max(mc.late, now - last - 4);
      last = now;
    }, 4);
    window.addEventListener('input', () => { mc.start = performance.now(); }, { capture: true, once: true });
  })()`);
  await page.keyboard.insertText('10000');
  await page.locator('.uncertainty-results[data-samples="10000"][aria-busy="false"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(200); // long-task entries arrive after their task
  const { tasks, late, start, ms } = (await page.evaluate(
    `(() => { clearInterval(window.__mc.timer); const m = window.__mc; return { tasks: m.tasks, late: m.late, start: m.start, ms: performance.now() - m.start }; })()`,
  )) as { tasks: [number, number][]; late: number; start: number; ms: number };
  const edit = tasks.filter(([t, d]) => t <= start && start <= t + d).map(([, d]) => d);
  const during = tasks.filter(([t]) => t > start).map(([, d]) => d);
  const f = (list: number[]) => `[${list.map((d) => d.toFixed(0)).join(', ')}]`;
  console.log(
    `  Monte Carlo 10,000 samples × 10 teams × 10 years from the UI: result shown ${ms.toFixed(0)} ms after the edit; ` +
      `the edit's own task ${edit.length ? `${f(edit)} ms` : 'under 50 ms'}; while the worker ran: long tasks ${f(during)}, ` +
      `largest timer delay ${late.toFixed(1)} ms`,
  );
  // No long task while the worker ran: every task was under 50 ms; the timer's delay stands for the longest.
  return during.length ? during : [late];
}

const MEASUREMENTS: Measurement[] = [
  {
    name: 'edit → charts redrawn (Engineers, 100 edits)',
    budgetMs: 16,
    statistic: 'p95',
    source: 'PRODUCT.md: edit → charts redrawn (deterministic), p95 ≤ 16 ms',
    run: editToCharts,
  },
  {
    name: 'longest main-thread task during a 10,000-sample Monte Carlo (UI)',
    budgetMs: 50,
    statistic: 'max',
    source: 'PRODUCT.md: longest main-thread task during a Monte Carlo run ≤ 50 ms',
    run: monteCarloLongTasks,
  },
];

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

const INP_BUDGET_MS = 50;
const FRAME_BUDGET_MS = 100;
const TEN = () => encodeLink(tenByTenUncertain(2_000), null);
// The finance lens adds the downturn levers (about 100 engine runs an edit) to the newsroom's panels.
const INP_CASES: { name: string; query: () => string; task: 'type' | 'drag' }[] = [
  { name: 'default scenario, typing a salary (6 × 6 digits + Enter)', query: () => '', task: 'type' },
  { name: 'default scenario, dragging the salary slider (120 moves)', query: () => '', task: 'drag' },
  { name: 'default scenario, finance lens, typing a salary', query: () => '?lens=finance', task: 'type' },
  { name: 'default scenario, finance lens, dragging the salary slider', query: () => '?lens=finance', task: 'drag' },
  { name: '10 teams × 10 years, typing a salary', query: TEN, task: 'type' },
  { name: '10 teams × 10 years, dragging the salary slider', query: TEN, task: 'drag' },
  { name: '10 teams × 10 years, finance lens, typing a salary', query: () => `${TEN()}&lens=finance`, task: 'type' },
  { name: '10 teams × 10 years, finance lens, dragging the salary slider', query: () => `${TEN()}&lens=finance`, task: 'drag' },
];

function report(name: string, f: InteractionFigures) {
  const sorted = [...f.latencies].sort((a, b) => a - b);
  const p95 = quantile(sorted, 0.95);
  const pass = p95 <= INP_BUDGET_MS && f.longestFrame <= FRAME_BUDGET_MS;
  console.log(
    `INP ${name}: n=${sorted.length} p50 ${quantile(sorted, 0.5).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms; ` +
      `longest animation frame ${f.longestFrame.toFixed(0)} ms (${f.framesOver100} over 100 ms) — ${pass ? 'PASS' : 'OVER'} ` +
      `(p95 ≤ ${INP_BUDGET_MS} ms, frames ≤ ${FRAME_BUDGET_MS} ms; issue 11; 16 ms = under Chromium's reporting floor)`,
  );
  if (f.longestRan && f.longestFrame > FRAME_BUDGET_MS) console.log(`  the longest frame ran: ${f.longestRan}`);
}

async function main() {
  if (!process.env.BENCH_DIST) {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production'; // React's production build (STACK.md)
    try {
      await build({ logLevel: 'warn', mode: 'production', build: { outDir: OUT_DIR, emptyOutDir: true, sourcemap: !!process.env.BENCH_SOURCEMAP } });
    } finally {
      process.env.NODE_ENV = previous;
    }
  }
  const server = await preview({ build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
  const browser = await launch();
  // Other processes steal frames: print the load so a noisy figure is recognisable.
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  try {
    // INP_CASES=default runs only the cases whose name contains it (a build from before schema 2 opens no 10-team v2 link).
    for (const c of INP_CASES.filter((x) => !process.env.INP_CASES || x.name.includes(process.env.INP_CASES))) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/${c.query()}`);
      await page.locator('[data-metric]').first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(1_500); // the first worker answers and lazy chunks are in: the reader is about to type
      report(c.name, c.task === 'type' ? await typeSalaries(page) : await dragSalary(page));
      await context.close();
    }
    if (process.env.BENCH_ONLY === 'inp') return;
    for (const m of MEASUREMENTS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      const samples = (await m.run(page)).sort((a, b) => a - b);
      await context.close();
      const p50 = quantile(samples, 0.5);
      const p95 = quantile(samples, 0.95);
      const max = samples[samples.length - 1];
      const value = m.statistic === 'p95' ? p95 : max;
      const pass = value <= m.budgetMs;
      console.log(
        `${m.name}: n=${samples.length} p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${max.toFixed(2)} ms — ` +
          `${pass ? 'PASS' : 'OVER'} (${m.statistic} ≤ ${m.budgetMs} ms; ${m.source})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
