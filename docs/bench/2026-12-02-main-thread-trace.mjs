// The main-thread tasks that run cookie-charter's code (those with an EvaluateScript or FunctionCall of
// the build's URL), from Chromium traces on the benchmark's slow profile (CPU x4): the largest, wall and
// CPU, and their sum; then the same for a click on "Tout refuser". The shared benchmark gives blocking
// time for the whole page, not the largest task of one script.
// Copy into ../shared/bench (it uses its lib/server.mjs and playwright-core), then, builds side by side:
//   node trace.mjs --runs 7 after=/path/to/checkout before=/path/to/other/checkout
// Each name=dir is served at /name/ and gets a copy of pages/cookie-charter/ loading /name/dist/.
// DUMP=1 prints each task's children (KID=700: those over 0.7 ms). "page TBT" is the blocking time of every
// task of the page while it loads (trace durations), not only those running the build's code.
// "our JS in one task" leaves out what the browser does in the same task (style, layout, paint): the
// largest sum, in one task, of the build's evaluation and calls and the microtasks after them. A task that
// runs any of the build's code counts as ours: also a frame's task that only runs a requestAnimationFrame
// callback of ours, and the task at the end of parsing in which the browser may first lay the page out.
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import fs from 'node:fs';
const args = process.argv.slice(2);
let runs = 7;
const roots = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] == '--runs') runs = +args[++i];
  else {
    const [n, d] = args[i].split('=');
    roots[n] = d;
  }
}
const mounts = { pages: new URL('./pages', import.meta.url).pathname, ...roots };
const server = await startServer({ mounts, contentFile: new URL('./pages/_content.html', import.meta.url).pathname });
const origin = server.origin ?? `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const html = fs.readFileSync(new URL('./pages/cookie-charter/index.html', import.meta.url), 'utf8');
for (const n of Object.keys(roots)) {
  fs.mkdirSync(new URL(`./pages/_t_${n}`, import.meta.url), { recursive: true });
  fs.writeFileSync(new URL(`./pages/_t_${n}/index.html`, import.meta.url), html.replace('/main/dist', `/${n}/dist`));
}
var main;
const res = Object.fromEntries(Object.keys(roots).map((n) => [n, []]));
for (let r = 0; r < runs + 1; r++) {
  for (const n of Object.keys(roots).sort(() => Math.random() - 0.5)) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await page.goto(`${origin}/__blank`);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events = [];
    const h1 = (e) => events.push(...e.value);
    cdp.on('Tracing.dataCollected', h1);
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel',
      transferMode: 'ReportEvents',
    });
    await page.goto(`${origin}/pages/_t_${n}/`, { waitUntil: 'load' });
    await page.evaluate(
      () =>
        new Promise((ok) => {
          const f = () =>
            document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~=banner]')?.offsetHeight
              ? ok()
              : requestAnimationFrame(f);
          f();
        }),
    );
    await page.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', h1);
    // click reject and trace it
    const ev2 = [];
    const h = (e) => ev2.push(...e.value);
    cdp.on('Tracing.dataCollected', h);
    const done2 = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel',
      transferMode: 'ReportEvents',
    });
    const box = await page.locator('cookie-charter >> [part~=reject]').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(1000);
    await cdp.send('Tracing.end');
    await done2;
    cdp.off('Tracing.dataCollected', h);
    await ctx.close();
    if (r == 0) continue;
    res[n].push({ load: analyse(events, n), click: analyse(ev2, n) });
  }
}

function analyse(events, n) {
  main =
    events.find(
      (e) => e.name == 'thread_name' && e.args?.name == 'CrRendererMain' && events.some((x) => x.pid == e.pid && x.name == 'ParseHTML'),
    ) ?? main;
  const on = events.filter((e) => e.pid == main.pid && e.tid == main.tid);
  const tasks = on.filter((e) => e.name == 'RunTask' && e.ph == 'X');
  const ours = (e) =>
    ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.evaluateModule'].includes(e.name) &&
    JSON.stringify(e.args ?? {}).includes(`/${n}/dist/`);
  const marks = on.filter(ours);
  const our = tasks.filter((t) => marks.some((m) => m.ts >= t.ts && m.ts <= t.ts + t.dur));
  const durs = our.map((t) => t.dur / 1000);
  const cpu = our.map((t) => (t.tdur ?? 0) / 1000);
  if (process.env.DUMP)
    for (const t of our) {
      const kids = on.filter((e) => e.ph == 'X' && e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.dur > +(process.env.KID ?? 2000));
      console.log(
        'TASK',
        (t.dur / 1000).toFixed(1),
        kids
          .map(
            (k) =>
              `${k.name}:${(k.dur / 1000).toFixed(1)}${k.args?.data?.url ? '@' + k.args.data.url.slice(-30) : ''}${k.args?.data?.functionName ? '/' + k.args.data.functionName : ''}`,
          )
          .join(' '),
      );
    }
  // Our JavaScript in each task, apart from what the browser does in the same task (style, layout, paint):
  // our script's evaluation and calls, and the microtasks run after them, each counted once.
  const js = our.map((t) => {
    const inside = on.filter((e) => e.ph == 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && (ours(e) || e.name == 'RunMicrotasks'));
    const top = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
    return top.reduce((a, e) => a + e.dur / 1000, 0);
  });
  const all = tasks.map((t) => t.dur / 1000);
  return {
    pageTbt: all.reduce((a, d) => a + Math.max(0, d - 50), 0),
    pageLong: all.filter((d) => d > 50).length,
    cpuMax: Math.max(0, ...cpu),
    cpuSum: cpu.reduce((a, b) => a + b, 0),
    max: Math.max(0, ...durs),
    sum: durs.reduce((a, b) => a + b, 0),
    over50: durs.reduce((a, d) => a + Math.max(0, d - 50), 0),
    n: durs.length,
    jsMax: Math.max(0, ...js),
  };
}
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[s.length >> 1];
};
for (const [n, rs] of Object.entries(res)) {
  const f = (k, w) =>
    `${med(rs.map((x) => x[w][k])).toFixed(1)} (${Math.min(...rs.map((x) => x[w][k])).toFixed(1)}–${Math.max(...rs.map((x) => x[w][k])).toFixed(1)})`;
  console.log(
    `${n}: page TBT ${f('pageTbt', 'load')} (long ${f('pageLong', 'load')}) | load: largest task ${f('max', 'load')} ms (cpu ${f('cpuMax', 'load')}), cpu sum ${f('cpuSum', 'load')}, our tasks ${f('sum', 'load')} ms, over 50 ${f('over50', 'load')}, count ${f('n', 'load')} | our JS in one task at most ${f('jsMax', 'load')} | click: largest ${f('max', 'click')} (cpu ${f('cpuMax', 'click')}), sum ${f('sum', 'click')}`,
  );
}
await browser.close();
await server.close?.();
process.exit(0);
