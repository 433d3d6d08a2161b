// Every main-thread task over MINT ms (8) while a page loads, on the benchmark's slow profile (CPU x4), with
// its trace children over KID ms (2), and each layout over 2 ms with its dirty and total objects: where the
// page's own first layout falls (at the end of parsing, or in a frame before), and what the banner's adds.
// Copy into ../shared/bench (it uses its lib/server.mjs and playwright-core), then, builds side by side:
//   node page-tasks.mjs --runs 3 --page baseline --page osano-cookieconsent after=/path/to/checkout
// Each name=dir is served at /name/ and gets a copy of pages/cookie-charter/ (as page _t_<name>) loading
// /name/dist/; --page names one of the benchmark's own pages. Ends with each page's blocking time per run.
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import fs from 'node:fs';
const args = process.argv.slice(2);
let runs = 3;
const roots = {};
const pages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] == '--runs') runs = +args[++i];
  else if (args[i] == '--page') pages.push(args[++i]);
  else {
    const [n, d] = args[i].split('=');
    roots[n] = d;
    pages.push(`_t_${n}`);
  }
}
const server = await startServer({
  mounts: { pages: new URL('./pages', import.meta.url).pathname, ...roots },
  contentFile: new URL('./pages/_content.html', import.meta.url).pathname,
});
const origin = server.origin ?? `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const html = fs.readFileSync(new URL('./pages/cookie-charter/index.html', import.meta.url), 'utf8');
for (const n of Object.keys(roots)) {
  fs.mkdirSync(new URL(`./pages/_t_${n}`, import.meta.url), { recursive: true });
  fs.writeFileSync(new URL(`./pages/_t_${n}/index.html`, import.meta.url), html.replace('/main/dist', `/${n}/dist`));
}
const tbt = {};
for (let r = 0; r < runs + 1; r++)
  for (const p of [...pages].sort(() => Math.random() - 0.5)) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await page.goto(`${origin}/__blank`);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel,blink,v8',
      transferMode: 'ReportEvents',
    });
    await page.goto(`${origin}/pages/${p}/`, { waitUntil: 'load' });
    await page.waitForTimeout(2000);
    await cdp.send('Tracing.end');
    await done;
    await ctx.close();
    if (r == 0) continue;
    const main = events.find(
      (e) => e.name == 'thread_name' && e.args?.name == 'CrRendererMain' && events.some((x) => x.pid == e.pid && x.name == 'ParseHTML'),
    );
    const on = events.filter((e) => e.pid == main.pid && e.tid == main.tid);
    const tasks = on.filter((e) => e.name == 'RunTask' && e.ph == 'X');
    const t0 = on.find((e) => e.name == 'ParseHTML')?.ts ?? 0;
    (tbt[p] ??= []).push(tasks.reduce((a, t) => a + Math.max(0, t.dur / 1000 - 50), 0));
    console.log(`== ${p} run ${r}`);
    for (const t of tasks.filter((t) => t.dur > +(process.env.MINT ?? 8) * 1000)) {
      const kids = on.filter(
        (e) =>
          e.ph == 'X' &&
          e.ts >= t.ts &&
          e.ts < t.ts + t.dur &&
          e !== t &&
          e.name != 'ThreadControllerImpl::RunTask' &&
          e.dur > +(process.env.KID ?? 2) * 1000,
      );
      for (const l of on.filter((e) => e.name == 'Layout' && e.ph == 'X' && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 2000))
        console.log(
          '    LAYOUT',
          (l.dur / 1000).toFixed(1),
          JSON.stringify(l.args?.beginData ?? {}).replace(/"frame":"[^"]*",?/, ''),
          JSON.stringify(l.args?.endData ?? {}).slice(0, 120),
        );
      console.log(
        `  @${((t.ts - t0) / 1000).toFixed(0)} TASK ${(t.dur / 1000).toFixed(1)}: ` +
          kids.map((k) => `${k.name}:${(k.dur / 1000).toFixed(1)}${k.args?.data?.url ? '@' + k.args.data.url.slice(-20) : ''}`).join(' '),
      );
    }
  }
for (const [p, a] of Object.entries(tbt)) console.log(p, 'TBT', a.map((x) => x.toFixed(0)).join(' '));
await browser.close();
process.exit(0);
