// `npm run configurator-site [dir]` (after `npm run build`): the configurator as a static site for the
// docs, in `dir` (default site/): demo/configurator.html with what it imports, at the same relative
// places (../dist/, ../presets/, ../cli/import-charter.mjs), and the package's version for the CDN URL.
// Any static host serves it; open <dir>/demo/configurator.html.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const out = process.argv[2] || 'site';
const files = [
  'demo/configurator.html',
  'demo/configurator.mjs',
  'demo/configurator.css',
  'demo/demo.css',
  'presets/index.mjs',
  // From the importer's branch: without it the page says so and starts from the presets.
  'cli/import-charter.mjs',
  ...['', '-lazy', '-enforce', '-en'].map((part) => `dist/cookie-charter${part}.js`),
  'dist/THIRD-PARTY-NOTICES.txt',
];
if (!existsSync('dist/cookie-charter.js')) throw new Error('dist/ is missing: npm run build first');
for (const file of files.filter((f) => existsSync(f))) {
  mkdirSync(join(out, dirname(file)), { recursive: true });
  cpSync(file, join(out, file));
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(join(out, 'package.json'), JSON.stringify({ version }) + '\n');
console.log(`${out}/demo/configurator.html: the configurator, for cookie-charter ${version}`);
