/**
 * The charter's fallback: what `cookie-charter render` gives (test/fixtures/fallback/, kept in sync
 * with the command by test/cli/render.test.mjs), pasted inside <cookie-charter mode="charter">. Without
 * the script it is the charter; when the element runs, it takes over with no frame showing neither
 * and none showing both; after that the fallback is neither rendered nor in the accessibility tree.
 * And the command renders what the element renders: the same headings, paragraphs and cells.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { addMarkup, partRendered } from './helpers.js';

const fixture = async (path: string) => (await fetch(`/test/fixtures/fallback/${path}`)).text();

/** The element as a portal writes it: its JSON, then the rendered charter. */
const markup = (json: string, fallback: string, lang = 'fr') =>
  `<cookie-charter mode="charter" platform-url="https://data.exemple.fr" lang="${lang}">` +
  `<script type="application/json">${json}</script>${fallback}</cookie-charter>`;

/** Whether the browser lays an element out (an element that is not slotted has no box). */
const rendered = (el: Element | null | undefined) => !!el && el.getClientRects().length > 0;

/** A charter's text, as a reader gets it: headings, paragraphs, list items, table cells, in order, the choices left out. */
function texts(article: Element) {
  const pick = (selector: string) =>
    [...article.querySelectorAll(selector)].filter((e) => !e.closest('.choices')).map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
  return {
    headings: pick('h1, h2, h3, h4, h5, h6'),
    paragraphs: pick('p, li'),
    cells: pick('th, td'),
  };
}

