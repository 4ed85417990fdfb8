// Screenshots of the app in every language at a phone's and a desktop's width
// (issue 10: "screenshots of each language at 390 and 1440 px that you look
// at"): the first screen and the whole page, in each lens, for a person to
// look at. Builds the app (production) unless dist/ exists, serves it with vite
// preview on $SHOT_PORT (default 4192) and writes screenshots/lang/<lang>-<width>-<lens>[-full].png.
// Prints each page's sideways overflow (it must be 0). Run: npx tsx scripts/screenshots.ts
import { existsSync, mkdirSync } from 'node:fs';
import { build, preview } from 'vite';
import { launch } from '../test/e2e/browser';
import { LANGS } from '../src/i18n/locales';

const PORT = Number(process.env.SHOT_PORT ?? 4192);
const OUT = 'screenshots/lang';
const WIDTHS = [390, 1440] as const;
const LENSES = (process.env.SHOT_LENSES ?? 'newsroom,union,finance').split(',');

if (!existsSync('dist/index.html')) {
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', mode: 'production' });
}
mkdirSync(OUT, { recursive: true });
const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
const browser = await launch();
try {
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: lang });
      const page = await context.newPage();
      for (const lens of LENSES) {
        await page.goto(`http://127.0.0.1:${PORT}/?lang=${lang}&lens=${lens}`);
        await page.locator('[data-metric]').first().waitFor();
        // The flips line comes from the worker, the editor and the lower panels are chunks of their own.
        await page.locator('[data-testid="headline-flips-line"]').waitFor({ timeout: 20_000 }).catch(() => undefined);
        await page.locator('.editor-pane input[name]').first().waitFor({ timeout: 20_000 });
        await page.waitForTimeout(800);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        const name = `${OUT}/${lang}-${width}-${lens}`;
        await page.screenshot({ path: `${name}.png` });
        await page.screenshot({ path: `${name}-full.png`, fullPage: true });
        console.log(`${name}.png  sideways overflow ${overflow} px${overflow > 0 ? '  <-- scrolls sideways' : ''}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
