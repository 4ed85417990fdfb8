// Hostile links in real Chromium (issue 12; test/fuzz/hostileLinks.ts
// makes them): markup in every text field, `javascript:` source addresses,
// prototype keys, thousands of teams, years=1e9, truncated compact links,
// formula attacks and fuzzed links. For each: no script runs (a canary global,
// a dialog listener), no markup reaches the page, a notice appears where the
// link was refused or changed, the page shows the link's scenario or keeps
// the last good one, and an edit afterwards still works. Every link that opens
// is then downloaded as SVG, PNG, CSV, workbook and JSON (a refused one: the
// scenario that stayed), and no markup or spreadsheet formula survives
// unescaped. One browser, four pages working through the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { BASE_URL, launch } from './browser';
import { hostileLinks, startScenario, type HostileLink } from '../fuzz/hostileLinks';
import { difference } from '../fuzz/checks';
import { formulaTextCells } from '../fuzz/workbookCells';
import { simulate } from '../../src/model';
import { decodeLink } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/parse';
import { compileFormula } from '../../src/formula/sandbox';
import type { Scenario } from '../../src/scenario/schema';

// 200 in npm test, as issue 12 asks. Measured on a loaded 2-core machine (five other jobs): 200 links in about
// 270 s, 60 in about 100 s (CI: 60 in about 75 s). Once, 200 took over ten minutes: one link froze its page
// (its "as long as" search never ended, src/model/flips.ts, 2026-12-03); VISIT_MS now fails such a link by name.
// HOSTILE_LINKS=60 npx vitest run --config vitest.e2e.config.ts test/e2e/hostile.e2e.ts runs fewer.
const LINKS = hostileLinks(Number(process.env.HOSTILE_LINKS ?? 200), 42);
const PAGES = 4;
/** A link's whole visit (open, check, edit, five downloads) takes 1–20 s on CI's 2 cores with four pages at once. */
const VISIT_MS = 60_000;
/** Elements markup in a link could bring; the page's own count of each (some it uses itself) may not grow. */
// (Not <link>: Vite adds modulepreload and stylesheet links as lazy chunks load; traces() checks every href instead.)
const FORBIDDEN = ['script', 'img', 'iframe', 'object', 'embed', 'style', 'meta', 'base', 'b', 'math', 'foreignObject', 'form', 'frame', 'video', 'audio'];

let browser: Browser;
let context: BrowserContext;
let html: string;
let baseline: Record<string, number>;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The canary: any script a link smuggles in sets it (the payloads all write window.__pwned).
  await context.addInitScript(() => Object.defineProperty(window, '__pwned', { value: undefined, writable: true }));
  // Downloads are read from the Blob the app hands to the browser (src/export/download.ts), which is what the
  // saved file holds: two hundred real downloads would take minutes. share.e2e.ts checks real downloads, and
  // the first link that opens here downloads for real too.
  await context.addInitScript(() => {
    const blobs: Blob[] = [];
    const byUrl = new Map<string, Blob>();
    (window as unknown as { __blobs: Blob[] }).__blobs = blobs;
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = make(object);
      if (object instanceof Blob) byUrl.set(url, object);
      return url;
    };
    // Only what an <a download> saves (the PNG's own drawing goes through an object URL too).
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = this.download ? byUrl.get(this.href) : undefined;
      if (blob) blobs.push(blob);
      return click.call(this);
    };
  });
  // A static host may refuse a long request line: serve the page for those as a host with a larger limit would.
  html = await (await fetch(BASE_URL)).text();
  await context.route((url) => url.href.length > 8000, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.locator('[data-metric]').first().waitFor();
  baseline = await tagCounts(page);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

const tagCounts = (page: Page) =>
  page.evaluate((tags) => Object.fromEntries(tags.map((t) => [t, document.getElementsByTagName(t).length])), FORBIDDEN);

/** What markup would leave behind: event-handler attributes, script addresses, the canary, a polluted prototype. */
const traces = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
        const favicon = el.localName === 'link' && attr.value === 'data:,';
        if (!favicon && /^\s*(javascript|data|vbscript):/i.test(attr.value) && /^(href|src|xlink:href|action|formaction)$/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
        if (el.localName === 'link' && attr.name === 'href' && !favicon && new URL(attr.value, location.href).origin !== location.origin) found.push(`<link href="${attr.value.slice(0, 40)}">`);
      }
    }
    if ((window as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned was set');
    if (({} as Record<string, unknown>).polluted !== undefined) found.push('Object.prototype.polluted');
    return found;
  });

