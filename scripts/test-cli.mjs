// The command-line tool's tests (test/cli/*.test.mjs) under Node's own runner, ending with the line
// "cli: N passed, N failed" that .ci/run adds to the browser tests' count.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('test/cli')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `test/cli/${name}`);
const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
process.stdout.write(run.stdout);
/** The figure of TAP's closing "# pass N" or "# fail N" line. */
const count = (what) => Number(run.stdout.match(new RegExp(`^# ${what} (\\d+)$`, 'm'))?.[1] ?? 0);
const passed = count('pass');
// A runner that ended badly without counting a failure (a file that did not load) counts as one.
const failed = count('fail') || (run.status === 0 ? 0 : 1);
console.log(`cli: ${passed} passed, ${failed} failed`);
process.exitCode = run.status === 0 && failed === 0 ? 0 : 1;
