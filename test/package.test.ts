/**
 * What the package ships beside the code, as the files are in the repository after `npm run build`:
 * the licences, custom-elements.json pointing at shipped files, its API reference in sync, the CDN
 * fields and the README's CDN URL, the changelog. (The packed tarball itself, installed and used with a
 * bundler and by a script tag: scripts/pack-check.mjs, run by CI.)
 */
import { expect } from '@open-wc/testing';
import { apiMarkdown } from '../scripts/api-markdown.mjs';

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.status, path).to.equal(200);
  return response.text();
};
const json = async (path: string) => JSON.parse(await text(path));

/** The built files a page loads, each of which must have its third-party notices beside it. */
const BUILT = ['dist/cookie-charter.js', 'dist/cookie-charter-lazy.js', 'dist/cookie-charter-enforce.js', 'dist/cookie-charter-en.js'];

describe('package', () => {
  it('has a LICENSE, the licence package.json names', async () => {
    const license = await text('/LICENSE');
    expect((await json('/package.json')).license).to.equal('MIT');
    expect(license).to.match(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(license).to.include('The above copyright notice and this permission notice shall be included');
  });

  it('ships the notices of the code bundled into each built file beside it, with their licences in full', async () => {
    const notices = await text('/dist/THIRD-PARTY-NOTICES.txt');
    const carried = Object.fromEntries([...notices.matchAll(/^(dist\/\S+): (.+)$/gm)].map((m) => [m[1], m[2]]));
    for (const file of BUILT) expect(carried, file).to.have.property(file);
    expect(carried['dist/cookie-charter.js'].split(', ').map((p) => p.replace(/ [\d.]+$/, ''))).to.deep.equal([
      '@lit/reactive-element',
      'js-cookie',
      'lit-html',
    ]);
    for (const name of ['@lit/reactive-element', 'js-cookie', 'lit-html']) {
      const { version, license } = await json(`/node_modules/${name}/package.json`);
      expect(notices).to.include(`${name} ${version} (${license})\n\n${(await text(`/node_modules/${name}/LICENSE`)).trim()}`);
    }
    expect(notices).to.include('Copyright (c) 2017 Google LLC').and.include('Klaus Hartl, Fagner Brack');
  });

  it('custom-elements.json names shipped files, which export what it says', async () => {
    const manifest = await json('/custom-elements.json');
    const paths = new Set<string>();
    JSON.stringify(manifest, (key, value) => ((key == 'path' || key == 'module') && paths.add(value), value));
    expect([...paths].sort()).to.deep.equal([
      'dist/esm/base-element.js',
      'dist/esm/config.js',
      'dist/esm/consent-store.js',
      'dist/esm/cookie-charter.js',
      'dist/esm/define.js',
      'dist/esm/index.js',
    ]);
    const { files } = await json('/package.json');
    for (const path of paths) {
      expect(
        files.some((shipped: string) => path.startsWith(`${shipped}/`)),
        `${path} is in "files"`,
      ).to.equal(true);
      await text(`/${path}`);
    }
    expect(await text('/dist/esm/cookie-charter.js')).to.match(/^export \{[^}]*\bCookieCharter\b/m);
    expect(await text('/dist/esm/define.js')).to.match(/customElements\.define\(["']cookie-charter["'], CookieCharter\)/);
  });

  it('docs/api.md is what custom-elements.json makes: run `npm run docs` after changing the JSDoc', async () => {
    const manifest = await json('/custom-elements.json');
    const api = await text('/docs/api.md');
    expect(api).to.equal(apiMarkdown(manifest));
    for (const member of ['ready', 'config', 'acceptAll(', 'cookie-charter-change', '`accept`', '--cookie-charter-accent', 'max-age-days'])
      expect(api).to.include(member);
  });

  it('exports its manifest and package.json; CDNs serve the script-tag file, which the README names by version', async () => {
    const pkg = await json('/package.json');
    expect(pkg.exports['./package.json']).to.equal('./package.json');
    expect(pkg.exports['./custom-elements.json']).to.equal(`./${pkg.customElements}`);
    expect(pkg.unpkg).to.equal('dist/cookie-charter.js');
    expect(pkg.jsdelivr).to.equal('dist/cookie-charter.js');
    const readme = await text('/README.md');
    const url = `https://cdn.jsdelivr.net/npm/cookie-charter@${pkg.version}/dist/cookie-charter.js`;
    expect(readme.includes(url), url).to.equal(true);
    expect(readme.includes('cdn.example'), 'a placeholder URL').to.equal(false);
    for (const version of readme.matchAll(/cookie-charter@(\d[\w.-]*\w)/g)) expect(version[1]).to.equal(pkg.version);
  });

  it('has a changelog in keep-a-changelog form, whose latest version is package.json’s', async () => {
    const changelog = await text('/CHANGELOG.md');
    const { version, files } = await json('/package.json');
    expect(changelog).to.match(/^# Changelog\n/);
    expect(changelog).to.include('https://keepachangelog.com/');
    const headings = [...changelog.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).to.equal('[Unreleased]');
    expect(headings[1]).to.match(new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`));
    for (const heading of headings.slice(1)) expect(heading).to.match(/^\[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/);
    for (const section of changelog.matchAll(/^### (.+)$/gm))
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).to.include(section[1]);
    expect(files).to.include('CHANGELOG.md');
  });
});