/** Markup's traces and elements the page did not have before (its own count of each tag may not grow). */
async function markupProblems(page: Page): Promise<string[]> {
  const problems = await traces(page);
  const counts = await tagCounts(page);
  for (const tag of FORBIDDEN) if (counts[tag] > baseline[tag]) problems.push(`${counts[tag] - baseline[tag]} new <${tag}>`);
  return problems;
}

/** Dialogs a link opened and console errors it caused. */
const eventProblems = (dialogs: string[], errors: string[]) => [
  ...(dialogs.length ? [`dialogs: ${dialogs.join(' | ')}`] : []),
  ...(errors.length ? [`console: ${errors.join(' | ').slice(0, 300)}`] : []),
];

const finalYear = (scenario: Scenario) => simulate(scenario, { compile: compileFormula }).years.at(-1)!;
const metric = async (page: Page, name: string) => Number(await page.locator(`.headline [data-metric="${name}"], [data-metric="${name}"]`).first().getAttribute('data-value'));
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Click a download button (by its name); the file's bytes, as saved (`real`) or as the Blob the app handed to the browser. */
async function download(page: Page, button: string | RegExp, real: boolean): Promise<Buffer> {
  const menu = page.locator('details.share-menu');
  if ((await menu.getAttribute('open')) === null) await page.getByText('Download', { exact: true }).click();
  const target = page.getByRole('button', { name: button, exact: typeof button === 'string' });
  if (real) {
    const [file] = await Promise.all([page.waitForEvent('download'), target.click()]);
    return readFileSync((await file.path())!);
  }
  const before = await page.evaluate(() => (window as unknown as { __blobs: Blob[] }).__blobs.length);
  await target.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __blobs: Blob[] }).__blobs.length), { timeout: 15_000 }).toBeGreaterThan(before);
  const base64 = await page.evaluate(async (i) => {
    const bytes = new Uint8Array(await (window as unknown as { __blobs: Blob[] }).__blobs[i].arrayBuffer());
    let text = '';
    for (let k = 0; k < bytes.length; k += 0x8000) text += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
    return btoa(text);
  }, before);
  return Buffer.from(base64, 'base64');
}

/** The download buttons whose name matches (the menu grows: a workbook and a second CSV are on their way). */
async function buttons(page: Page, name: RegExp): Promise<string[]> {
  const menu = page.locator('details.share-menu');
  if ((await menu.getAttribute('open')) === null) await page.getByText('Download', { exact: true }).click();
  return Promise.all((await menu.getByRole('button', { name }).all()).map(async (b) => (await b.textContent()) ?? ''));
}

/** The files of a zip (an .xlsx), by name: stored or deflated entries, read from the central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + skip;
  }
  return files;
}

/** RFC 4180 cells (quoted fields may hold separators, quotes and line breaks); a BOM and a ";" separator are allowed. */
function csvCells(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/, '');
  const first = text.slice(0, text.search(/\r?\n/));
  const sep = first.includes(';') && !first.includes(',') ? ';' : first.includes('\t') && !first.includes(',') ? '\t' : ',';
  const cells: string[] = [];
  const re = new RegExp(`("(?:[^"]|"")*"|[^${sep}\\r\\n]*)(${sep}|\\r?\\n|$)`, 'gy');
  for (let m = re.exec(text); m && m[0] !== '' ; m = re.exec(text)) {
    cells.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] === '') break;
  }
  return cells;
}
/** A cell a spreadsheet would read as a formula: starts with = + - @ tab or CR, and is not simply a number. */
const formulaCell = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !(/^[+-]?(\d|\.\d)/.test(cell) && Number.isFinite(Number(cell)));

