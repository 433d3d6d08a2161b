/**
 * The built file a portal includes (dist/cookie-charter.js, built by `npm test` before the run), in
 * real pages loaded in an iframe: as a classic deferred script and as a module, the lazy part fetched
 * from beside it only when needed, and a real reload keeping the choice.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { nothingMoreWithin, rawCookie, storedChoice } from './helpers.js';

let frame: HTMLIFrameElement;

async function load(page: string): Promise<CookieCharter> {
  frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  return reload(page);
}

async function reload(page?: string): Promise<CookieCharter> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (page) frame.src = `/test/pages/${page}`;
  else frame.contentWindow!.location.reload();
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('cookie-charter')?.shadowRoot, 'the element is defined');
  const el = doc.querySelector('cookie-charter')!;
  await el.updateComplete;
  return el;
}

const shadowPart = (el: CookieCharter, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const fetched = (file: string) =>
  frame.contentWindow!.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(`/dist/${file}`));

describe('dist/cookie-charter.js', () => {
  afterEach(() => frame?.remove());

  for (const page of ['classic.html', 'module.html']) {
    describe(page, () => {
      it('shows the banner, and fetches the lazy part only for the preferences', async () => {
        const el = await load(page);
        expect(!!shadowPart(el, 'banner')).to.equal(true);
        expect(fetched('cookie-charter.js')).to.equal(true);
        expect(fetched('cookie-charter-lazy.js'), 'a banner-only first visit loads one file').to.equal(false);
        shadowPart(el, 'customize')!.click();
        await waitUntil(() => shadowPart(el, 'preferences'), 'the preferences open');
        expect(fetched('cookie-charter-lazy.js')).to.equal(true);
        expect(shadowPart(el, 'preferences')!.textContent).to.include('Mesure d’audience');
      });

      it('keeps the choice across a real reload', async () => {
        let el = await load(page);
        shadowPart(el, 'reject')!.click();
        await waitUntil(() => rawCookie());
        el = await reload();
        expect(!!shadowPart(el, 'banner')).to.equal(false);
        expect(el.choices).to.deep.equal({ statistics: false });
        expect(storedChoice().choices).to.deep.equal({ statistics: false });
      });
    });
  }

  it('a click on Tout refuser stores the choice and hides the banner in its own task; the enforcing part comes after', async () => {
    const el = await load('classic.html');
    const win = frame.contentWindow as Window & { cookieCharterParts?: { lent?: unknown; enforce?: unknown } };
    expect(!!win.cookieCharterParts?.lent, 'no part asked for before the click').to.equal(false);
    shadowPart(el, 'reject')!.click();
    // Still in the click's task: the choice is stored, the banner is gone once Lit's microtask has run,
    // and no part has been asked for yet (fetching one lends it the main file's Lit first).
    expect(storedChoice().choices).to.deep.equal({ statistics: false });
    await el.updateComplete;
    expect(shadowPart(el, 'banner')).to.equal(null);
    expect(!!win.cookieCharterParts?.lent, 'no import() started in the click’s task').to.equal(false);
    await waitUntil(() => win.cookieCharterParts?.enforce, 'the enforcing part runs, a task later');
  });

  it('renders the charter with the lazy part borrowing the main file’s Lit', async () => {
    const el = await load('charter.html');
    await waitUntil(() => shadowPart(el, 'charter'), 'the charter renders');
    const charter = shadowPart(el, 'charter')!;
    expect(charter.textContent).to.include('Qu’est-ce qu’un cookie');
    expect(charter.querySelectorAll('table')).to.have.length(2);
    (charter.querySelector('[part~=accept]') as HTMLElement).click();
    await waitUntil(() => storedChoice()?.choices.statistics === true);
  });

  it('defines the element once when the script is included twice', async () => {
    const el = await load('twice.html');
    await waitUntil(() => shadowPart(el, 'banner'), 'the banner');
    await nothingMoreWithin(100);
    const errors = (frame.contentWindow as Window & { __errors: string[] }).__errors;
    expect(errors).to.deep.equal([]);
  });

  it('as a synchronous script in <head>: waits for its JSON, reports nothing, asks, and tells Matomo once', async () => {
    const el = await load('head-sync.html');
    const win = frame.contentWindow as Window & { __errors: string[]; _paq?: unknown[][] };
    await waitUntil(() => shadowPart(el, 'banner'), 'the banner, once the JSON is read');
    expect(shadowPart(el, 'description')!.textContent).to.include('Mesure d’audience (Matomo)');
    await nothingMoreWithin(100);
    expect(win.__errors).to.deep.equal([]);
    expect(win._paq, 'requireConsent, from the JSON read once the page was parsed').to.deep.equal([['requireConsent']]);
  });

  describe('enforce.html: the enforcing part, with the main file’s js-cookie', () => {
    const win = () => frame.contentWindow as Window & { __statsRuns?: number };
    const loads = () => Number(frame.contentWindow!.sessionStorage.loads);
    afterEach(() => sessionStorage.removeItem('loads'));

    it('runs, shows and cleans up as the choice says; reload-on-withdraw reloads once', async () => {
      let el = await load('enforce.html');
      expect(loads()).to.equal(1);
      const placeholder = () => frame.contentDocument!.querySelector('.cookie-charter-placeholder');
      await waitUntil(() => placeholder(), 'a placeholder for the frame');
      expect(win().__statsRuns).to.equal(undefined);
      shadowPart(el, 'accept')!.click();
      await waitUntil(() => win().__statsRuns == 1, 'the gated script ran');
      await waitUntil(() => !placeholder() && frame.contentDocument!.querySelector('iframe')!.getAttribute('src'), 'the frame loaded');
      frame.contentDocument!.cookie = '_pk_id.1.x=1; path=/';
      frame.contentDocument!.cookie = 'sessionid=s; path=/';
      const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      el.save({ statistics: false });
      await reloaded;
      expect(document.cookie).not.to.include('_pk_id.1.x');
      expect(document.cookie).to.include('sessionid');
      await waitUntil(() => frame.contentDocument!.querySelector('cookie-charter')?.shadowRoot);
      el = frame.contentDocument!.querySelector('cookie-charter')!;
      await el.updateComplete;
      expect(loads(), 'reloaded once').to.equal(2);
      await nothingMoreWithin(500);
      expect(loads(), 'and not again: a stored refusal is not a withdrawal').to.equal(2);
      expect(win().__statsRuns).to.equal(undefined);
      document.cookie = 'sessionid=; path=/; max-age=0';
    });
  });

  it('keeps what only the charter and the preferences need out of the main file', async () => {
    // The files are ASCII only: their other characters are escapes.
    const unescaped = (js: string) =>
      js.replace(/\\u([\da-f]{4})|\\x([\da-f]{2})/g, (_, u, x) => String.fromCharCode(parseInt(u ?? x, 16)));
    const main = unescaped(await (await fetch('/dist/cookie-charter.js')).text());
    const lazy = unescaped(await (await fetch('/dist/cookie-charter-lazy.js')).text());
    for (const text of ['Qu’est-ce qu’un cookie', 'Durée de conservation', 'Enregistrer mes choix']) {
      expect(main, text).not.to.include(text);
      expect(lazy, text).to.include(text);
    }
    expect(lazy, 'the lazy part carries no lit-html of its own').not.to.include('litHtmlVersions');
  });

  it('asks V8 to compile the main file eagerly, off the main thread, and the parts lazily', async () => {
    const first = async (file: string) => (await (await fetch(`/dist/${file}`)).text()).split('\n', 1)[0];
    expect(await first('cookie-charter.js')).to.equal('//# allFunctionsCalledOnLoad');
    // Most of a part's functions wait for a click: compiled when called.
    for (const part of ['lazy', 'enforce', 'en'])
      expect(await first(`cookie-charter-${part}.js`)).not.to.include('allFunctionsCalledOnLoad');
  });

  it('is ASCII only, so that the browser keeps each file one byte a character', async () => {
    for (const file of ['cookie-charter.js', 'cookie-charter-lazy.js', 'cookie-charter-enforce.js', 'cookie-charter-en.js']) {
      const text = await (await fetch(`/dist/${file}`)).text();
      expect(text.match(/[^\0-\x7f]/g), file).to.equal(null);
    }
  });
});
