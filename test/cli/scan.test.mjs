// `cookie-charter scan`, run as a user runs it (the bin in a child process) against portals made
// for it (test/fixtures/scan/) and the demo, served here, in the machine's Chromium. The portals use
// the built element (dist/, built by `npm test` before these tests). Their host names (*.test) are
// mapped to this machine through a test-only variable, so that a tracker is really another site.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compare, declaration } from '../../cli/scan/compare.mjs';
import { cookieWritten, writerOfStack } from '../../cli/scan/record.mjs';
import { textReport } from '../../cli/scan/report.mjs';
import { registrableDomain, sameSite } from '../../cli/scan/site.mjs';
import { durationOf, suggestRows } from '../../cli/scan/suggest.mjs';
import { startServer } from './scan-server.mjs';

const env = { ...process.env, COOKIE_CHARTER_SCAN_HOST_RULES: 'MAP *.test 127.0.0.1' };

/** The bin, asynchronously (scans run side by side). */
const scan = (...args) =>
  new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['bin/cookie-charter.mjs', 'scan', ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({ status, stdout, stderr, seconds: (Date.now() - started) / 1000 }));
  });

/** A scan's JSON report; the exit code and stderr in the message when it is not JSON. */
const json = (run) => {
  try {
    return JSON.parse(run.stdout);
  } catch {
    assert.fail(`exit ${run.status}, no JSON: ${run.stderr}${run.stdout}`);
  }
};

describe('scan: what cannot run exits 2 with the reason', () => {
  const cli = (...args) => spawnSync(process.execPath, ['bin/cookie-charter.mjs', 'scan', ...args], { encoding: 'utf8', env });

  test('no browser at the --chromium path', () => {
    const run = cli('http://127.0.0.1:9/', '--chromium', '/nonexistent/chromium');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^cookie-charter scan: --chromium \/nonexistent\/chromium: no runnable file there/);
  });

  test('no browser at $CHROME_PATH', () => {
    const run = spawnSync(process.execPath, ['bin/cookie-charter.mjs', 'scan', 'http://127.0.0.1:9/'], {
      encoding: 'utf8',
      env: { ...env, CHROME_PATH: '/nonexistent/chrome' },
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\$CHROME_PATH \/nonexistent\/chrome: no runnable file there/);
  });

  test('no URL, a bad --pages, an unknown option, an unreadable --config', () => {
    assert.match(cli().stderr, /expected an http\(s\) URL to scan/);
    assert.match(cli('http://x.test/', '--pages', 'five').stderr, /--pages: expected a whole number, got "five"/);
    assert.match(cli('http://x.test/', '--frobnicate').stderr, /unknown option --frobnicate/);
    assert.match(
      cli('http://x.test/', '--config', 'test/fixtures/scan/none.json').stderr,
      /--config test\/fixtures\/scan\/none.json: ENOENT/,
    );
    for (const args of [[], ['http://x.test/', '--pages', 'five']]) assert.equal(cli(...args).status, 2);
  });

  test('a URL that the check lets by but that is none (no host, a space): said, exit 2, no stack trace', () => {
    for (const url of ['https://', 'http://exa mple.com']) {
      const run = cli(url);
      assert.equal(run.status, 2);
      assert.match(run.stderr, new RegExp(`^cookie-charter scan: expected an http\\(s\\) URL to scan, got "${url}"\n`));
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    }
  });

  test('a --config the element would report: its words, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-config-'));
    const file = join(dir, 'charter.json');
    writeFileSync(file, '{"categories":{}}');
    const run = cli('http://x.test/', '--config', file);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, `cookie-charter scan: --config ${file}: configuration.categories: expected an array, got {}\n`);
  });

  test('--help: the usage, exit 0; the command is listed by cookie-charter --help', () => {
    const run = cli('--help');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^usage: cookie-charter scan <url> \[--pages N\]/);
    assert.match(spawnSync(process.execPath, ['bin/cookie-charter.mjs', '--help'], { encoding: 'utf8' }).stdout, /\n {2}scan {5}<url>/);
  });
});