/** A workbook's problems: a part that is not well-formed XML, or a formula-like text not escaped the app's way (workbookCells.ts). */
async function workbookProblems(page: Page, files: (readonly [string, string])[]): Promise<string[]> {
  const broken = await page.evaluate((parts) => parts.filter(([, t]) => new DOMParser().parseFromString(t, 'application/xml').querySelector('parsererror') !== null).map(([f]) => f), files);
  return [...broken.map((file) => `${file}: not well-formed XML`), ...formulaTextCells(files)];
}

/** The SVG as the browser parses it: well formed, only the card's own elements, no handlers or script addresses. */
const svgProblems = (page: Page, svg: string) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return ['not well formed'];
    const allowed = new Set(['svg', 'g', 'path', 'rect', 'line', 'text', 'tspan', 'title', 'desc', 'circle', 'polyline', 'polygon', 'defs', 'clipPath', 'linearGradient', 'stop', 'pattern', 'ellipse']);
    const found: string[] = [];
    for (const el of doc.querySelectorAll('*')) {
      if (!allowed.has(el.localName)) found.push(`<${el.localName}>`);
      for (const attr of el.attributes) if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) found.push(`${el.localName}[${attr.name}]`);
    }
    return found;
  }, svg);

interface Report {
  link: HostileLink;
  problems: string[];
  exported: boolean;
  ms?: number;
}

let realDownloads = 1;

const notices = (page: Page) => page.locator('.notice-warning, .notice-error').count();

/**
 * Open a link in `page`: as a fresh page load (`fresh`), or as Back/Forward does (the address changes and
 * the app reads the link again, src/state/urlSync.ts), which is the same decoding without reloading the app.
 * Returns the scenario that must stay if the link is refused.
 */
async function openLink(page: Page, query: string, fresh: boolean): Promise<{ fallback: Scenario; noticesBefore: number }> {
  if (fresh) {
    await page.goto(BASE_URL + query);
    return { fallback: startScenario(), noticesBefore: 0 };
  }
  const fallback = decodeLink(new URL(page.url()).search).scenario ?? startScenario();
  const noticesBefore = await notices(page);
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  return { fallback, noticesBefore };
}

