// Reject → stored, split in two (slow profile, CPU x4): from the click event's timeStamp to the first
// capture listener (input delay and the earlier pointer events, the same for every page), and from there
// to the consent cookie's write (the page's own handler); then → hidden. Uses the benchmark's probe.
// Copy into ../shared/bench, then: node click.mjs --runs 15 klaro osano-cookieconsent name=/path/to/checkout …
// (peers by page name, builds as name=dir: each gets a copy of pages/cookie-charter/ loading /name/dist/).
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import { probe } from './lib/probe.mjs';
import fs from 'node:fs';
const args = process.argv.slice(2);
let runs = 7;
const roots = {};
const pages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] == '--runs') runs = +args[++i];
  else if (args[i].includes('=')) {
    const [n, d] = args[i].split('=');
    roots[n] = d;
  } else pages.push(args[i]);
}
const mounts = { pages: new URL('./pages', import.meta.url).pathname, npm: new URL('./node_modules', import.meta.url).pathname, ...roots };
const server = await startServer({ mounts, contentFile: new URL('./pages/_content.html', import.meta.url).pathname });
const origin = server.origin ?? `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const html = fs.readFileSync(new URL('./pages/cookie-charter/index.html', import.meta.url), 'utf8');
const list = [...pages];
for (const n of Object.keys(roots)) {
  fs.mkdirSync(new URL(`./pages/_t_${n}`, import.meta.url), { recursive: true });
  fs.writeFileSync(new URL(`./pages/_t_${n}/index.html`, import.meta.url), html.replace('/main/dist', `/${n}/dist`));
  fs.writeFileSync(
    new URL(`./pages/_t_${n}/bench.json`, import.meta.url),
    fs.readFileSync(new URL('./pages/cookie-charter/bench.json', import.meta.url)),
  );
  list.push(`_t_${n}`);
}
const res = Object.fromEntries(list.map((n) => [n, []]));
for (let r = 0; r < runs; r++)
  for (const n of list.sort(() => Math.random() - 0.5)) {
    const pg = JSON.parse(fs.readFileSync(new URL(`./pages/${n}/bench.json`, import.meta.url), 'utf8'));
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await ctx.addInitScript(() => {
      addEventListener(
        'click',
        (e) => {
          if (e.isTrusted) window.__cap ??= performance.now();
        },
        true,
      );
    });
    await ctx.addInitScript(probe, { banner: pg.banner, storage: pg.storage });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await page.goto(`${origin}/__blank`);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${origin}/pages/${n}/`, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.until(['visible'], 15000));
    await page.waitForTimeout(1500);
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
    const box = await page.evaluate((s) => {
      const b = window.__bench.q(s).getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }, pg.reject);
    await page.mouse.click(box.x, box.y);
    await page.evaluate(() => window.__bench.until(['hidden', 'stored'], 10000));
    const b = await page.evaluate(() => ({
      click: window.__bench.click,
      cap: window.__cap,
      stored: window.__bench.stored,
      hidden: window.__bench.hidden,
    }));
    res[n].push({ delay: b.cap - b.click, handler: b.stored - b.cap, stored: b.stored - b.click, hidden: b.hidden - b.click });
    await ctx.close();
  }
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[s.length >> 1];
};
for (const [n, rs] of Object.entries(res))
  console.log(
    n.padEnd(24),
    ['delay', 'handler', 'stored', 'hidden']
      .map(
        (k) =>
          `${k} ${med(rs.map((x) => x[k])).toFixed(1)} (${Math.min(...rs.map((x) => x[k])).toFixed(1)}–${Math.max(...rs.map((x) => x[k])).toFixed(1)})`,
      )
      .join('  '),
  );
await browser.close();
process.exit(0);
