// Interaction to next paint as a reader feels it (issue 11): Chromium's Event
// Timing entries (input event → next paint, what INP counts) and Long
// Animation Frames, while typing a salary digit by digit and committing it
// with Enter, and while dragging the salary slider. Used by
// bench/browser.bench.ts; prints, never fails.
//
// - Typing: each key press is one interaction (keydown + keyup share an
//   interactionId); its latency is the longest entry of the interaction, as
//   INP takes it. Chromium reports only entries of 16 ms or more
//   (durationThreshold's floor), so a key press without an entry counts as
//   16 ms: an upper bound, which is what a budget needs.
// - Dragging: pointer moves are not interactions and Chromium gives a range
//   input's `input` events no Event Timing entry, so each is timed in the
//   page the way INP polyfills do: from the event's timeStamp to a task posted
//   from the next animation frame (which runs after that frame's paint).
// - Frames: the longest 'long-animation-frame' entry (those over 50 ms) in
//   the whole task, including the Monte Carlo worker's answers arriving.
import type { Page } from 'playwright-core';

export interface InteractionFigures {
  /** Latency of each interaction, ms (for keys, 16 = under Chromium's reporting floor). */
  latencies: number[];
  /** Longest animation frame during the task, ms (0 = none over 50 ms). */
  longestFrame: number;
  /** Number of frames over 100 ms. */
  framesOver100: number;
  /** The longest frame's scripts, for a reader chasing it. */
  longestRan?: string;
}

/** Starts the page's observers; `collect` reads them after the task. */
async function observe(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap named callbacks in a helper the page lacks.
  await page.evaluate(`(() => {
    const s = { events: [], frames: [], drags: [], keys: 0 };
    window.__inp = s;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.events.push({ name: e.name, id: e.interactionId || 0, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16 });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.frames.push({ duration: e.duration, scripts: (e.scripts || []).map((x) => ({ invoker: x.invoker, fn: x.sourceFunctionName, url: (x.sourceURL || '').split('/').pop(), at: x.sourceCharPosition, ms: x.duration })) });
    }).observe({ type: 'long-animation-frame' });
    addEventListener('keydown', () => { s.keys++; }, { capture: true });
    addEventListener('input', (e) => {
      if (!e.target || e.target.type !== 'range') return;
      const t0 = e.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => s.drags.push(performance.now() - t0);
        channel.port2.postMessage(0);
      });
    }, { capture: true });
  })()`);
}

interface Raw {
  events: { name: string; id: number; start: number; duration: number }[];
  frames: { duration: number; scripts: { invoker: string; fn: string; url: string; at: number; ms: number }[] }[];
  drags: number[];
  keys: number;
}

async function collect(page: Page, kind: 'keys' | 'drag'): Promise<InteractionFigures> {
  await page.waitForTimeout(500); // entries are delivered after their frame
  const raw = (await page.evaluate('window.__inp')) as Raw;
  let latencies: number[];
  if (kind === 'keys') {
    const byInteraction = new Map<number, number>();
    for (const e of raw.events) if (e.id > 0 && (e.name === 'keydown' || e.name === 'keyup' || e.name === 'keypress')) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
    latencies = [...byInteraction.values()];
    while (latencies.length < raw.keys) latencies.push(16);
  } else latencies = raw.drags;
  const durations = raw.frames.map((f) => f.duration);
  const longest = raw.frames.find((f) => f.duration === Math.max(...durations));
  // What the longest frame ran, longest script first (Long Animation Frames' script attribution).
  const ran = longest?.scripts
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((x) => `${x.invoker}${x.fn ? ` ${x.fn}` : ''} (${x.url}:${x.at}) ${x.ms.toFixed(0)} ms`)
    .join('; ');
  return { latencies, longestFrame: Math.max(0, ...durations), framesOver100: durations.filter((d) => d > 100).length, longestRan: ran || undefined };
}

/**
 * The first team's salary field, ready for keys: by its name (PRODUCT.md), or by its label in builds
 * from before the inputs had names (the "before" of a comparison, BENCH_DIST). Resolved once, before the
 * observers start: Playwright's label queries run in the page and would be timed with it.
 */
async function salaryLocator(page: Page) {
  const named = page.locator('input[name="teams[0].salary"]');
  await named.or(page.getByLabel(/^(base )?salary$/i)).first().waitFor({ timeout: 20_000 });
  return (await named.count()) ? named : page.getByLabel(/^(base )?salary$/i).first();
}

async function salaryField(page: Page) {
  const field = await salaryLocator(page);
  await field.scrollIntoViewIfNeeded();
  return field;
}

/**
 * Types ROUNDS salaries digit by digit (about 8 keys a second, a quick typist),
 * each committed with Enter, and waits for the figures between rounds.
 */
export async function typeSalaries(page: Page, rounds = 6): Promise<InteractionFigures> {
  const field = await salaryField(page);
  await field.scrollIntoViewIfNeeded();
  await observe(page);
  const box = (await field.boundingBox())!;
  for (let r = 0; r < rounds; r++) {
    // The mouse, not field.click(): a locator's actionability checks run in the page, inside the timed task.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('ControlOrMeta+A');
    for (const digit of String(150_000 + 1_000 * (r + 1))) await page.keyboard.press(digit, { delay: 20 }).then(() => page.waitForTimeout(100));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1_000); // the worker's answer (Monte Carlo, flips) lands inside the measured task
  }
  return collect(page, 'keys');
}

/** Drags the first team's salary slider across, back and forth, in small steps at pointer speed (one move per 16 ms). */
export async function dragSalary(page: Page, sweeps = 4): Promise<InteractionFigures> {
  // The slider beside the number box (NumberField.tsx): the nearest range input around the field.
  const slider = (await salaryField(page)).locator('xpath=ancestor::*[.//input[@type="range"]][1]').locator('input[type="range"]');
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const at = (f: number) => box.x + 8 + f * (box.width - 16);
  await observe(page);
  await page.mouse.move(at(0.3), y);
  await page.mouse.down();
  const STEPS = 30;
  for (let s = 0; s < sweeps; s++) {
    for (let i = 1; i <= STEPS; i++) {
      const f = s % 2 === 0 ? 0.3 + (0.4 * i) / STEPS : 0.7 - (0.4 * i) / STEPS;
      await page.mouse.move(at(f), y);
      await page.waitForTimeout(16);
    }
  }
  await page.mouse.up();
  await page.waitForTimeout(1_000);
  return collect(page, 'drag');
}
