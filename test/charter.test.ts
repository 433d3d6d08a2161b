/**
 * Mode `charter` against the five real charters (test/fixtures/seeds/, the portals' published text):
 * each demo page's JSON, rendered, must contain every paragraph of its portal's text and every row of
 * its table under the right headers, with that portal's URL.
 */
import { expect } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, charter, consoleErrors, part, partRendered } from './helpers.js';

const PORTALS = ['villedavray', 'metropole-rouen-normandie', 'dunkerque-agglo', 'isere', 'clermontmetropole'];

/**
 * Text as compared: the typographic fixes the charter makes (French quotes and apostrophes,
 * non-breaking spaces, "Qu'est-ce que", "À quoi", "Nom du cookie") and white space folded.
 */
const normal = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/«\s*|\s*»|[“”]/g, '"')
    .replace(/Qu'est ce qu'/g, "Qu'est-ce qu'")
    .replace(/^A quoi/, 'À quoi')
    .replace(/^Nom du cookies$/, 'Nom du cookie')
    .replace(/\s+/g, ' ')
    .trim();

/** A seed's text: its paragraphs (up to the table), the platform URL, the table's headers and rows. */
function parseSeed(text: string) {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const usage = lines.findIndex((line) => line.startsWith('A quoi servent'));
  const url = /<(https:[^>]+)>/.exec(text)![1];
  const cells = lines.map((line) => line.split('\t')).filter((row) => row.length == 4 && !row[0].startsWith('---'));
  return {
    paragraphs: lines.slice(0, usage).map(normal),
    url,
    usageTitle: `À quoi servent les cookies sur la plateforme ${url}`,
    category: normal(lines[usage + (lines[usage + 1].startsWith('<') ? 2 : 1)]),
    headers: cells[0].map(normal),
    rows: cells.slice(1).map((row) => row.map(normal)),
  };
}

/** The element of a demo page, rebuilt here from that page's own JSON and attributes. */
async function demoCharter(portal: string): Promise<CookieCharter> {
  const page = new DOMParser().parseFromString(await (await fetch(`/demo/charters/${portal}.html`)).text(), 'text/html');
  const source = page.querySelector('cookie-charter')!;
  const json = source.querySelector('script[type="application/json"]')!.textContent!;
  const attributes = Object.fromEntries([...source.attributes].map((a) => [a.name, a.value]));
  const el = await charter(json, attributes);
  await partRendered(el, 'charter');
  return el;
}

