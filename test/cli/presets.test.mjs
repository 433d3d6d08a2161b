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
