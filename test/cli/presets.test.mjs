// `cookie-charter presets` and `cookie-charter add`, run as a user runs them: the bin in a child process.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { presets } from '../../presets/index.mjs';

const cli = (args, input) => spawnSync(process.execPath, ['bin/cookie-charter.mjs', ...args], { encoding: 'utf8', input });
const PORTAL = 'test/fixtures/cli/portal.json';

test('presets: every id and its name, one a line, exit 0', () => {
  const run = cli(['presets']);
  assert.equal(run.status, 0);
  const lines = run.stdout.trimEnd().split('\n');
  assert.deepEqual(
    lines.map((line) => line.split(/\s{2,}/)),
    Object.values(presets).map((p) => [p.id, p.name]),
  );
  assert.ok(lines.length >= 14);
});

test('add: the file with the presets merged in, as JSON on stdout; the portal’s category and rows kept', () => {
  const run = cli(['add', PORTAL, 'matomo', 'youtube']);
  assert.equal(run.status, 0, run.stderr);
  const config = JSON.parse(run.stdout);
  const portal = JSON.parse(readFileSync(PORTAL, 'utf8'));
  assert.deepEqual(config.categories[0], portal.categories[0]);
  assert.deepEqual(
    config.categories.map((c) => c.id),
    ['statistics', 'media'],
  );
  assert.deepEqual(config.cookies.slice(0, 2), portal.cookies);
  // _pk_id.* is the portal's own row: not added twice.
  assert.deepEqual(
    config.cookies.map((r) => r.name),
    ['sessionid', '_pk_id.*', '_pk_ses.*', '_pk_ref.*', 'VISITOR_INFO1_LIVE', 'YSC', 'PREF'],
  );
  // What the page needs: the gated frame's markup, on stderr (stdout stays JSON).
  assert.match(run.stderr, /data-src="https:\/\/www\.youtube\.com\/embed\/VIDEO_ID"/);
});

test('add -: reads stdin; --lang en gives the rows in English; Consent Mode and Matomo settings merged', () => {
  const run = cli(['add', '-', 'ga4', 'matomo-integration', '--lang', 'en'], '{}');
  assert.equal(run.status, 0, run.stderr);
  const config = JSON.parse(run.stdout);
  assert.deepEqual(config.consentMode, { statistics: ['analytics_storage'] });
  assert.equal(config.categories[0].matomo, true);
  assert.equal(config.cookies.find((r) => r.name == '_ga').purpose, 'Distinguish visitors.');
});

test('add: an unknown preset is named, with the known ones, exit 1, nothing on stdout', () => {
  const run = cli(['add', PORTAL, 'youtube', 'tiktok']);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^cookie-charter: unknown preset "tiktok" \(known: matomo, /);
});

test('add: a file that is not JSON, exit 1; a missing file or no preset, exit 2', () => {
  const broken = cli(['add', 'test/fixtures/cli/broken.json', 'youtube']);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /^cookie-charter: test\/fixtures\/cli\/broken\.json is not JSON: /);
  const missing = cli(['add', 'nowhere.json', 'youtube']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^cookie-charter: cannot read nowhere\.json: ENOENT/);
  const none = cli(['add', PORTAL]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^usage: cookie-charter add/);
});

test('--help lists both commands', () => {
  const run = cli(['--help']);
  assert.match(run.stdout, /^ {2}presets /m);
  assert.match(run.stdout, /^ {2}add /m);
});

test('add: a name the file lists in another category is not added; a warning names the row and the category it stays in', () => {
  const ads = {
    categories: [{ id: 'ads', label: 'Publicité' }],
    cookies: [{ provider: 'Régie', service: 'Pub', name: '_ga', purpose: 'Cibler', category: 'ads' }],
  };
  const run = cli(['add', '-', 'ga4'], JSON.stringify(ads));
  assert.equal(run.status, 0, run.stderr);
  const config = JSON.parse(run.stdout);
  assert.deepEqual(
    config.cookies.map((r) => [r.name, r.category]),
    [
      ['_ga', 'ads'],
      ['_ga_*', 'statistics'],
    ],
  );
  assert.match(run.stderr, /^cookie-charter: ga4: the row "_ga" is not added to "statistics": stdin lists it in "ads", where it stays/m);
  const exempt = cli(
    ['add', '-', 'matomo-exempt'],
    JSON.stringify({ cookies: [{ provider: 'P', service: 'S', name: '_pk_id.*', purpose: 'P' }] }),
  );
  assert.equal(exempt.status, 0, exempt.stderr);
  assert.equal(JSON.parse(exempt.stdout).cookies.filter((r) => r.name == '_pk_id.*').length, 1);
  assert.match(exempt.stderr, /the row "_pk_id\.\*" is not added to "audience": stdin lists it in "necessary"/);
});

test('add: --lang=en is the language, not a preset; an unknown option is a usage error, exit 2', () => {
  const en = cli(['add', '-', 'ga4', '--lang=en'], '{}');
  assert.equal(en.status, 0, en.stderr);
  assert.equal(JSON.parse(en.stdout).cookies.find((r) => r.name == '_ga').purpose, 'Distinguish visitors.');
  const unknown = cli(['add', '-', 'ga4', '--frobnicate'], '{}');
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stdout, '');
  assert.match(unknown.stderr, /^cookie-charter: unknown option --frobnicate\nusage: cookie-charter add/);
});

test('add: a JSON the element would report is reported in the element’s words, exit 1, no stack trace', () => {
  for (const [input, message] of [
    ['{"categories":{}}', /^cookie-charter: stdin: configuration\.categories: expected an array, got \{\}\n$/],
    [
      '{"categories":[{"id":"statistics","label":"S"}],"consentMode":{"statistics":"analytics_storage"}}',
      /^cookie-charter: stdin: consentMode: expected /,
    ],
    ['[]', /^cookie-charter: stdin: /],
  ]) {
    const run = cli(['add', '-', 'ga4'], input);
    assert.equal(run.status, 1, input);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
});
