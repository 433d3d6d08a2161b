/**
 * The `config` property: the configuration as an object, as frameworks pass data, beside the JSON
 * child; checked by the same rules, with the same errors.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, charter, consoleErrors, part, storedChoice } from './helpers.js';

const created: CookieCharter[] = [];
/** A `<cookie-charter>` without JSON, not connected yet. */
function bare(tag = 'cookie-charter'): CookieCharter {
  const el = document.createElement(tag) as CookieCharter;
  created.push(el);
  return el;
}
const description = (el: CookieCharter) => part(el, 'description')?.textContent ?? '';

describe('config property', () => {
  afterEach(() => created.splice(0).forEach((el) => el.remove()));

  it('set before the element connects (as Vue does): the banner for its categories, no error', async () => {
    const el = bare();
    el.config = CONFIG;
    const errors = await consoleErrors(async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(description(el)).to.include('Mesure d’audience (Matomo), Vidéos (YouTube)');
    expect(el.config).to.equal(CONFIG);
    el.acceptAll();
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: true });
  });

  it('set right after it connects, in the same task (a React ref): no error, and ready is read under it', async () => {
    (await charter()).rejectAll();
    const el = bare();
    const errors = await consoleErrors(async () => {
      document.body.append(el);
      el.config = CONFIG;
      expect((await el.ready)?.choices).to.deep.equal({ statistics: false, media: false });
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(errors).to.deep.equal([]);
    expect(part(el, 'banner')).to.equal(null);
  });

  it('set before the element is defined: kept, and used once it is', async () => {
    const el = bare('cookie-charter-defined-later');
    el.config = CONFIG;
    document.body.append(el);
    customElements.define('cookie-charter-defined-later', class extends CookieCharter {});
    await waitUntil(() => el.shadowRoot && part(el, 'banner'), 'the banner');
    expect(description(el)).to.include('Vidéos (YouTube)');
  });

  it('wins over the JSON child, whatever the order; undefined goes back to the JSON', async () => {
    const el = await charter({ categories: [CONFIG.categories[0]], cookies: CONFIG.cookies.slice(0, 2) });
    expect(description(el)).not.to.include('Vidéos');
    el.config = CONFIG;
    await el.updateComplete;
    expect(description(el)).to.include('Vidéos (YouTube)');
    el.querySelector('script')!.textContent = JSON.stringify({ categories: [{ id: 'ads', label: 'Publicité' }] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(description(el), 'a JSON changed later').to.include('Vidéos (YouTube)');
    el.config = undefined;
    await el.updateComplete;
    expect(description(el)).to.include('Publicité').and.not.include('Vidéos');
  });

  it('is checked by the same rules as the JSON, with the same errors, nothing thrown', async () => {
    const wrong = {
      categories: [
        { id: 'statistics', label: 42 },
        { id: 'media', label: 'Vidéos' },
        { id: 'media', label: 'Encore' },
      ],
      cookies: [{ service: 'Langue', name: 'django_language', purpose: 'Langue.' }, 'not an object'],
      colour: 'red',
    };
    const fromJson = await consoleErrors(async () => (await charter(wrong)).remove(), 1);
    const el = bare();
    const fromProperty = await consoleErrors(async () => {
      el.config = wrong as never;
      document.body.append(el);
      await el.updateComplete;
    }, 1);
    expect(fromJson).to.have.length(1);
    expect(fromJson[0]).to.match(/^cookie-charter: 5 problems:/);
    expect(fromProperty).to.deep.equal(fromJson);
    expect(description(el), 'what is valid is kept').to.include('Vidéos');
  });

  it('not an object: named, and the element keeps working', async () => {
    const el = bare();
    document.body.append(el);
    for (const [value, shown] of [
      [42, 'configuration: expected an object, got 42'],
      [['statistics'], 'configuration: expected an object, got ["statistics"]'],
    ] as const) {
      const errors = await consoleErrors(async () => {
        el.config = value as never;
        await el.updateComplete;
      }, 1);
      expect(errors).to.deep.equal([`cookie-charter: ${shown}`]);
    }
    expect(part(el, 'banner')).to.equal(null);
    el.config = CONFIG;
    await el.updateComplete;
    expect(description(el)).to.include('Vidéos');
  });
});
