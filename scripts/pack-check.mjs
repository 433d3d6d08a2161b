#!/usr/bin/env node
// `npm run pack-check`, run by CI (.ci/run): the package as users get it. `npm pack` (which builds
// first), then, in a scratch project in a temporary folder, the tarball installed from the npm registry
// with pinned versions of Vite 7, React 18 and Vue 3 (scripts/pack-check/), and:
// - what the tarball holds: its licences, its manifest's paths, its exports, its CDN fields;
// - `import('cookie-charter')` in Node exits;
// - strict TypeScript against its declarations;
// - a Vite build of three pages (vanilla, React, Vue) and the tarball's dist/cookie-charter.js by a plain
//   script tag, served as a public npm CDN serves it, each loaded in Chromium: the banner, a choice (the
//   cookie really written), the event, and on reload the state at start from `ready`.
// Prints one line per check, `ok - …` or `not ok - …`, then `pack-check: N passed, N failed`; exits 1
// when any failed. `--keep` leaves the scratch folder; `--no-build` packs dist/ as it is (CI, right
// after `npm test` built it), instead of building it again (npm pack's prepack).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const build = !process.argv.includes('--no-build');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const PAGES = ['vanilla', 'react', 'vue', 'script-tag'];

let passed = 0;
let failed = 0;
/** Runs one check: `ok - name`, or `not ok - name: why`. Returns whether it passed. */
async function check(name, run) {
  try {
    await run();
    passed++;
    console.log(`ok - ${name}`);
    return true;
  } catch (error) {
    failed++;
    console.log(
      `not ok - ${name}: ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 4)
        .join('\n    ')}`,
    );
    return false;
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const sameJson = (a, b, what) =>
  assert(JSON.stringify(a) == JSON.stringify(b), `${what}: ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const scratch = mkdtempSync(join(tmpdir(), 'cookie-charter-pack-'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let packed;

try {
  // 1. The tarball.
  await check('npm pack', () => {
    const output = run('npm', ['pack', '--json', '--pack-destination', scratch, ...(build ? [] : ['--ignore-scripts'])], root);
    // After whatever the build printed: npm's JSON, from a line "[" on.
    [packed] = JSON.parse(output.slice(output.lastIndexOf('\n[\n') + 1));
    console.log(`# ${packed.filename}: ${packed.entryCount} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked`);
    for (const file of packed.files) console.log(`#   ${String(file.size).padStart(7)} B  ${file.path}`);
  });
  if (!packed) throw new Error('no tarball');
  const files = packed.files.map((f) => f.path);

  await check('the tarball holds what users need, and only that', () => {
    const needed = [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'custom-elements.json',
      'docs/api.md',
      'dist/THIRD-PARTY-NOTICES.txt',
    ];
    needed.push(...['', '-lazy', '-enforce', '-en'].map((part) => `dist/cookie-charter${part}.js`));
    needed.push('dist/esm/index.js', 'dist/esm/define.js', 'dist/types/index.d.ts', 'dist/types/define.d.ts');
    needed.push('bin/cookie-charter.mjs', 'cli/main.mjs', 'presets/index.mjs', 'presets/index.d.mts');
    for (const file of needed) assert(files.includes(file), `${file} missing`);
    const extra = files.filter((f) => !needed.includes(f) && !/^(dist\/(esm\/.+\.js|types\/.+\.d\.ts)|cli\/.+\.(mjs|json))$/.test(f));
    assert(!extra.length, `not needed: ${extra.join(', ')}`);
  });

  // 2. The scratch project.
  cpSync(join(root, 'scripts/pack-check'), scratch, { recursive: true });
  renameSync(join(scratch, packed.filename), join(scratch, 'cookie-charter.tgz'));
  writeFileSync(join(scratch, 'script-tag.html'), readFileSync(join(scratch, 'script-tag.html'), 'utf8').replace('VERSION', pkg.version));
  const installed = join(scratch, 'node_modules/cookie-charter');
  const ok = await check('npm install of the tarball, Vite 7, React 18 and Vue 3 in a scratch project', () => {
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], scratch);
    assert(existsSync(join(installed, 'package.json')), 'cookie-charter not installed');
  });
  if (!ok) throw new Error('no scratch project');

  await check('the command-line tool runs from the installed package (npx cookie-charter --help)', () => {
    const help = execFileSync('npx', ['--no-install', 'cookie-charter', '--help'], { cwd: scratch, encoding: 'utf8' });
    assert(/^usage: cookie-charter <command>/.test(help), `unexpected output: ${help.slice(0, 200)}`);
  });

  await check('cookie-charter import and render run from the installed package (their dependencies are installed with it)', () => {
    const seed = readFileSync(join(root, 'test/fixtures/seeds/villedavray.txt'), 'utf8');
    // stdio piped: the hint line import writes on stderr stays out of this report.
    const json = execFileSync('npx', ['--no-install', 'cookie-charter', 'import', '-'], {
      cwd: scratch,
      encoding: 'utf8',
      input: seed,
      stdio: 'pipe',
    });
    const html = execFileSync('npx', ['--no-install', 'cookie-charter', 'render', '-', '--platform-url', 'https://data.villedavray.fr'], {
      cwd: scratch,
      encoding: 'utf8',
      input: json,
    });
    assert(html.includes('<td><code>cookies_preferences</code></td>'), `unexpected output: ${html.slice(0, 200)}`);
  });

  await check('third-party notices beside every built file of the installed package', () => {
    const notices = readFileSync(join(installed, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    const built = [
      ...readdirSync(join(installed, 'dist'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `dist/${f}`),
    ];
    built.push(
      ...readdirSync(join(installed, 'dist/esm'), { recursive: true })
        .filter((f) => f.endsWith('.js'))
        .map((f) => `dist/esm/${f}`),
    );
    for (const file of built) assert(new RegExp(`^${file.replace(/[.]/g, '\\.')}: `, 'm').test(notices), `${file} not in the notices`);
    for (const text of ['BSD 3-Clause License', 'Copyright (c) 2017 Google LLC', 'Klaus Hartl, Fagner Brack'])
      assert(notices.includes(text), `no "${text}"`);
    assert(readFileSync(join(installed, 'LICENSE'), 'utf8').startsWith('MIT License'), 'LICENSE is not MIT');
  });

  await check('custom-elements.json names shipped files; exports and CDN fields resolve', () => {
    const paths = new Set();
    JSON.stringify(JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')), (key, value) => {
      if (key == 'path' || key == 'module') paths.add(value);
      return value;
    });
    assert(paths.size, 'no path');
    for (const path of paths) assert(existsSync(join(installed, path)), `${path} is not shipped`);
    const script = `for (const s of ['cookie-charter', 'cookie-charter/define', 'cookie-charter/package.json', 'cookie-charter/custom-elements.json', 'cookie-charter/cookie-charter.js']) console.log(import.meta.resolve(s))`;
    const resolved = run(process.execPath, ['--input-type=module', '-e', script], scratch).trim().split('\n');
    sameJson(
      resolved.map((url) => url.slice(url.indexOf('/node_modules/cookie-charter/') + 29)),
      ['dist/esm/index.js', 'dist/esm/define.js', 'package.json', 'custom-elements.json', 'dist/cookie-charter.js'],
      'resolved',
    );
    const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    for (const field of ['unpkg', 'jsdelivr']) assert(installedPkg[field] == 'dist/cookie-charter.js', `${field}: ${installedPkg[field]}`);
  });

  for (const entry of ['cookie-charter', 'cookie-charter/define'])
    await check(`node -e "import('${entry}')" exits`, () => {
      const result = spawnSync(process.execPath, ['-e', `import('${entry}').then((m) => console.log(Object.keys(m).join()))`], {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 20_000,
      });
      assert(!result.error, `still running after 20 s (${result.error?.code})`);
      assert(result.status === 0, `exit ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    });

  await check('strict TypeScript against the installed declarations', () => {
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
    assert(result.status === 0, result.stdout + result.stderr);
  });

  const built = await check('vite build of the vanilla, React and Vue pages', () => {
    run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], scratch);
    for (const page of ['vanilla', 'react', 'vue']) assert(existsSync(join(scratch, `dist/${page}.html`)), `no dist/${page}.html`);
  });

  // 3. In Chromium: the built pages, and the script tag from a CDN-like path.
  const server = serve(scratch, installed);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import(join(root, 'node_modules/playwright/index.mjs'));
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    for (const page of PAGES) if (page == 'script-tag' || built) await checkPage(browser, `${origin}/${page}.html`, page);
  } finally {
    await browser.close();
    server.close();
  }
} catch (error) {
  if (!failed) failed++;
  console.log(`not ok - pack-check stopped: ${error.message}`);
} finally {
  if (keep) console.log(`# scratch project kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

console.log(`pack-check: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * A static server: the Vite build at `/`, the script-tag page, and the installed package under
 * `/npm/cookie-charter@<version>/` as jsDelivr and unpkg serve a published version (the bare path is the
 * file its `jsdelivr` field names), with `Access-Control-Allow-Origin: *` as they send it.
 */
function serve(scratch, installed) {
  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const cdn = `/npm/cookie-charter@${pkg.version}`;
  return createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file;
    if (path == '/favicon.ico') return void response.writeHead(204).end();
    if (path == cdn) path = `${cdn}/${JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).jsdelivr}`;
    if (path.startsWith(`${cdn}/`)) file = join(installed, path.slice(cdn.length));
    else if (path == '/script-tag.html') file = join(scratch, 'script-tag.html');
    else file = join(scratch, 'dist', path);
    if (!file.startsWith(scratch) || !existsSync(file) || extname(file) == '') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' });
    response.end(readFileSync(file));
  });
}

/** One page in a fresh context: banner, a choice, the cookie, the event; on reload, `ready`; the lazy part. */
async function checkPage(browser, url, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() == 'error' && errors.push(message.text()));
  const shadow = (part) => page.locator(`cookie-charter [part~="${part}"]`).first();
  const seen = () => page.evaluate(() => window.__seen);
  try {
    await check(
      `${name}: the banner shows, and ready gives null (no choice yet)${name == 'react' || name == 'vue' ? '; Consent Mode default pushed' : ''}`,
      async () => {
        await page.goto(url);
        await shadow('banner').waitFor({ timeout: 15_000 });
        await page.waitForFunction(() => window.__seen?.ready !== undefined, null, { timeout: 15_000 });
        sameJson((await seen()).ready, null, 'ready');
        if (name == 'react' || name == 'vue') {
          // Their config (scripts/pack-check/config.js) has Consent Mode: its default, pushed once it came.
          const layer = await page.evaluate(() => (window.dataLayer ?? []).map((entry) => Array.from(entry)));
          sameJson(layer[0], ['consent', 'default', { analytics_storage: 'denied' }], 'dataLayer[0]');
        }
      },
    );
    await check(`${name}: Tout refuser writes the cookie and fires cookie-charter-change`, async () => {
      await shadow('reject').click();
      await page.waitForFunction(() => window.__seen.events.length > 0, null, { timeout: 15_000 });
      const cookie = (await context.cookies()).find((c) => c.name == 'cookies_preferences');
      assert(cookie, 'no cookies_preferences cookie');
      const stored = JSON.parse(decodeURIComponent(cookie.value));
      sameJson(stored.choices, { statistics: false }, 'stored choices');
      const { events } = await seen();
      const { v, ...detail } = stored;
      sameJson(events, [detail], 'events');
      assert((await shadow('banner').count()) == 0, 'the banner is still there');
    });
    await check(`${name}: on reload, no banner, and ready gives the stored choice that the start event carried`, async () => {
      await page.reload();
      await page.waitForFunction(() => window.__seen?.ready !== undefined, null, { timeout: 15_000 });
      const { ready } = await seen();
      sameJson(ready?.choices, { statistics: false }, 'ready');
      assert((await shadow('banner').count()) == 0, 'a banner');
      assert(
        (await page.locator('#state').textContent()) == '{"statistics":false}',
        `the page shows ${await page.locator('#state').textContent()}`,
      );
    });
    await check(`${name}: the preferences (the lazily loaded part) open`, async () => {
      await page.evaluate(() => document.querySelector('cookie-charter').show());
      await shadow('preferences').waitFor({ timeout: 15_000 });
      assert((await shadow('preferences').textContent()).includes('Mesure d’audience'), 'no category in the preferences');
      assert(!errors.length, `errors: ${errors.join(' | ')}`);
    });
  } finally {
    await context.close();
  }
}
