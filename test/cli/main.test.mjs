// The dispatcher, run as a user runs it: the package's bin file in a child process.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const cli = (...args) => spawnSync(process.execPath, ['bin/cookie-charter.mjs', ...args], { encoding: 'utf8' });

test('no command: the usage on stderr, exit 2', () => {
  const run = cli();
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^usage: cookie-charter <command>/);
});

test('--help: the usage on stdout, exit 0', () => {
  const run = cli('--help');
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^usage: cookie-charter <command>/);
});

test('an unknown command is named, exit 2', () => {
  const run = cli('frobnicate');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^cookie-charter: unknown command "frobnicate"/);
});