async function visit(page: Page, link: HostileLink, dialogs: string[], errors: string[], fresh: boolean, phases: string[]): Promise<Report> {
  const problems: string[] = [];
  const t0 = performance.now();
  const mark = (name: string) => phases.push(`${name} ${(performance.now() - t0).toFixed(0)}`);
  dialogs.length = 0;
  errors.length = 0;
  const { fallback, noticesBefore } = await openLink(page, link.query, fresh);
  // A fresh load with `embed=` is an embedded chart (main.tsx), or the embed's message that no such chart
  // exists (a fuzzed value): no markup, no script, its own link back; the full app's checks do not apply.
  if (fresh && new URLSearchParams(link.query).has('embed')) {
    await page.locator('main.embed').waitFor({ timeout: 20_000 });
    mark('embed');
    return { link, problems: [...(await markupProblems(page)), ...eventProblems(dialogs, errors)], exported: false };
  }
  await page.locator('[data-metric]').first().waitFor({ timeout: 20_000 });
  mark('loaded');
  if (link.notice) await expect.poll(() => notices(page), { timeout: 10_000 }).toBeGreaterThan(noticesBefore);
  // The link's scenario, or the last good one (the default preset on a fresh page, else the scenario before).
  const shown = link.opens ?? fallback;
  const want = finalYear(shown);
  await expect.poll(async () => close(await metric(page, 'totalCost'), want.totalCost!), { timeout: 10_000 }).toBe(true);
  if (!close(await metric(page, 'rolesAtRisk'), want.rolesAtRisk!)) problems.push('rolesAtRisk differs from the engine');
  problems.push(...(await markupProblems(page)));

  // An edit after opening still works: the address bar follows it.
  mark('checked');
  const years = shown.years === 30 ? 29 : shown.years + 1;
  const field = page.getByLabel('Years', { exact: true });
  await field.fill(String(years));
  // A typed number is applied when committed (Enter or leaving the field).
  await field.press('Enter');
  await expect.poll(() => decodeLink(new URL(page.url()).search).scenario?.years, { timeout: 5_000 }).toBe(years);

  mark('edited');
  // Every link is exported: the scenario it opened, or the one that stayed (both with the edit).
  const current = decodeLink(new URL(page.url()).search).scenario!;
  const real = realDownloads-- > 0;
  const svg = (await download(page, 'Chart as SVG', real)).toString('utf8');
  mark('svg');
  problems.push(...(await svgProblems(page, svg)).map((p) => `SVG ${p}`));
  const png = await download(page, 'Chart as PNG', real);
  mark('png');
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') problems.push('PNG is not a PNG');
  // The first chunk is IHDR: its width and height (bytes 16–23, big-endian) say a picture was drawn.
  else if (png.subarray(12, 16).toString('latin1') !== 'IHDR' || !(png.readUInt32BE(16) > 0 && png.readUInt32BE(20) > 0 && png.readUInt32BE(16) <= 20_000 && png.readUInt32BE(20) <= 20_000)) {
    problems.push(`PNG header: ${png.subarray(12, 16).toString('latin1')} ${png.length >= 24 ? `${png.readUInt32BE(16)} × ${png.readUInt32BE(20)}` : '(cut short)'}`);
  }
  const csvs = await buttons(page, /CSV/);
  if (!csvs.length) problems.push('no CSV download button');
  for (const name of csvs) {
    const bad = csvCells((await download(page, name, real)).toString('utf8')).filter(formulaCell);
    if (bad.length) problems.push(`${name}: formula cells ${JSON.stringify(bad.slice(0, 3))}`);
  }
  mark('csv');
  const workbooks = await buttons(page, /workbook|xlsx|Excel/i);
  if (!workbooks.length) problems.push('no workbook download button');
  for (const name of workbooks) {
    const files = [...unzip(await download(page, name, real))].filter(([file]) => file.endsWith('.xml')).map(([file, xml]) => [file, xml.toString('utf8')] as const);
    for (const [file, text] of files) if (/<f[\s>]/.test(text)) problems.push(`${name} ${file}: a formula cell`);
    problems.push(...(await workbookProblems(page, files)).map((p) => `${name} ${p}`));
  }
  // A formula link opened before the formula engine loaded is checked when it arrives, and a refused formula
  // takes the page back to its last good scenario (src/state/openScenario.ts) — after the edit, on a loaded
  // machine. So the file is compared with the address once both have settled: the same scenario, within 5 s.
  let json: unknown = null;
  let diff: string | null = 'not read';
  for (let attempt = 0; attempt < 6 && diff !== null; attempt++) {
    if (attempt) await page.waitForTimeout(1_000);
    json = JSON.parse((await download(page, 'Scenario as JSON', real && attempt === 0)).toString('utf8'));
    diff = difference(json, decodeLink(new URL(page.url()).search).scenario ?? current);
  }
  const reparsed = parseScenario(json);
  if (!reparsed.ok) problems.push('JSON does not reopen');
  if (diff) problems.push(`JSON differs from the scenario: ${diff}`);
  problems.push(...(await traces(page)));
  mark('exported');
  if (process.env.HOSTILE_LOG) console.log(phases.join(', '));
  problems.push(...eventProblems(dialogs, errors));
  return { link, problems, exported: true };
}

