/**
 * dist/cookie-charter.js from another origin, as from a CDN: web-test-runner.config.mjs serves dist/ at
 * http://cdn.cookie-charter.test:<port> with the CORS header public npm CDNs send, and at
 * http://nocors.cookie-charter.test:<port> without it. Only the script comes from there: the pages are
 * on this origin (test/pages/cdn-*.html, nocors-*.html), in an iframe, so that the test can read them.
 * Each takes the visitor's whole journey: the banner, Personnaliser (the fetched preferences), a
 * choice stored, the granted category's script run; the charter; English.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { openPage, storedChoice } from './helpers.js';

type PageWindow = Window & { __statsRuns?: number; __violations?: string[] };

let frame: HTMLIFrameElement;
const win = () => frame.contentWindow as PageWindow;

/** Opens a page of test/pages/ in an iframe; resolves with its element once it rendered. */
async function open(page: string): Promise<CookieCharter> {
  let el: CookieCharter;
  ({ frame, el } = await openPage(page));
  return el;
}

const shadowPart = (el: CookieCharter, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The origins the page fetched `file` from (dist/cookie-charter-lazy.js…). */
const fetchedFrom = (file: string) =>
  win()
    .performance.getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith(`/dist/${file}`))
    .map((entry) => new URL(entry.name).hostname);

const PAGES = {
  'cdn-classic.html': 'cdn.cookie-charter.test',
  'cdn-crossorigin.html': 'cdn.cookie-charter.test',
  'cdn-module.html': 'cdn.cookie-charter.test',
  // import() of another origin is a CORS fetch: the parts come as classic scripts.
  'nocors-classic.html': 'nocors.cookie-charter.test',
};

describe('dist/cookie-charter.js from another origin (a CDN)', () => {
  afterEach(() => frame?.remove());

  it('is served with CORS by cdn.cookie-charter.test, without by nocors.cookie-charter.test', async () => {
    // Both in this order: the test server must not hand one host's CORS header to the other.
    const file = (host: string) => fetch(`http://${host}.cookie-charter.test:${location.port}/dist/cookie-charter-en.js`);
    expect((await file('cdn')).ok).to.equal(true);
    let error: unknown;
    await file('nocors').catch((e) => (error = e));
    expect(String(error)).to.include('Failed to fetch');
  });

  for (const [page, host] of Object.entries(PAGES)) {
    describe(page, () => {
      it('banner, Personnaliser, a choice stored; the granted category’s script runs', async () => {
        const el = await open(page);
        expect(fetchedFrom('cookie-charter.js')).to.deep.equal([host]);
        expect(!!shadowPart(el, 'banner'), 'the banner').to.equal(true);
        shadowPart(el, 'customize')!.click();
        await waitUntil(() => shadowPart(el, 'preferences'), 'the preferences open', { timeout: 4000 });
        expect(fetchedFrom('cookie-charter-lazy.js')).to.include(host);
        const statistics = el.shadowRoot!.querySelector<HTMLInputElement>('#cc-preference-statistics')!;
        statistics.click();
        shadowPart(el, 'save')!.click();
        await waitUntil(() => storedChoice()?.choices.statistics === true, 'the choice is stored');
        await waitUntil(() => win().__statsRuns === 1, 'the gated script ran', { timeout: 4000 });
        expect(!!shadowPart(el, 'banner'), 'the banner is gone').to.equal(false);
      });

      it('renders the charter', async () => {
        const el = await open(`${page}?mode=charter`);
        await waitUntil(() => shadowPart(el, 'charter'), 'the charter renders', { timeout: 4000 });
        const charter = shadowPart(el, 'charter')!;
        expect(charter.textContent).to.include('Qu’est-ce qu’un cookie');
        expect(charter.querySelectorAll('table')).to.have.length(2);
      });

      it('shows English on an English page', async () => {
        const el = await open(`${page}?lang=en`);
        await waitUntil(() => shadowPart(el, 'banner'), 'the English banner renders', { timeout: 4000 });
        expect(shadowPart(el, 'accept')!.textContent).to.equal('Accept all');
        expect(fetchedFrom('cookie-charter-en.js')).to.include(host);
      });
    });
  }

  // The strict CSP and Trusted Types a portal may carry: script-src 'self' 'nonce-…', require-trusted-types-for
  // 'script', trusted-types cookie-charter lit-html. The script is let in by its nonce.
  for (const [page, what] of [
    ['cdn-csp.html', 'import() (not a Trusted Types sink) with the nonce it inherits'],
    ['nocors-csp.html', 'classic scripts with the script’s nonce and a URL from the cookie-charter policy'],
  ])
    it(`${page}: under a strict CSP with Trusted Types, the parts come by ${what}`, async () => {
      const el = await open(`${page}?mode=charter&lang=en`);
      await waitUntil(() => shadowPart(el, 'charter'), 'the charter renders', { timeout: 4000 });
      expect(shadowPart(el, 'accept')!.textContent, 'in English').to.equal('Accept all');
      shadowPart(el, 'accept')!.click();
      await waitUntil(() => storedChoice()?.choices.statistics === true, 'the choice is stored');
      await waitUntil(() => win().__statsRuns == 1, 'the gated script ran, through the one cookie-charter policy');
      await el.show();
      await el.updateComplete;
      expect(!!shadowPart(el, 'preferences'), 'the preferences open').to.equal(true);
      expect(win().__violations).to.deep.equal([]);
    });
});
