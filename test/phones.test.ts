/**
 * Phones first: the banner's share of the screen at three sizes, with the CNIL information intact;
 * 320 px at 200 % text (the root font size at 200 %, as a browser's text-size setting does: the
 * element sizes its text in rem and em) with nothing clipped; forced colours.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, charter, part, partRendered } from './helpers.js';

const ATTRIBUTES = { 'platform-url': 'https://data.exemple.fr', 'policy-url': '/charte' };

/** Elements of `root` that stick out of `box` sideways, or are wider than what they show. */
function clipped(root: Element, box: DOMRect): string[] {
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.checkVisibility() && !node.closest('.table-scroll'))
    .filter((node) => {
      const rect = node.getBoundingClientRect();
      return rect.left < box.left - 1 || rect.right > box.right + 1 || node.scrollWidth > node.clientWidth + 1;
    })
    .map((node) => node.outerHTML.slice(0, 80));
}

describe('phones', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
    document.documentElement.style.fontSize = '';
  });

  for (const [width, height, most] of [
    [320, 640, 40],
    [375, 667, 35],
    [1280, 800, 20],
  ]) {
    it(`${width}×${height}: the banner takes at most ${most} % of the height, Personnaliser in view, the CNIL information intact`, async () => {
      await setViewport({ width, height });
      const el = await charter(CONFIG, ATTRIBUTES);
      const banner = part(el, 'banner')!;
      expect((100 * banner.getBoundingClientRect().height) / innerHeight).to.be.at.most(most);
      expect(banner.scrollHeight, 'nothing to scroll in the banner').to.be.at.most(banner.clientHeight);
      expect(part(el, 'customize')!.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
      const text = banner.textContent!.replace(/\s+/g, ' ');
      for (const said of [
        'data.exemple.fr',
        'cookies nécessaires',
        'Mesure d’audience (Matomo), Vidéos (YouTube)',
        'Refuser ne change rien',
        'Gestion des cookies',
      ])
        expect(text).to.include(said);
      expect(banner.querySelector('a')!.getAttribute('href')).to.equal('/charte');
      for (const node of banner.querySelectorAll('h2, p, a, button'))
        expect(parseFloat(getComputedStyle(node).fontSize), node.tagName).to.be.at.least(14);
      for (const node of banner.querySelectorAll('a, button')) {
        const box = node.getBoundingClientRect();
        expect(Math.min(box.width, box.height), node.textContent!).to.be.at.least(24);
      }
      const [accept, reject] = [part(el, 'accept')!, part(el, 'reject')!];
      expect(reject.getBoundingClientRect().width).to.equal(accept.getBoundingClientRect().width);
      expect(reject.getBoundingClientRect().height).to.equal(accept.getBoundingClientRect().height);
      for (const property of ['font', 'color', 'background-color', 'border', 'padding'])
        expect(getComputedStyle(reject).getPropertyValue(property), property).to.equal(getComputedStyle(accept).getPropertyValue(property));
    });
  }

  it('buttons side by side when they fit: one row at 1280 px, Tout accepter beside Tout refuser on a phone', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await charter(CONFIG, ATTRIBUTES);
    const tops = () => ['accept', 'reject', 'customize'].map((name) => part(el, name)!.getBoundingClientRect().top);
    expect(new Set(tops()).size).to.equal(1);
    await setViewport({ width: 320, height: 640 });
    await el.updateComplete;
    expect(tops()[0]).to.equal(tops()[1]);
  });

  it('a portal’s long texts scroll inside the banner, never the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const long = 'Un texte de portail bien plus long que celui par défaut. '.repeat(40);
    const el = await charter({ ...CONFIG, texts: { fr: { bannerText: long } } }, ATTRIBUTES);
    const banner = part(el, 'banner')!;
    const box = banner.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(banner.scrollHeight, 'the banner scrolls').to.be.greaterThan(banner.clientHeight);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('320 px at 200 % text: nothing clipped in the banner nor in the preferences', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await charter(CONFIG, ATTRIBUTES);
    const banner = part(el, 'banner')!;
    expect(clipped(banner, banner.getBoundingClientRect())).to.deep.equal([]);
    await el.show();
    const dialog = await partRendered(el, 'preferences');
    dialog.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true));
    const inner = dialog.getBoundingClientRect();
    expect(inner.right, 'the dialog fits the screen').to.be.at.most(320);
    expect(clipped(dialog, inner)).to.deep.equal([]);
  });

  it('forced colours: the banner and the dialog keep a visible edge', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await charter();
    await el.show();
    for (const name of ['banner', 'preferences']) {
      const style = getComputedStyle(await partRendered(el, name));
      const edge = [style.outline, style.borderTop].find(
        (value) =>
          / solid (\d|\.)+px/.test(value) &&
          !/transparent|rgba\(\d+, \d+, \d+, 0\)/.test(value) &&
          parseFloat(value.split(' solid ')[1]) >= 1,
      );
      expect(edge, `${name}: ${style.outline} / ${style.borderTop}`).to.be.a('string');
    }
  });
});

export type { CookieCharter };

describe('what a screen reader meets in the charter and the preferences', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const nameOf = (el: CookieCharter, node: Element) =>
    node
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)?.textContent!.trim())
      .join(' ');

  it('each cookie table has its own accessible name, the table itself and not only its scrolling wrapper', async () => {
    const el = await charter(CONFIG);
    await el.show();
    const dialog = await partRendered(el, 'preferences');
    const tables = [...dialog.querySelectorAll('table')];
    expect(tables.length).to.equal(3);
    const names = tables.map((table) => (table.hasAttribute('aria-labelledby') ? nameOf(el, table) : ''));
    expect(
      names.every((name) => name.length > 0),
      names.join(' | '),
    ).to.equal(true);
    expect(new Set(names).size).to.equal(3);
  });

  it('"Toujours actifs" describes the necessary switch', async () => {
    const el = await charter(CONFIG);
    await el.show();
    const dialog = await partRendered(el, 'preferences');
    const always = dialog.querySelector('.always-on')!;
    const necessary = dialog.querySelector('input[role=switch]:disabled')!;
    expect((necessary.getAttribute('aria-describedby') || '').split(' ')).to.include(always.id || 'no id');
  });

  it('cookie names wrap only where they must: each on one line at 1280 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await charter(
      { ...CONFIG, cookies: CONFIG.cookies.map((c) => ({ ...c, purpose: `${c.purpose} `.repeat(12), duration: '13 mois' })) },
      { mode: 'charter' },
    );
    await partRendered(el, 'charter');
    for (const code of el.shadowRoot!.querySelectorAll('td code')) expect(code.getClientRects().length, code.textContent!).to.equal(1);
  });
});