describe('scan: the test portals', { concurrency: 2 }, () => {
  let server;
  let portal;
  before(async () => {
    server = await startServer();
    portal = (name, page = 'index.html') => `http://www.scan-portal.test:${server.port}/portals/${name}/${page}`;
  });
  after(() => server.close());

  test('a clean portal: exit 0, what each state sets, who set it', async () => {
    const run = await scan(portal('clean'), '--json');
    const report = json(run);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(Object.keys(report), ['url', 'pages', 'states', 'problems']);
    assert.deepEqual(Object.keys(report.states), ['none', 'refused', 'accepted']);
    // The page and the one same-origin page it links to: not its anchor, the PDF or the other site.
    assert.deepEqual(report.pages, [portal('clean'), portal('clean', 'page2.html')]);
    assert.deepEqual(report.problems, []);
    const { none, refused, accepted } = report.states;
    // sessionid by the page's response; the element's own cookie by its script; the gated tracker's
    // cookie by its inline script, which has no URL: the element's part that inserted it is named.
    assert.deepEqual(
      none.cookies.map(({ name, setBy }) => [name, setBy]),
      [['sessionid', portal('clean')]],
    );
    assert.deepEqual(none.storage, [{ name: 'scan_theme', area: 'localStorage', page: portal('clean') }]);
    // stats.scan-portal.test is a sub-domain of the same site: not another site.
    assert.deepEqual(none.requests, []);
    assert.deepEqual(
      refused.cookies.map((c) => c.name),
      ['sessionid', 'cookies_preferences'],
    );
    assert.equal(refused.cookies[1].setBy, `http://www.scan-portal.test:${server.port}/dist/cookie-charter.js`);
    assert.deepEqual(refused.requests, []);
    const tracker = accepted.cookies.find((c) => c.name === '_pk_id.1.abc');
    assert.equal(tracker.setBy, `inline script inserted by http://www.scan-portal.test:${server.port}/dist/cookie-charter-enforce.js`);
    assert.equal(tracker.removed, false);
    assert.match(tracker.expires, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(
      accepted.requests.map((r) => [r.host, r.page]),
      [['tracker.scan-third.test', portal('clean')]],
    );
  });

  test('an undeclared cookie: reported once, with its state and page; a row suggested', async () => {
    const report = json(await scan(portal('undeclared'), '--json'));
    assert.deepEqual(report.problems, [
      { kind: 'undeclared', name: 'scan_undeclared', state: 'none', page: portal('undeclared', 'page2.html') },
    ]);
    const run = await scan(portal('undeclared'));
    assert.equal(run.status, 1);
    const text = run.stdout;
    assert.match(text, /^Problems \(1\):\n.*\n.*\n {2}undeclared {2}scan_undeclared {2}none {3}\/portals\/undeclared\/page2\.html$/m);
    assert.match(
      text,
      /Suggested rows.*\n {2}\{"provider":"À compléter","service":"À compléter","name":"scan_undeclared","purpose":"À compléter","duration":"1 jour"\},\n/,
    );
    // A table per state, in this order.
    assert.deepEqual(
      [...text.matchAll(/^(No choice|After Tout refuser|After Tout accepter) \((\w+)\)$/gm)].map((m) => m[2]),
      ['none', 'refused', 'accepted'],
    );
  });

  test('a tracker that runs before consent: its cookie and its requests, with no choice and after a refusal', async () => {
    const run = await scan(portal('before-consent'), '--json');
    assert.equal(run.status, 1);
    const page2 = portal('before-consent', 'page2.html');
    assert.deepEqual(json(run).problems, [
      { kind: 'before-consent', name: '_pk_id.1.abc', state: 'none', page: page2 },
      { kind: 'before-consent', name: 'tracker.scan-third.test', state: 'none', page: page2 },
      { kind: 'after-refusal', name: '_pk_id.1.abc', state: 'refused', page: page2 },
      { kind: 'after-refusal', name: 'tracker.scan-third.test', state: 'refused', page: page2 },
    ]);
    // After the refusal the element's clean-up removes the cookie the tracker sets again: the scan
    // records it all the same, as removed.
    const refusedCookie = json(run).states.refused.cookies.find((c) => c.name === '_pk_id.1.abc');
    assert.equal(refusedCookie.setBy, page2);
  });

  test('a portal that ignores a refusal: its cookie and request after Tout refuser, nothing before', async () => {
    const run = await scan(portal('ignores-refusal'), '--json');
    assert.equal(run.status, 1);
    assert.deepEqual(json(run).problems, [
      { kind: 'after-refusal', name: '_pk_id.1.abc', state: 'refused', page: portal('ignores-refusal') },
      { kind: 'after-refusal', name: 'tracker.scan-third.test', state: 'refused', page: portal('ignores-refusal') },
    ]);
  });

  test('--config: that charter instead of the page’s, --pages 0: the page alone', async () => {
    const run = await scan(portal('clean'), '--json', '--pages', '0', '--config', 'test/fixtures/scan/charter-without-statistics.json');
    assert.equal(run.status, 1);
    const report = json(run);
    assert.deepEqual(report.pages, [portal('clean')]);
    assert.deepEqual(report.problems, [{ kind: 'undeclared', name: '_pk_id.1.abc', state: 'accepted', page: portal('clean') }]);
  });

  test('a site without the element: --config, and the choice by its banner’s buttons', async () => {
    const run = await scan(portal('no-element'), '--json', '--pages', '0', '--config', 'test/fixtures/scan/no-element/charter.json');
    assert.equal(run.status, 0, run.stderr);
    const { none, refused, accepted } = json(run).states;
    const names = (record) => record.cookies.map((c) => c.name);
    assert.deepEqual(names(none), ['sessionid']);
    assert.deepEqual(names(refused), ['sessionid', 'cmp_choice']);
    assert.deepEqual(names(accepted), ['sessionid', 'cmp_choice', '_pk_id.1.abc']);
  });

  test('a site without the element: no --config, or no way to choose, exits 2 with the reason', async () => {
    const noCharter = await scan(portal('no-element'), '--pages', '0');
    assert.equal(noCharter.status, 2);
    assert.match(noCharter.stderr, /no <cookie-charter> JSON on the scanned pages; give the charter with --config/);
    const noChoice = await scan(portal('no-element', 'bare.html'), '--config', 'test/fixtures/scan/no-element/charter.json');
    assert.equal(noChoice.status, 2);
    assert.match(noChoice.stderr, /bare\.html: no <cookie-charter> element and no "Tout refuser" button to make the choice/);
  });
});

describe('scan: the demo comes out clean', { concurrency: 2 }, () => {
  let server;
  let demo;
  before(async () => {
    server = await startServer();
    demo = (page) => `http://127.0.0.1:${server.port}/demo/${page}`;
  });
  after(() => server.close());

  test('the demo’s home page and 5 linked pages', async (t) => {
    const run = await scan(demo('index.html'));
    t.diagnostic(`a scan of 6 pages (5 linked) in 3 states took ${run.seconds} s`);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^Pages \(6\):$/m);
    assert.match(run.stdout, /^Problems \(0\):\n {2}\(none\)$/m);
  });

  test('the demo’s enforcement page: what accepting sets is declared', async () => {
    const run = await scan(demo('enforcement.html'), '--json', '--pages', '0');
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const { none, accepted } = json(run).states;
    assert.deepEqual(none.cookies, []);
    assert.deepEqual(accepted.cookies.map((c) => c.name).sort(), [
      '_pk_id.1.demo',
      'cookies_preferences',
      'demo_stats_visitor',
      'demo_video_visitor',
    ]);
    assert.equal(accepted.cookies.find((c) => c.name === 'demo_video_visitor').setBy, demo('video.html'));
  });
});

