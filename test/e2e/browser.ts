// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium, type Browser, type BrowserContext, type Page, type ConsoleMessage, type Locator } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4179}/`;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Chromium writes its profile and cache inside the project, not the home folder.
const cacheDir = resolve('.cache/chromium');
mkdirSync(cacheDir, { recursive: true });
process.env.XDG_CONFIG_HOME = cacheDir;
process.env.XDG_CACHE_HOME = cacheDir;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** A fresh context and page (axe refuses pages from browser.newPage()). */
export async function open(browser: Browser, path = '', viewport = { width: 1280, height: 900 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(BASE_URL + path);
  return { context, page, errors };
}

/**
 * Until every region shows the same scenario: what is below the first screen follows an edit one render
 * later and marks itself data-stale meanwhile (src/state/results.ts).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-stale]'), undefined, { timeout: 10_000 });
}

/** The unrounded value of a figure, once the page has settled. */
export async function metric(page: Page, name: string): Promise<number> {
  await settled(page);
  const raw = await page.locator(`[data-metric="${name}"]`).first().getAttribute('data-value');
  return Number(raw);
}

/** Type a number into a field and commit it with Enter (typed numbers apply when committed, issue 9 point 1). */
export async function enter(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}
