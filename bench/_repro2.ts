import { readFileSync } from 'node:fs';
import { preview } from 'vite';
import { launch } from '../test/e2e/browser';
const links = JSON.parse(readFileSync('/tmp/hung.json', 'utf8'));
const server = await preview({ build: { outDir: '.cache/bench-dist' }, preview: { host: '127.0.0.1', port: 4189, strictPort: true }, logLevel: 'warn' });
const browser = await launch();
for (const l of links.slice(1)) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
  page.on('pageerror', (e) => console.log('pageerror', String(e).slice(0, 300)));
  await page.goto('http://127.0.0.1:4189/' + l.q);
  await page.locator('[data-metric]').first().waitFor();
  const field = page.getByLabel('Years', { exact: true });
  await field.fill('2');
  await field.press('Enter');
  await page.waitForTimeout(1000);
  console.log('url', page.url().slice(0, 80));
  const t = Date.now();
  const alive = await Promise.race([page.evaluate(() => 1), new Promise((r) => setTimeout(() => r('frozen'), 5000))]);
  console.log('alive?', alive, Date.now() - t);
  await page.screenshot({ path: '/tmp/hung.png' }).catch((e) => console.log('shot', String(e).slice(0, 100)));
  await page.getByText('Download', { exact: true }).click({ timeout: 5000 }).catch((e) => console.log('menu', String(e).slice(0, 300)));
  await page.getByRole('button', { name: 'Chart as SVG', exact: true }).click({ timeout: 5000, noWaitAfter: true }).catch((e) => console.log('svg', String(e).slice(0, 600)));
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) {
    const alive2 = await Promise.race([page.evaluate(() => 1), new Promise((r) => setTimeout(() => r('frozen'), 3000))]);
    console.log('after click alive?', alive2);
  }
  await cdp.send('Debugger.enable');
  cdp.on('Debugger.paused', (e: any) => { console.log(e.callFrames.slice(0, 12).map((f: any) => `${f.functionName} ${f.url.split('/').pop()}:${f.location.lineNumber}:${f.location.columnNumber}`).join('\n')); });
  await cdp.send('Debugger.pause');
  await new Promise((r) => setTimeout(r, 2000));
}
await browser.close(); await server.close();
