// Where a build's main-thread time goes, from V8's CPU profiler (sampling every 20 µs, CPU x4): the call
// tree, inclusive ms per run, under the click's handler, or (third argument `load`) under every entry
// into the build's code while the page loads. Copy into ../shared/bench, then:
//   node profile-tree.mjs /path/to/checkout 6 [load]      (MIN=0.8 hides the smaller nodes)
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import fs from 'node:fs';
const [dir, runsArg, mode] = process.argv.slice(2);
const LOAD = mode == 'load';
const runs = +(runsArg ?? 5);
const server = await startServer({
  mounts: { pages: new URL('./pages', import.meta.url).pathname, x: dir },
  contentFile: new URL('./pages/_content.html', import.meta.url).pathname,
});
const origin = server.origin ?? `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const html = fs.readFileSync(new URL('./pages/cookie-charter/index.html', import.meta.url), 'utf8');
fs.mkdirSync(new URL(`./pages/_t_x`, import.meta.url), { recursive: true });
fs.writeFileSync(new URL(`./pages/_t_x/index.html`, import.meta.url), html.replace('/main/dist', `/x/dist`));
const src = fs.readFileSync(dir + '/dist/cookie-charter.js', 'utf8').split('\n');
const tree = new Map();
for (let r = 0; r < runs; r++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.goto(`${origin}/__blank`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
  if (LOAD) await cdp.send('Profiler.start');
  await page.goto(`${origin}/pages/_t_x/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~=banner]')?.offsetHeight);
  await page.waitForTimeout(1000);
  const box = await page.evaluate(() => {
    const b = document.querySelector('cookie-charter').shadowRoot.querySelector('[part~=reject]').getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  if (!LOAD) {
    await cdp.send('Profiler.start');
    await page.mouse.click(box.x, box.y);
    await page.waitForTimeout(600);
  }
  const { profile } = await cdp.send('Profiler.stop');
  await ctx.close();
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = {};
  profile.samples.forEach((id, i) => (self[id] = (self[id] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const incl = (id) => (self[id] ?? 0) + (byId.get(id).children ?? []).reduce((a, c) => a + incl(c), 0);
  const name = (n) => {
    const cf = n.callFrame;
    const snip = /cookie-charter\.js$/.test(cf.url) ? ' «' + src[cf.lineNumber]?.slice(cf.columnNumber, cf.columnNumber + 40) + '»' : '';
    return `${cf.functionName || '(anon)'}${snip}`;
  };
  const walk = (id, path, depth) => {
    const n = byId.get(id);
    const p = `${path}/${'  '.repeat(depth)}${name(n)}`;
    tree.set(p, (tree.get(p) ?? 0) + incl(id));
    for (const c of n.children ?? []) walk(c, p, depth + 1);
  };
  const parentOf = new Map();
  for (const x of profile.nodes) for (const c of x.children ?? []) parentOf.set(c, x.id);
  const isOurs = (id) => /cookie-charter/.test(byId.get(id)?.callFrame.url ?? '');
  for (const n of profile.nodes)
    if (
      LOAD
        ? isOurs(n.id) && !isOurs(parentOf.get(n.id))
        : n.callFrame.functionName == 'handleEvent' && /cookie-charter/.test(n.callFrame.url)
    )
      walk(n.id, '', 0);
}
for (const [p, v] of tree) if (v / runs >= +(process.env.MIN ?? 0.15)) console.log((v / runs).toFixed(2).padStart(6), p.split('/').pop());
await browser.close();
process.exit(0);
