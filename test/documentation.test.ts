/**
 * The styling and texts API as documented: the custom properties the CSS reads, the parts the views
 * render and the text keys the views use are exactly those the custom elements manifest (generated
 * from the JSDoc by `npm run build`, which `npm test` runs first) and the README list, so that a
 * rename cannot silently break a portal's theme or texts.
 */
import { expect } from '@open-wc/testing';
import { styles } from '../src/cookie-charter.styles.js';
import { bannerFr } from '../src/i18n/fr.js';
import { charterFr } from '../src/i18n/charter-fr.js';
import { placeholderFr } from '../src/i18n/placeholder.js';
import { lazyStyles } from '../src/views/lazy.styles.js';
import { CONFIG, charter, partRendered } from './helpers.js';

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const source = (path: string) => fetch(path).then((response) => response.text());

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

/** The `<cookie-charter>` declaration of custom-elements.json. */
async function manifest(): Promise<Declaration> {
  const json = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  return json.modules.flatMap((m) => m.declarations || []).find((d) => d.tagName == 'cookie-charter')!;
}

/** The README's section that starts with `heading`, up to the next heading of the same level or higher. */
async function readmeSection(heading: string): Promise<string> {
  const readme = await source('/README.md');
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).to.be.greaterThan(-1);
  const level = heading.split(' ')[0];
  const next = readme.slice(start + heading.length + 2).search(new RegExp(`\\n#{1,${level.length}} `));
  return readme.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
}

/** The first column of each row of the Markdown tables in `text`, without its backquotes. */
const firstColumn = (text: string) => [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);

describe('documentation', () => {
  it('documents exactly the custom properties the CSS reads', async () => {
    const used = sorted([...(styles.cssText + lazyStyles).matchAll(/--cookie-charter-[\w-]+/g)].map((m) => m[0]));
    const jsdoc = sorted((await manifest()).cssProperties!.map((p) => p.name));
    const readme = sorted(firstColumn(await readmeSection('### Custom properties')));
    expect(used.length).to.be.at.least(9);
    expect(jsdoc).to.deep.equal(used);
    expect(readme).to.deep.equal(used);
  });

  it('documents exactly the parts the views render', async () => {
    const banner = await charter();
    await banner.show();
    await partRendered(banner, 'preferences');
    const charterMode = await charter({ ...CONFIG, cookies: CONFIG.cookies }, { mode: 'charter' });
    await partRendered(charterMode, 'charter');
    const rendered = sorted(
      [banner, charterMode].flatMap((el) =>
        [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)),
      ),
    );
    const jsdoc = sorted((await manifest()).cssParts!.map((p) => p.name));
    const readme = sorted(firstColumn(await readmeSection('### Parts')));
    expect(rendered).to.deep.equal(
      sorted(['banner', 'title', 'description', 'actions', 'accept', 'reject', 'customize', 'preferences', 'save', 'table', 'charter']),
    );
    expect(jsdoc).to.deep.equal(rendered);
    expect(readme).to.deep.equal(rendered);
  });

  it('lists every text key in the README, and no other', async () => {
    const section = await readmeSection('## The JSON');
    const table = section.slice(section.indexOf('| keys | where |'));
    const listed = sorted([...table.slice(0, table.indexOf('\n\n')).matchAll(/`(\w+)`/g)].map((m) => m[1]));
    expect(listed).to.deep.equal(sorted(Object.keys({ ...bannerFr, ...charterFr, ...placeholderFr })));
  });

  it('documents every attribute in the manifest and the README', async () => {
    const jsdoc = sorted((await manifest()).attributes!.map((a) => a.name));
    const readme = sorted([...(await readmeSection('## Attributes')).matchAll(/^### `([\w-]+)`$/gm)].map((m) => m[1]));
    expect(jsdoc.length).to.be.at.least(8);
    expect(readme.filter((name) => name != 'hidden')).to.deep.equal(jsdoc);
  });
});
