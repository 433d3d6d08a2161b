// Which functions of the build's files ran while the banner was first shown, and which did not (V8 precise
// coverage, function level): with the compile hint (`//# allFunctionsCalledOnLoad`) every function of the
// main file has bytecode, so those that did not run are what the hint costs in memory.
// Copy into ../shared/bench (it uses its lib/server.mjs and playwright-core), then:
//   node coverage.mjs after=/path/to/checkout          LIST=1 also lists the functions not run, largest first
// The name=dir is served at /name/ and gets a copy of pages/cookie-charter/ (as page _cov_<name>) loading /name/dist/.
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import fs from 'node:fs';

const [name, dir] = process.argv[2].split('=');
const pages = new URL('./pages', import.meta.url).pathname;
const server = await startServer({ mounts: { pages, [name]: dir }, contentFile: `${pages}/_content.html` });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const html = fs.readFileSync(`${pages}/cookie-charter/index.html`, 'utf8');
fs.mkdirSync(`${pages}/_cov_${name}`, { recursive: true });
fs.writeFileSync(`${pages}/_cov_${name}/index.html`, html.replace('/main/dist', `/${name}/dist`));
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
const tab = await ctx.newPage();
const cdp = await ctx.newCDPSession(tab);
await tab.goto(`${server.origin}/__blank`);
await cdp.send('Profiler.enable');
await cdp.send('Debugger.enable'); // for the scripts' sources
await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
await tab.goto(`${server.origin}/pages/_cov_${name}/`, { waitUntil: 'load' });
await tab.waitForTimeout(1500);
const { result } = await cdp.send('Profiler.takePreciseCoverage');
for (const script of result) {
  if (!/cookie-charter/.test(script.url)) continue;
  const { scriptSource: source } = await cdp.send('Debugger.getScriptSource', { scriptId: script.scriptId });
  const functions = script.functions.map((f) => ({ name: f.functionName, ...f.ranges[0] }));
  // Not run, and not inside another function not run (its bytes are counted there).
  const notRun = functions.filter((f) => f.count == 0);
  const outermost = notRun.filter((f) => !notRun.some((o) => o != f && o.startOffset <= f.startOffset && f.endOffset <= o.endOffset));
  const bytes = outermost.reduce((sum, f) => sum + f.endOffset - f.startOffset, 0);
  console.log(
    `${script.url}: ${functions.length} functions, ${functions.length - notRun.length} run; not run: ${notRun.length}` +
      ` (${outermost.length} outermost, ${bytes} of ${source.length} characters)`,
  );
  if (process.env.LIST)
    for (const f of outermost.sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset)))
      console.log(`  ${f.endOffset - f.startOffset}\t${f.name || '(anonymous)'}\t${source.slice(f.startOffset, f.startOffset + 80)}`);
}
await browser.close();
await server.close?.();
process.exit(0);