describe('scan: its parts', () => {
  test('registrable domains: sub-domains of one site, multi-label public suffixes, addresses', () => {
    assert.equal(registrableDomain('stats.data.villedavray.fr'), 'villedavray.fr');
    assert.ok(sameSite('data.villedavray.fr', 'stats.villedavray.fr'));
    assert.ok(!sameSite('www.exemple.fr', 'matomo.cloud'));
    assert.equal(registrableDomain('www.data.gouv.fr'), 'data.gouv.fr');
    assert.ok(!sameSite('data.gouv.fr', 'impots.gouv.fr'));
    assert.ok(!sameSite('a.github.io', 'b.github.io'));
    assert.equal(registrableDomain('127.0.0.1'), '127.0.0.1');
    assert.equal(registrableDomain('localhost'), 'localhost');
  });

  test('the declaration: exact names and * prefixes, necessary rows, exempt categories, the element’s own cookie', () => {
    const declared = declaration(
      [
        {
          categories: [{ id: 'statistics' }, { id: 'audience', exempt: true }],
          cookies: [
            { name: 'sessionid' },
            { name: '_pk_id.*', category: 'statistics' },
            { name: '_pk_id.9.special' },
            { name: 'exempt_id', category: 'audience' },
          ],
        },
      ],
      ['choix'],
    );
    const record = (...names) => ({ cookies: names.map((name) => ({ name, page: 'p' })), storage: [], requests: [] });
    assert.deepEqual(
      compare({ none: record('sessionid', '_pk_id.9.special', 'exempt_id', 'choix'), refused: null, accepted: null }, declared),
      [],
    );
    assert.deepEqual(
      compare({ none: record('_pk_id.1.x', 'cookies_preferences', 'sessionid2'), refused: null, accepted: record('_pk_id.1.x') }, declared),
      [
        { kind: 'before-consent', name: '_pk_id.1.x', state: 'none', page: 'p' },
        { kind: 'undeclared', name: 'cookies_preferences', state: 'none', page: 'p' },
        { kind: 'undeclared', name: 'sessionid2', state: 'none', page: 'p' },
      ],
    );
  });

  test('who wrote a cookie, from the hook’s stack; a deletion is no writing', () => {
    const hook = 'Error\n    at HTMLDocument.set [as cookie] (<anonymous>:2:199)\n';
    assert.equal(writerOfStack(hook + '    at http://site.test/page.html:15:27'), 'http://site.test/page.html');
    assert.equal(
      writerOfStack(hook + '    at <anonymous>:2:21\n    at x (http://cdn.test/cookie-charter-enforce.js:1:4124)'),
      'inline script inserted by http://cdn.test/cookie-charter-enforce.js',
    );
    assert.equal(cookieWritten('a=1; path=/; max-age=0'), null);
    assert.equal(cookieWritten('a=; expires=Thu, 01 Jan 1970 00:00:00 GMT'), null);
    assert.deepEqual(cookieWritten('a=1; Domain=Site.test; Path=/x; Max-Age=60', 0), {
      name: 'a',
      domain: '.site.test',
      path: '/x',
      expires: '1970-01-01T00:01:00.000Z',
    });
  });

  test('suggested rows: a preset’s row where one fits the name, once per row; else a row to fill in', () => {
    const presets = JSON.parse(readFileSync('test/fixtures/scan/presets.json', 'utf8'));
    const now = Date.parse('2026-01-01T00:00:00Z');
    const in400days = new Date(now + 400 * 86_400_000).toISOString();
    assert.deepEqual(
      suggestRows(
        [{ name: '_pk_id.1.a' }, { name: '_pk_id.2.b' }, { name: 'VISITOR_INFO1_LIVE' }, { name: 'mystery', expires: 'session' }],
        presets,
      ),
      [
        { row: presets.matomo.cookies[0], preset: 'matomo' },
        { row: { ...presets.youtube.cookies[0], category: 'media' }, preset: 'youtube' },
        {
          row: { provider: 'À compléter', service: 'À compléter', name: 'mystery', purpose: 'À compléter', duration: 'Session' },
          preset: null,
        },
      ],
    );
    assert.deepEqual(suggestRows([{ name: '_pk_id.1.a' }], null), [
      { row: { provider: 'À compléter', service: 'À compléter', name: '_pk_id.1.a', purpose: 'À compléter' }, preset: null },
    ]);
    assert.equal(durationOf(in400days, now), '13 mois');
  });

  test('the text report: what the page gave (names, keys, hosts, URLs) shown inert, control characters escaped', () => {
    const forged = 'x\n\nProblems (0):\n  (none)';
    const record = {
      cookies: [{ name: forged, domain: 'site.test', path: '/', expires: 'session', page: 'https://site.test/\u001b[2J' }],
      storage: [{ name: 'k\u001b]0;title\u0007\u009b31m', area: 'localStorage', page: 'https://site.test/' }],
      requests: [{ host: 'evil.test\r', url: 'https://evil.test/\u2028', page: 'https://site.test/' }],
    };
    const report = textReport({
      url: 'https://site.test/',
      pages: ['https://site.test/\nPages (9):'],
      states: { none: record, refused: record, accepted: record },
      problems: [{ kind: 'undeclared', name: forged, state: 'none', page: 'https://site.test/' }],
      suggestions: [{ row: { name: 'a\u009bb' }, preset: null }],
      failures: ['https://site.test/x\n(none)'],
      presetsMissing: false,
    });
    // eslint-disable-next-line no-control-regex -- finding them is the point
    assert.doesNotMatch(report, /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/);
    assert.equal(report.match(/^Problems/gm).length, 1);
    assert.equal(report.match(/^Pages/gm).length, 1);
    assert.match(report, /x\\x0a\\x0aProblems \(0\):\\x0a {2}\(none\)/);
    assert.match(report, /k\\x1b\]0;title\\x07\\x9b31m/);
    assert.match(report, /evil\.test\\x0d/);
    assert.match(report, /\\u2028/);
  });
});
