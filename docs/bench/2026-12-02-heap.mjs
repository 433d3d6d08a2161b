// JS heap in use after two garbage collections, the banner shown, over the benchmark's baseline page:
// builds side by side, interleaved, and what each Web API interface a script first touches costs.
// Copy into ../shared/bench (it uses its lib/server.mjs and playwright-core), then:
//   node heap.mjs --runs 3 after=/path/to/checkout before=/path/to/other/checkout
//   node heap.mjs --interfaces   (each interface alone, over a page that already has what Lit needs)
// Each name=dir is served at /name/ and gets a copy of pages/cookie-charter/ loading /name/dist/.
// SNAP=1 also writes /tmp/heap-<name>.heapsnapshot (first run, the baseline too), for a diff by object kind.
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import fs from 'node:fs';

const args = process.argv.slice(2);
let runs = 3;
const roots = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] == '--runs') runs = +args[++i];
  else if (args[i] != '--interfaces') {
    const [n, d] = args[i].split('=');
    roots[n] = d;
  }
}
// What Lit and the element need in any case: a custom element, a shadow root, a template, a tree
// walker, an event, a constructed style sheet. Then each interface alone on top of it.
const LIT =
  'customElements.define("x-y", class extends HTMLElement {}); const e = document.createElement("x-y");' +
  'e.attachShadow({ mode: "open" }).innerHTML = "<b>x</b>"; const t = document.createElement("template");' +
  't.innerHTML = "<b>x</b>"; document.importNode(t.content, true); document.createTreeWalker(document, 133);' +
  'document.dispatchEvent(new CustomEvent("x", { detail: 1 })); const s = new CSSStyleSheet(); s.replaceSync("a{}");' +
  'document.adoptedStyleSheets = [s]; window.k = [e];';
const INTERFACES = {
  MutationObserver: 'const o = new MutationObserver(() => {}); o.observe(document.body, { childList: true, subtree: true }); k.push(o)',
  AbortController: 'const c = new AbortController(); c.signal.addEventListener("abort", () => {}); k.push(c)',
  BroadcastChannel: 'const b = new BroadcastChannel("x"); b.onmessage = () => {}; k.push(b)',
  TrustedTypes: 'k.push(trustedTypes.createPolicy("x", { createHTML: (s) => s }))',
  ResizeObserver: 'const r = new ResizeObserver(() => {}); r.observe(document.body); k.push(r)',
  matchMedia: 'k.push(matchMedia("(prefers-color-scheme: dark)"))',
  navigator: 'k.push(navigator.globalPrivacyControl)',
  location: 'k.push(location.origin, location.protocol)',
  NavigatorIface: 'k.push(typeof Navigator)',
  NavigatorIn: 'k.push("globalPrivacyControl" in Navigator.prototype)',
  navigatorOnly: 'k.push(navigator)',
  documentURL: 'k.push(document.URL, document.domain)',
  button: 'k.push(document.createElement("button"))',
  anchor: 'k.push(document.createElement("a"))',
};
const pages = new URL('./pages', import.meta.url).pathname;
const server = await startServer({ mounts: { pages, ...roots }, contentFile: `${pages}/_content.html` });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const html = fs.readFileSync(`${pages}/cookie-charter/index.html`, 'utf8');
const base = fs.readFileSync(`${pages}/baseline/index.html`, 'utf8');
const page = (name, content) => {
  fs.mkdirSync(`${pages}/_heap_${name}`, { recursive: true });
  fs.writeFileSync(`${pages}/_heap_${name}/index.html`, content);
  return `/pages/_heap_${name}/`;
};
const urls = { baseline: '/pages/baseline/' };
if (args.includes('--interfaces')) {
  urls.lit = page('lit', base.replace('</body>', `<script>${LIT}</script></body>`));
  for (const [n, code] of Object.entries(INTERFACES)) urls[n] = page(n, base.replace('</body>', `<script>${LIT}${code}</script></body>`));
}
for (const n of Object.keys(roots)) urls[n] = page(n, html.replace('/main/dist', `/${n}/dist`));
const used = {};
for (let r = 0; r < runs; r++)
  for (const [n, url] of Object.entries(urls)) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const tab = await ctx.newPage();
    const cdp = await ctx.newCDPSession(tab);
    await tab.goto(`${server.origin}/__blank`);
    await tab.goto(server.origin + url, { waitUntil: 'load' });
    await tab.waitForTimeout(1500);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    (used[n] ??= []).push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    if (process.env.SNAP && r == 0 && (n in roots || n == 'baseline')) {
      const chunks = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      fs.writeFileSync(`/tmp/heap-${n}.heapsnapshot`, chunks.join(''));
    }
    await ctx.close();
  }
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const over = (n, than) => ((median(used[n]) - median(used[than])) / 1000).toFixed(1);
for (const n of Object.keys(urls))
  if (n != 'baseline')
    console.log(`${n}: ${over(n, 'baseline')} kB over the baseline${n in INTERFACES ? `, ${over(n, 'lit')} kB over lit` : ''}`);
await browser.close();
await server.close?.();
process.exit(0);
