// After a click on Tout refuser (slow profile, CPU x4), from a Chromium trace: the task that handles the
// click, when the consent cookie is written in it (a console.timeStamp from the cookie setter), how long
// the task goes on after the write (our listener, then the microtasks: Lit's render; then the browser's
// style and layout), and when the next animation frame comes, where the benchmark's probe sees the
// banner hidden. Uses the benchmark's probe, as run.mjs does.
// Copy into ../shared/bench (it uses its lib/ and playwright-core), then, builds side by side:
//   node click-timeline.mjs --runs 10 after=/path/to/checkout before=/path/to/other/checkout
// Each name=dir is served at /name/ and gets a copy of pages/cookie-charter/ (as page _k_<name>) loading
// /name/dist/. DUMP=1 prints, per run, what the task does before and after the write (over 0.3 ms).
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import { probe } from './lib/probe.mjs';
import fs from 'node:fs';

const args = process.argv.slice(2);
let runs = 5;
const roots = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] == '--runs') runs = +args[++i];
  else {
    const [n, d] = args[i].split('=');
    roots[n] = d;
  }
}
const pages = new URL('./pages', import.meta.url).pathname;
const bench = JSON.parse(fs.readFileSync(`${pages}/cookie-charter/bench.json`, 'utf8'));
const server = await startServer({ mounts: { pages, ...roots }, contentFile: `${pages}/_content.html` });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const html = fs.readFileSync(`${pages}/cookie-charter/index.html`, 'utf8');
for (const n of Object.keys(roots)) {
  fs.mkdirSync(`${pages}/_k_${n}`, { recursive: true });
  fs.writeFileSync(`${pages}/_k_${n}/index.html`, html.replace('/main/dist', `/${n}/dist`));
}
const ms = (us) => us / 1000;
const label = (e, from) =>
  `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''}:${ms(e.dur).toFixed(1)}${from == null ? '' : `@${ms(e.ts - from).toFixed(1)}`}`;
const results = {};
for (let r = 0; r <= runs; r++)
  for (const n of Object.keys(roots)) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await ctx.addInitScript(probe, { banner: bench.banner, storage: bench.storage });
    await ctx.addInitScript((name) => {
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      Object.defineProperty(Document.prototype, 'cookie', {
        ...cookie,
        set(value) {
          cookie.set.call(this, value);
          if (String(value).startsWith(`${name}=`)) console.timeStamp('written');
        },
      });
    }, bench.storage.name);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await page.goto(`${server.origin}/__blank`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${server.origin}/pages/_k_${n}/`, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.until(['visible'], 15000));
    await page.waitForTimeout(1000);
    const events = [];
    const collect = (e) => events.push(...e.value);
    cdp.on('Tracing.dataCollected', collect);
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel',
      transferMode: 'ReportEvents',
    });
    const box = await page.evaluate((s) => {
      const b = window.__bench.q(s).getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }, bench.reject);
    await page.mouse.click(box.x, box.y);
    await page.evaluate(() => window.__bench.until(['hidden', 'stored'], 10000));
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    const seen = await page.evaluate(() => ({ click: __bench.click, stored: __bench.stored, hidden: __bench.hidden }));
    await ctx.close();
    if (r == 0) continue; // warm-up
    const thread = events.find(
      (e) =>
        e.name == 'thread_name' &&
        e.args?.name == 'CrRendererMain' &&
        events.some((x) => x.pid == e.pid && x.tid == e.tid && x.name == 'TimeStamp'),
    );
    const main = events.filter((e) => e.pid == thread.pid && e.tid == thread.tid);
    const write = main.find((e) => e.name == 'TimeStamp' && e.args?.data?.message == 'written');
    const task = main.find((e) => e.name == 'RunTask' && e.ph == 'X' && e.ts <= write.ts && e.ts + e.dur >= write.ts);
    const taskEnd = task.ts + task.dur;
    const frame = main.filter((e) => e.name == 'FireAnimationFrame' && e.ts > write.ts).sort((a, b) => a.ts - b.ts)[0];
    const listener = main
      .filter((e) => e.ph == 'X' && e.name == 'FunctionCall' && e.ts <= write.ts && e.ts + e.dur >= write.ts)
      .sort((a, b) => b.dur - a.dur)[0];
    const within = (from, to) =>
      main.filter((e) => e.ph == 'X' && e.ts >= from && e.ts + e.dur <= to && e.dur > 300 && e.name != 'RunTask');
    const microtasks = within(write.ts, taskEnd).filter((e) => e.name == 'RunMicrotasks');
    if (process.env.DUMP) {
      console.log(
        `${n} before the write:`,
        within(task.ts, write.ts)
          .map((e) => label(e, task.ts))
          .join(' '),
      );
      console.log(
        `${n} after the write: `,
        within(write.ts, taskEnd)
          .map((e) => label(e))
          .join(' '),
      );
    }
    (results[n] ??= []).push({
      clickToStored: seen.stored - seen.click,
      taskToWrite: ms(write.ts - task.ts),
      listenerAfterWrite: listener ? ms(listener.ts + listener.dur - write.ts) : NaN,
      microtasksAfterWrite: microtasks.reduce((sum, e) => sum + ms(e.dur), 0),
      writeToTaskEnd: ms(taskEnd - write.ts),
      taskEndToFrame: frame ? ms(frame.ts - taskEnd) : NaN,
      probeGap: seen.hidden - seen.stored,
    });
  }
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
for (const [n, rows] of Object.entries(results)) {
  const f = (key) => median(rows.map((row) => row[key])).toFixed(1);
  console.log(
    `${n} (medians of ${rows.length}, ms): click → stored ${f('clickToStored')}; the click's task: start → write ${f('taskToWrite')}, ` +
      `write → end ${f('writeToTaskEnd')} (our listener ${f('listenerAfterWrite')}, microtasks ${f('microtasksAfterWrite')}); ` +
      `task end → next frame ${f('taskEndToFrame')}; stored → seen hidden ${f('probeGap')}`,
  );
}
await browser.close();
await server.close?.();
process.exit(0);
