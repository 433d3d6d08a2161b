/**
 * Consent before the first tag command: Google's and Matomo's standard snippets, placed as the
 * README tells portals to (the script right after the element, without defer, then the snippets),
 * with stand-ins for gtag.js, gtm.js and matomo.js that record the order in which they would read
 * the commands. Real pages, in an iframe, with the built file.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';

type TagWindow = Window & { __tags?: Record<string, string[]>; dataLayer: ArrayLike<unknown>[]; _paq: unknown[][] };

let frame: HTMLIFrameElement;

async function open(page: string, tags: string[]): Promise<TagWindow> {
  frame ??= document.body.appendChild(document.createElement('iframe'));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${page}?${Math.random()}`;
  await loaded;
  const win = frame.contentWindow as TagWindow;
  await waitUntil(() => tags.every((tag) => win.__tags?.[tag]), `the stand-ins of ${tags} loaded`);
  return win;
}

const element = (win: TagWindow) => win.document.querySelector('cookie-charter') as CookieCharter;

describe('consent before the first tag command, as the README places the script', () => {
  afterEach(() => {
    frame.contentDocument!.cookie = 'cookies_preferences=; path=/; max-age=0';
  });
  after(() => frame.remove());

  it('gtag.js reads the consent default before js and config; Matomo, requireConsent before trackPageView', async () => {
    const win = await open('tags-gtag.html', ['gtag', 'matomo']);
    expect(win.__tags!.gtag).to.deep.equal(['consent default', 'js', 'config G-TEST']);
    expect(win.__tags!.matomo.slice(0, 2)).to.deep.equal(['requireConsent', 'trackPageView']);
    expect(Array.from(win.dataLayer[0]).at(-1), 'every mapped type denied').to.deep.equal({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });

    element(win).acceptAll();
    await waitUntil(() => win.__tags!.gtag.includes('consent update'), 'the update reaches gtag.js');
    await waitUntil(() => win.__tags!.matomo.includes('setConsentGiven'), 'the consent reaches Matomo');
  });

  it('gtm.js reads the consent default before its gtm.js event', async () => {
    const win = await open('tags-gtm.html', ['gtm']);
    expect(win.__tags!.gtm).to.deep.equal(['consent default', 'event gtm.js']);
  });

  it('a returning visitor: the default asks the tags to wait for the stored choice, whose update follows', async () => {
    let win = await open('tags-gtag.html', ['gtag', 'matomo']);
    element(win).save({ statistics: true, ads: false });
    win = await open('tags-gtag.html', ['gtag', 'matomo']);
    // The update may come before or after js and config (the enforcing part loads while the page
    // parses); what matters is that the default comes first and the update after it.
    expect(win.__tags!.gtag[0]).to.equal('consent default');
    expect(win.__tags!.gtag.filter((command) => command != 'consent update').slice(0, 3)).to.deep.equal([
      'consent default',
      'js',
      'config G-TEST',
    ]);
    expect((Array.from(win.dataLayer[0]).at(-1) as Record<string, unknown>).wait_for_update).to.equal(500);
    await waitUntil(() => win.__tags!.gtag.includes('consent update'), 'the stored choice is applied');
    const layer = win.dataLayer as ArrayLike<unknown>[];
    const update = Array.from(layer.find((entry) => Array.from(entry)[1] == 'update')!).at(-1);
    expect(update).to.deep.equal({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    await waitUntil(() => win.__tags!.matomo.includes('setConsentGiven'), 'Matomo is told');
    expect(win.__tags!.matomo.indexOf('requireConsent')).to.be.below(win.__tags!.matomo.indexOf('trackPageView'));
  });
});
