/**
 * Bad input: one clear `cookie-charter: …` error naming the problem and its place, nothing thrown,
 * the element still working with whatever is valid; and every string from the JSON shown as text.
 */
import { expect } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { charter, CONFIG, consoleErrors, nothingMoreWithin, part, partRendered, shows, storeRaw } from './helpers.js';

/** Renders `json` as a charter, returning the element and the console errors it caused. */
async function withErrors(json: unknown, attributes: Record<string, string> = {}, expected = 1) {
  let el!: CookieCharter;
  const errors = await consoleErrors(async () => {
    el = await charter(json, attributes);
    if (attributes.mode == 'charter') await partRendered(el, 'charter');
  }, expected);
  return { el, errors };
}

describe('bad input', () => {
  it('invalid JSON: one error, and the built-in charter text', async () => {
    const { el, errors } = await withErrors('{"categories": [', { mode: 'charter' });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^cookie-charter: invalid JSON: /);
    expect(part(el, 'charter')!.textContent).to.include('Qu’est-ce qu’un cookie');
    expect(!!part(el, 'banner')).to.equal(false);
  });

  it("a charter with a problem: the lazily loaded part's style sheet adopted once", async () => {
    const { el } = await withErrors('{"categories": [', { mode: 'charter' });
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(sheets).to.have.length(2);
    expect(new Set(sheets).size).to.equal(2);
  });

  it('no JSON at all, and none to borrow: one error, no banner', async () => {
    const el = document.createElement('cookie-charter');
    const errors = await consoleErrors(async () => {
      document.body.append(el);
      await el.updateComplete;
    }, 1);
    expect(!!el.shadowRoot!.querySelector('[part~=banner]')).to.equal(false);
    el.remove();
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^cookie-charter: none found: give the element a <script type="application\/json"> child/);
  });

  it('wrong types and missing fields: each named with its place; valid rows kept', async () => {
    const json = {
      categories: [
        { id: 'statistics', label: 42 },
        { id: 'media', label: 'Vidéos' },
      ],
      cookies: [
        { provider: 'Opendatasoft', service: 'Authentification', name: 'sessionid', purpose: 'Session.' },
        { service: 'Langue', name: 'django_language', purpose: 'Langue.' },
        { provider: 'YouTube', service: 'Vidéos', name: 'YSC', purpose: 'Lire.', category: 'media', duration: 6 },
        'not an object',
      ],
    };
    const { el, errors } = await withErrors(json, { mode: 'charter' });
    expect(errors).to.have.length(1);
    const message = errors[0];
    expect(message).to.match(/^cookie-charter: 4 problems:/);
    expect(message).to.include('categories[0].label: expected a string or');
    expect(message).to.include('got 42');
    expect(message).to.include('cookies[1].provider: expected a non-empty string, got nothing');
    expect(message).to.include('cookies[2].duration: expected a non-empty string, got 6');
    expect(message).to.include('cookies[3]: expected an object, got "not an object"');
    const text = part(el, 'charter')!.textContent!;
    expect(text).to.include('sessionid');
    expect(text).to.include('Vidéos');
    expect(text).not.to.include('django_language');
    expect(text).not.to.include('YSC');
  });

  it('unknown and duplicate categories: named; the banner still works for the valid ones', async () => {
    const json = {
      categories: [
        { id: 'statistics', label: 'Statistiques' },
        { id: 'statistics', label: 'Encore' },
        { id: 'bad id!', label: 'Mauvais' },
        { id: 'constructor', label: 'Piège' },
      ],
      cookies: [{ provider: 'X', service: 'Y', name: 'z', purpose: 'w', category: 'ads' }],
      extra: true,
    };
    const { el, errors } = await withErrors(json);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^cookie-charter: 5 problems:/);
    expect(errors[0]).to.include('categories[1].id: "statistics" is already a category');
    expect(errors[0]).to.include('categories[2].id: expected an id');
    expect(errors[0]).to.include('categories[3].id: expected an id');
    expect(errors[0]).to.include('cookies[0].category: "ads" is not a category');
    expect(errors[0]).to.include('configuration.extra: unknown key');
    expect(part(el, 'banner')!.textContent).to.include('Statistiques').and.not.include('Encore');
    part(el, 'accept')!.click();
    expect(el.choices).to.deep.equal({ statistics: true });
  });

  it('a top-level value that is not an object', async () => {
    const { el, errors } = await withErrors('[1, 2]');
    expect(errors[0]).to.include('configuration: expected an object, got [1,2]');
    expect(el.choices).to.equal(null);
  });

  it('texts that are not strings: each named, the built-in texts shown, nothing thrown', async () => {
    const texts = { fr: { bannerText: 5, rejectAll: 'Non merci' }, en: 'Hello' };
    const { el, errors } = await withErrors({ ...CONFIG, texts });
    expect(errors).to.deep.equal([
      'cookie-charter: configuration.texts: fr.bannerText is 5, not a non-empty string, en is "Hello", not an object of texts; the built-in texts are used instead',
    ]);
    expect(part(el, 'description')!.textContent).to.include('utilise des cookies nécessaires');
    expect(part(el, 'reject')!.textContent).to.equal('Tout refuser');
  });

  it('text keys that no view uses', async () => {
    const { errors } = await withErrors({ ...CONFIG, texts: { de: { acceptAl: 'Alle' } } }, { mode: 'charter' });
    expect(errors).to.deep.equal(['cookie-charter: texts.de.acceptAl: unknown key']);
  });

  it('text keys named like what every object has', async () => {
    const { errors } = await withErrors({ ...CONFIG, texts: { fr: { constructor: 'x' } } }, { mode: 'charter' });
    expect(errors).to.deep.equal(['cookie-charter: texts.fr.constructor: unknown key']);
  });

  describe('a max-age-days that is not a number of days from a minute to 400: named, and 180 used from the first read on', () => {
    const DAY = 864e5;
    const stored = (daysAgo: number) =>
      storeRaw(
        JSON.stringify({
          v: 1,
          rev: 'media,statistics',
          date: new Date(Date.now() - daysAgo * DAY).toISOString(),
          id: 'abc',
          choices: { statistics: true, media: false },
        }),
      );
    for (const value of ['six mois', '0', '-3', '', 'Infinity', '1e400', '0.00001', '401']) {
      it(`"${value}"`, async () => {
        stored(179);
        let el!: CookieCharter;
        const errors = await consoleErrors(async () => (el = await charter(CONFIG, { 'max-age-days': value })), 1);
        expect(errors).to.deep.equal(['cookie-charter: the max-age-days attribute is not valid; using 180']);
        expect(el.choices, 'a 179-day-old choice is kept').to.deep.equal({ statistics: true, media: false });
        expect(shows(el, 'banner')).to.equal(false);
        el.remove();
        stored(181);
        await consoleErrors(async () => (el = await charter(CONFIG, { 'max-age-days': value })), 1);
        expect(el.choices, 'a 181-day-old one is not').to.equal(null);
        expect(shows(el, 'banner')).to.equal(true);
        el.acceptAll();
        expect(el.choices, 'a new choice is kept').to.deep.equal({ statistics: true, media: true });
      });
    }
  });

  it('a mode that is neither: the default, banner, as HTML does for enumerated attributes', async () => {
    const el = await charter(CONFIG, { mode: 'popup' });
    expect(!!part(el, 'banner')).to.equal(true);
  });

  describe('strings are text, never markup', () => {
    const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

    it('in the banner, the preferences and the charter', async () => {
      const json = {
        categories: [{ id: 'statistics', label: attack, description: attack }],
        cookies: [{ provider: attack, service: attack, name: attack, purpose: attack, category: 'statistics', duration: attack }],
        texts: { fr: { bannerTitle: attack, charterTitle: attack } },
      };
      const { el, errors } = await withErrors(json, { mode: 'charter', 'platform-url': attack }, 0);
      const banner = await charter(json);
      await banner.show();
      await partRendered(banner, 'preferences');
      await nothingMoreWithin(50);
      expect(errors).to.deep.equal([]);
      for (const root of [el.shadowRoot!, banner.shadowRoot!]) {
        expect(!!root.querySelector('img'), 'no element made from the strings').to.equal(false);
        expect(root.querySelectorAll('script')).to.have.length(0);
        expect(root.textContent).to.include('<img src=x onerror="window.__xss=1">');
      }
      expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('even inside the inline script: "</script>" in the JSON stays text', async () => {
      const holder = document.createElement('div');
      holder.innerHTML = `<cookie-charter mode="charter"><script type="application/json">{"cookies":[{"provider":"A<\\/script><img src=x>","service":"s","name":"n","purpose":"p"}]}</script></cookie-charter>`;
      document.body.append(holder);
      try {
        const el = holder.querySelector('cookie-charter')!;
        await partRendered(el, 'charter');
        expect(!!el.shadowRoot!.querySelector('img')).to.equal(false);
        expect(el.shadowRoot!.textContent).to.include('A</script><img src=x>');
      } finally {
        holder.remove();
      }
    });
  });
});
