// The element's other paths on the slow profile (CPU x4): Personnaliser → the preferences shown (the lazy
// part fetched, evaluated, rendered), and a charter page → its charter shown, builds side by side.
// Copy into ../shared/bench, then: node paths.mjs --runs 11 before=/path/to/one after=/path/to/other
// (KINDS=charter or KINDS=preferences for one of them).
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import fs from 'node:fs';
const args = process.argv.slice(2);
let runs = 9;
const roots = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] == '--runs') runs = +args[++i];
  else {
    const [n, d] = args[i].split('=');
    roots[n] = d;
  }
}
const pages = new URL('./pages', import.meta.url).pathname;
const server = await startServer({ mounts: { pages, ...roots }, contentFile: `${pages}/_content.html` });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const html = fs.readFileSync(`${pages}/cookie-charter/index.html`, 'utf8');
for (const n of Object.keys(roots)) {
  fs.mkdirSync(`${pages}/_p_${n}`, { recursive: true });
  fs.writeFileSync(`${pages}/_p_${n}/index.html`, html.replace('/main/dist', `/${n}/dist`));
  fs.mkdirSync(`${pages}/_c_${n}`, { recursive: true });
  fs.writeFileSync(
    `${pages}/_c_${n}/index.html`,
    html.replace('/main/dist', `/${n}/dist`).replace('<cookie-charter policy-url', '<cookie-charter mode="charter" policy-url'),
  );
}
const res = {};
const until = (page, sel) =>
  page.evaluate(
    (s) =>
      new Promise((ok) => {
        const f = () => {
          const e = document.querySelector('cookie-charter')?.shadowRoot?.querySelector(s);
          e && e.getBoundingClientRect().height ? ok(performance.now()) : requestAnimationFrame(f);
        };
        f();
      }),
    sel,
  );
for (let r = 0; r < runs; r++)
  for (const n of Object.keys(roots).sort(() => Math.random() - 0.5)) {
    for (const kind of (process.env.KINDS ?? 'preferences,charter').split(',')) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await page.goto(`${server.origin}/__blank`);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      if (kind == 'charter') {
        await page.goto(`${server.origin}/pages/_c_${n}/`, { waitUntil: 'commit' });
        const t = await until(page, '[part~=charter] table');
        (res[`${n} charter shown (ms from navigation)`] ??= []).push(t);
      } else {
        await page.goto(`${server.origin}/pages/_p_${n}/`, { waitUntil: 'load' });
        await until(page, '[part~=banner]');
        await page.waitForTimeout(1000);
        const box = await page.evaluate(() => {
          const b = document.querySelector('cookie-charter').shadowRoot.querySelector('[part~=customize]').getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        });
        const t0 = await page.evaluate(() => {
          window.__t0 = null;
          addEventListener('click', (e) => (window.__t0 = e.timeStamp), { capture: true, once: true });
          return 0;
        });
        await page.mouse.click(box.x, box.y);
        const t = await until(page, '[part~=preferences]');
        const start = await page.evaluate(() => window.__t0);
        (res[`${n} Personnaliser → preferences shown (ms)`] ??= []).push(t - start);
      }
      await ctx.close();
    }
  }
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[s.length >> 1];
};
for (const [k, v] of Object.entries(res).sort())
  console.log(k.padEnd(50), med(v).toFixed(0), `(${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)})`);
await browser.close();
process.exit(0);
