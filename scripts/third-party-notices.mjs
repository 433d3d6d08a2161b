/**
 * A rollup plugin that writes dist/THIRD-PARTY-NOTICES.txt: for each built file, the packages whose code
 * it carries (Lit's BSD-3-Clause and js-cookie's MIT ask that their notices go with any copy), then each
 * package's licence, as its LICENSE file gives it. The minifier drops every comment, the licences' too,
 * and a banner in each file would cost its bytes on every visitor's first page: the notices are shipped
 * beside the files instead. Every build of rollup.config.mjs rewrites the one file with all it saw so
 * far, so that the last one lists them all.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const NOTICES = 'dist/THIRD-PARTY-NOTICES.txt';

/** Built file (`dist/…`) -> the package roots whose code is in it. */
const carried = new Map();

/** The root folder of the package that `id` belongs to, or null for the project's own files. */
function packageRoot(id) {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const [first, second] = id.slice(at + '/node_modules/'.length).split('/');
  return id.slice(0, at) + '/node_modules/' + (first.startsWith('@') ? `${first}/${second}` : first);
}

export function thirdPartyNotices() {
  return {
    name: 'third-party-notices',
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type != 'chunk') continue;
        const file = relative('.', options.file ?? join(options.dir, chunk.fileName));
        const roots = new Set();
        for (const [id, module] of Object.entries(chunk.modules)) {
          const root = module.renderedLength && packageRoot(id);
          if (root) roots.add(root);
        }
        carried.set(file, roots);
      }
    },
    writeBundle() {
      const packages = new Map();
      const lines = [];
      for (const [file, roots] of [...carried].sort(([a], [b]) => a.localeCompare(b))) {
        const names = [...roots].map((root) => {
          const { name, version, license } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
          const licenseFile = readdirSync(root).find((f) => /^licen[cs]e(\.|$)/i.test(f));
          if (!licenseFile) this.error(`${name} has no LICENSE file: its notice cannot be shipped`);
          packages.set(name, `${name} ${version} (${license})\n\n${readFileSync(join(root, licenseFile), 'utf8').trim()}`);
          return `${name} ${version}`;
        });
        lines.push(`${file}: ${names.sort().join(', ') || 'none'}`);
      }
      const text = [
        'Third-party code in the built files of cookie-charter, and its licences.',
        "cookie-charter's own code is under the MIT licence in LICENSE, at the package's root.",
        'The ES modules (dist/esm/) carry none: they import lit-html, @lit/reactive-element and js-cookie,',
        'which are installed with their own licences.',
        '',
        ...lines,
        ...[...packages].sort(([a], [b]) => a.localeCompare(b)).map(([, notice]) => `\n${'='.repeat(72)}\n${notice}`),
        '',
      ].join('\n');
      writeFileSync(NOTICES, text);
    },
  };
}