/** Dialogs and console errors of a page, where visit() reads them. */
function watch(page: Page, dialogs: string[], errors: string[]) {
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
}

describe('hostile links in the browser', () => {
  it(`${LINKS.length} links: no script, no markup, a notice where refused or changed, the right scenario, edits and exports safe`, async () => {
    const queue = [...LINKS];
    const reports: Report[] = [];
    await Promise.all(
      Array.from({ length: PAGES }, async () => {
        let page = await context.newPage();
        const dialogs: string[] = [];
        const errors: string[] = [];
        watch(page, dialogs, errors);
        let n = 0;
        let previous = '(none)';
        for (let link = queue.shift(); link; previous = link.query, link = queue.shift()) {
          const start = performance.now();
          // Every third link opens in a fresh page load, the others as Back/Forward would: both paths, less reloading.
          const fresh = n++ % 3 === 0;
          const phases: string[] = [];
          let timer: ReturnType<typeof setTimeout> | undefined;
          // A link that freezes the page would otherwise hang the test (page.evaluate has no timeout): it fails
          // by name after VISIT_MS, with the steps it got through, and the next link gets a fresh page.
          const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), VISIT_MS)));
          try {
            const report = await Promise.race([visit(page, link, dialogs, errors, fresh, phases), hung]);
            if (report === 'hung') {
              reports.push({ link, problems: [`no answer within ${VISIT_MS / 1000} s (got through: ${phases.join(', ') || 'nothing'})`], exported: false });
              await page.close({ runBeforeUnload: false }).catch(() => undefined);
              page = await context.newPage();
              watch(page, dialogs, errors);
              n = 0;
            } else reports.push({ ...report, ms: performance.now() - start });
            // An embedded page stays one (main.tsx decides at load): the next link opens in a fresh load.
            if (fresh && new URLSearchParams(link.query).has('embed')) n = 0;
            if (process.env.HOSTILE_LOG) console.log(`${(performance.now() - start).toFixed(0)} ms ${link.kind} ${report === 'hung' ? 'HUNG' : link.opens ? 'opens' : 'refused'}: ${link.query.slice(0, 100)}`);
          } catch (error) {
            // What the page showed, to tell a slow page from a wrong one.
            const shown = await Promise.race([
              page.evaluate(() => `${document.body.innerText.replace(/\s+/g, ' ').slice(0, 200)} | ${location.search.slice(0, 60)}`),
              new Promise<string>((resolve) => setTimeout(() => resolve('(the page does not answer)'), 3_000)),
            ]).catch(() => '(no page)');
            const seen = eventProblems(dialogs, errors).join('; ');
            reports.push({ link, problems: [`failed: ${String(error).split('\n')[0].slice(0, 300)} (${fresh ? 'fresh load' : 'Back/Forward'}; the page showed: ${shown}${seen ? `; ${seen}` : ''}; the link before: ${previous.slice(0, 80)})`], exported: false });
          } finally {
            clearTimeout(timer);
          }
        }
        await page.close();
      }),
    );
    const failed = reports.filter((r) => r.problems.length);
    const summary = failed.slice(0, 8).map((r) => `${r.link.kind}: ${r.link.query.slice(0, 120)}\n  ${r.problems.join('\n  ')}`).join('\n');
    expect(reports).toHaveLength(LINKS.length);
    expect(failed.length, summary).toBe(0);
    // Every kind was exercised, and a good share of links opened and went through the exports.
    expect(new Set(reports.map((r) => r.link.kind)).size).toBe(8);
    // Every link but the embedded ones is exported, refused ones too (the scenario that stayed).
    expect(reports.filter((r) => r.exported).length).toBeGreaterThan(LINKS.length / 2);
    expect(reports.filter((r) => r.exported && !r.link.opens).length).toBeGreaterThan(LINKS.length / 10);
    // About a second a link on an idle 2-core machine; the limit leaves room for a busy one.
  }, 600_000);
});