describe('charter', () => {
  for (const portal of PORTALS) {
    describe(portal, () => {
      let seed: ReturnType<typeof parseSeed>;
      before(async () => {
        seed = parseSeed(await (await fetch(`/test/fixtures/seeds/${portal}.txt`)).text());
      });

      it('contains every paragraph of the portal’s text, in order, and its URL', async () => {
        const el = await demoCharter(portal);
        const blocks = [...part(el, 'charter')!.querySelectorAll('h1, h2, h3, h4, p, li')].map((b) => normal(b.textContent!));
        let from = 0;
        for (const paragraph of seed.paragraphs) {
          const at = blocks.indexOf(paragraph, from);
          expect(at, `paragraph missing or out of order: ${paragraph}`).to.be.greaterThan(-1);
          from = at + 1;
        }
        expect(blocks).to.include(seed.usageTitle);
        expect(seed.paragraphs.length).to.be.greaterThan(8);
      });

      it('contains every row of its table, under the right headers', async () => {
        const el = await demoCharter(portal);
        // (The demo pages set heading-level="1": a category's heading is then an h3.)
        const heading = [...part(el, 'charter')!.querySelectorAll('.rank2')].find((h) => normal(h.textContent!) == seed.category);
        expect(!!heading, `heading "${seed.category}"`).to.equal(true);
        const region = part(el, 'charter')!.querySelector(`[role=region][aria-labelledby="${heading!.id}"]`)!;
        const table = region.querySelector('table')!;
        expect([...table.querySelectorAll('thead th')].map((th) => normal(th.textContent!))).to.deep.equal(seed.headers);
        const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => normal(td.textContent!)),
        );
        expect(rows).to.have.length(seed.rows.length);
        for (const row of seed.rows) expect(rows, `row ${row.join(' | ')}`).to.deep.include(row);
      });
    });
  }

  it('adds a Durée de conservation column when a row gives a duration', async () => {
    const withDuration = { ...CONFIG, cookies: [{ ...CONFIG.cookies[0], duration: '2 semaines' }, ...CONFIG.cookies.slice(1)] };
    const el = await charter(withDuration, { mode: 'charter' });
    await partRendered(el, 'charter');
    const table = part(el, 'table')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Nom du prestataire',
      'Service et emplacement',
      'Nom du cookie',
      'Finalités',
      'Durée de conservation',
    ]);
    expect(table.querySelector('td:last-child')!.textContent).to.equal('2 semaines');
  });

  it('renders a table per category, and the visitor’s choices with the controls to change them', async () => {
    const el = await charter(CONFIG, { mode: 'charter', 'platform-url': 'https://data.exemple.fr' });
    const root = await partRendered(el, 'charter');
    expect([...root.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
      'Mesure d’audience',
      'Vidéos',
    ]);
    expect(root.querySelectorAll('table')).to.have.length(3);
    const choices = root.querySelector('.choices')!;
    expect(choices.textContent).to.include('Vous n’avez pas encore fait de choix');
    const necessary = choices.querySelector<HTMLInputElement>('#cc-switch-necessary')!;
    expect(necessary.checked && necessary.disabled).to.equal(true);
    (choices.querySelector('[part~=accept]') as HTMLElement).click();
    await el.updateComplete;
    expect(choices.textContent).to.match(/Choix enregistré le \d/);
    expect(choices.querySelector<HTMLInputElement>('#cc-switch-media')!.checked).to.equal(true);
  });

  it('in English: the text, the headers and lang="en"', async () => {
    const el = await charter(CONFIG, { mode: 'charter', lang: 'en' });
    const root = await partRendered(el, 'charter');
    expect(root.getAttribute('lang')).to.equal('en');
    expect(root.textContent).to.include('What is a cookie?');
    expect(root.textContent).to.include('Audience measurement');
    expect([...root.querySelectorAll('th')].slice(0, 4).map((th) => th.textContent!.trim())).to.deep.equal([
      'Provider',
      'Service and location',
      'Cookie name',
      'Purposes',
    ]);
  });

  it('takes its language from the nearest [lang], and the portal’s texts over the built-in ones', async () => {
    const holder = document.createElement('section');
    holder.lang = 'en-GB';
    document.body.append(holder);
    try {
      const el = await charter({ ...CONFIG, texts: { en: { charterTitle: 'Our cookies' } } }, { mode: 'charter' }, holder);
      const root = await partRendered(el, 'charter');
      expect(root.getAttribute('lang')).to.equal('en');
      expect(root.querySelector('h2')!.textContent).to.equal('Our cookies');
    } finally {
      holder.remove();
    }
  });

  /** The charter's headings, as `h2 Charte cookies`, in order. */
  const outline = (root: HTMLElement) => [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.tagName.toLowerCase());

  it('headings: h2, then h3 sections and h4 categories, by default; heading-level moves them all', async () => {
    const byDefault = await partRendered(await charter(CONFIG, { mode: 'charter' }), 'charter');
    expect(outline(byDefault)).to.deep.equal(['h2', 'h3', 'h3', 'h4', 'h4', 'h4', 'h3']);
    const onItsOwnPage = await partRendered(await charter(CONFIG, { mode: 'charter', 'heading-level': '1' }), 'charter');
    expect(outline(onItsOwnPage)).to.deep.equal(['h1', 'h2', 'h2', 'h3', 'h3', 'h3', 'h2']);
    expect(onItsOwnPage.querySelector('h1')!.id, 'the charter is still named by its heading').to.equal('cc-charter-title');
    const deeper = await partRendered(await charter(CONFIG, { mode: 'charter', 'heading-level': '4' }), 'charter');
    expect(outline(deeper)).to.deep.equal(['h4', 'h5', 'h5', 'h6', 'h6', 'h6', 'h5']);
  });

  it('a heading-level that is not 1 to 4: reported, and 2 used', async () => {
    let el!: CookieCharter;
    const errors = await consoleErrors(async () => {
      el = await charter(CONFIG, { mode: 'charter', 'heading-level': '5' });
      await partRendered(el, 'charter');
    }, 1);
    expect(errors).to.deep.equal(['cookie-charter: the heading-level attribute is not valid (1 to 4); using 2']);
    expect(outline(part(el, 'charter')!)[0]).to.equal('h2');
  });
});
