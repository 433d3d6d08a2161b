// The charters rendered by `cookie-charter render` that the repository keeps: the demo's charter
// page's fallback (demo/charte.html) and the browser tests' fixtures (test/fixtures/fallback/). Run
// it after changing the charter's texts or template (and `npm run build`): it writes them again.
// test/cli/render.test.mjs fails while one is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCharter } from '../cli/render-charter.mjs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** The demo's charter element, with what is inside it: the fallback. */
const DEMO_CHARTER = /(<cookie-charter mode="charter"[^>]*>)[\s\S]*?(\n( *)<\/cookie-charter>)/;

/** The demo's charter page as it should be: its charter element holding the rendered charter. */
async function demoPage() {
  const page = read('demo/charte.html');
  // The charter element borrows the banner element's JSON, the first of the page.
  const json = page.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  const [, open, , indent] = page.match(DEMO_CHARTER);
  const attribute = (name) => open.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
  const html = await renderCharter(json, {
    lang: page.match(/<html lang="([^"]+)"/)[1],
    platformUrl: attribute('platform-url'),
    headingLevel: Number(attribute('heading-level') ?? 2),
  });
  const indented = html.trimEnd().replace(/^(?=.)/gm, `${indent}  `);
  return page.replace(DEMO_CHARTER, (_, start, end) => `${start}\n${indented}${end}`);
}

/** Each file that holds a rendered charter, and what it should hold. */
export async function renderedFiles() {
  const config = read('test/fixtures/fallback/config.json');
  const fixture = (lang) => renderCharter(config, { lang, platformUrl: 'https://data.exemple.fr' });
  return [
    { path: 'demo/charte.html', content: await demoPage() },
    { path: 'test/fixtures/fallback/charter-fr.html', content: await fixture('fr') },
    { path: 'test/fixtures/fallback/charter-en.html', content: await fixture('en') },
  ];
}

if (process.argv[1] == fileURLToPath(import.meta.url))
  for (const { path, content } of await renderedFiles()) {
    writeFileSync(new URL(path, root), content);
    console.log(`wrote ${path}`);
  }