describe('fallback: the charter rendered by cookie-charter render', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  /** test/pages/fallback.html, with no script, given the element and its fallback. */
  async function page(): Promise<Document> {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/pages/fallback.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    doc.querySelector('main')!.innerHTML = markup(await fixture('config.json'), await fixture('charter-fr.html'));
    return doc;
  }

  it('without the script, the fallback is the charter: its headings, text and tables are on screen', async () => {
    const doc = await page();
    expect(frame.contentWindow!.customElements.get('cookie-charter')).to.equal(undefined);
    const article = doc.querySelector('cookie-charter > article')!;
    expect(rendered(article)).to.equal(true);
    const headings = [...article.querySelectorAll('h2, h3, h4')];
    expect(headings.map((h) => h.textContent)).to.deep.equal([
      'Charte cookies',
      'Qu’est-ce qu’un cookie\u202f?',
      'À quoi servent les cookies sur la plateforme https://data.exemple.fr',
      'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
      'Mesure d’audience',
      'Vidéos <intégrées>',
    ]);
    expect(headings.every(rendered)).to.equal(true);
    const cells = [...article.querySelectorAll('td')];
    expect(cells.every(rendered)).to.equal(true);
    expect(cells.map((td) => td.textContent)).to.include.members(['_pk_id.*', 'Lire les vidéos <b>sans</b> HTML.', '13 mois']);
    expect(article.querySelectorAll('table').length).to.equal(3);
  });

  it('when the script runs, the element takes over: no frame shows neither, none shows both', async () => {
    const doc = await page();
    const win = frame.contentWindow!;
    const fallback = doc.querySelector('cookie-charter > article');
    const own = () => doc.querySelector('cookie-charter')!.shadowRoot?.querySelector('[part~="charter"]');
    /** Per animation frame: is the fallback on screen, is the element's own charter. */
    const frames: { fallback: boolean; own: boolean }[] = [];
    let sampling = true;
    const sample = () => {
      frames.push({ fallback: rendered(fallback), own: rendered(own()) });
      if (sampling) win.requestAnimationFrame(sample);
    };
    win.requestAnimationFrame(sample);
    const script = doc.createElement('script');
    script.src = '/dist/cookie-charter.js';
    doc.head.append(script);
    // The lazy part comes 300 ms late for this page (web-test-runner.config.mjs): frames pass meanwhile.
    await waitUntil(() => frames.at(-1)?.own, 'the element’s charter is rendered', { timeout: 4000 });
    const seen = frames.length;
    await waitUntil(() => frames.length >= seen + 3, 'three more frames');
    sampling = false;
    expect(frames[0], 'the first frame shows the fallback').to.deep.equal({ fallback: true, own: false });
    expect(
      frames.filter((f) => !f.fallback && !f.own),
      'frames showing neither',
    ).to.deep.equal([]);
    expect(
      frames.filter((f) => f.fallback && f.own),
      'frames showing both',
    ).to.deep.equal([]);
    expect(frames.at(-1)).to.deep.equal({ fallback: false, own: true });
    // At least one frame passed while the lazy part loaded (it is served 300 ms late); on a loaded
    // machine the browser paints few frames in that time, so no more is asked.
    expect(frames.filter((f) => f.fallback).length, 'frames showing the fallback while the lazy part loads').to.be.at.least(1);
  });

  describe('after the takeover', () => {
    let el: CookieCharter;
    beforeEach(async () => {
      const holder = addMarkup(markup(await fixture('config.json'), await fixture('charter-fr.html')));
      el = holder.querySelector('cookie-charter')!;
      await partRendered(el, 'charter');
    });

    it('the fallback is not rendered, and is not in the accessibility tree', async () => {
      const fallback = el.querySelector('article')!;
      expect(rendered(fallback)).to.equal(false);
      expect(fallback.checkVisibility()).to.equal(false);
      expect(fallback.assignedSlot).to.equal(null);
      expect(rendered(el.shadowRoot!.querySelector('[part~="charter"]'))).to.equal(true);
    });

    it('axe finds nothing, on the element with its fallback inside', async () => {
      await expect(el.parentElement).to.be.accessible();
    });
  });

  it('the demo’s charter page without scripts on a 320 px phone: the tables scroll in their region, not the page', async () => {
    // A sandbox without allow-scripts runs no script; allow-same-origin lets the test read the page.
    const phone = document.createElement('iframe');
    phone.setAttribute('sandbox', 'allow-same-origin');
    phone.style.cssText = 'width: 320px; height: 640px; border: 0';
    const loaded = new Promise((resolve) => phone.addEventListener('load', resolve, { once: true }));
    phone.src = '/demo/charte.html';
    document.body.append(phone);
    try {
      await loaded;
      const doc = phone.contentDocument!;
      expect(customElementsDefined(doc), 'no script ran').to.equal(false);
      const tables = doc.querySelectorAll('cookie-charter table');
      expect(tables.length).to.be.greaterThan(0);
      expect(doc.documentElement.scrollWidth, 'the page is no wider than the phone').to.equal(doc.documentElement.clientWidth);
      const region = tables[0].parentElement!;
      expect(region.scrollWidth, 'the table scrolls in its region').to.be.greaterThan(region.clientWidth);
    } finally {
      phone.remove();
    }
  });

  it('axe finds nothing in the fallback on its own (a page without the script)', async () => {
    await expect(addMarkup(await fixture('charter-fr.html'))).to.be.accessible();
  });

  for (const lang of ['fr', 'en'])
    it(`the command renders what the element renders (${lang}): headings, paragraphs, cells`, async () => {
      const config = await fixture('config.json');
      const holder = addMarkup(markup(config, '', lang));
      const el = holder.querySelector<CookieCharter>('cookie-charter')!;
      const own = await partRendered(el, 'charter');
      const command = new DOMParser().parseFromString(await fixture(`charter-${lang}.html`), 'text/html').querySelector('article')!;
      const expected = texts(own);
      expect(expected.headings.length).to.equal(6);
      expect(expected.cells.length).to.equal(35);
      expect(texts(command)).to.deep.equal(expected);
      expect(command.getAttribute('lang')).to.equal(own.getAttribute('lang'));
    });
});

/** Whether the page in a frame defined the element (a script ran). */
function customElementsDefined(doc: Document): boolean {
  return !!doc.defaultView!.customElements.get('cookie-charter');
}
