/**
 * The README's recommendation for each Matomo set-up ("Matomo: gate the script, set "matomo": true, or
 * both"), in real pages with the built file and the Matomo stand-in of test/tag-order.test.ts, which
 * records the commands in the order matomo.js would read them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { nothingMoreWithin } from './helpers.js';

type MatomoWindow = Window & { __tags?: Record<string, string[]> };

let frame: HTMLIFrameElement;

/** Opens `page` in the frame; with `matomo`, waits until the stand-in has loaded. */
async function open(page: string, matomo = true): Promise<MatomoWindow> {
  frame ??= document.body.appendChild(document.createElement('iframe'));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${page}?${Math.random()}`;
  await loaded;
  const win = frame.contentWindow as MatomoWindow;
  if (matomo) await waitUntil(() => win.__tags?.matomo, 'matomo.js (the stand-in) loaded');
  return win;
}

const element = (win: MatomoWindow) => win.document.querySelector('cookie-charter') as CookieCharter;
const banner = (win: MatomoWindow) => element(win).shadowRoot!.querySelector('[part~="banner"]');

describe('Matomo, as the README recommends', () => {
  afterEach(() => {
    frame.contentDocument!.cookie = 'cookies_preferences=; path=/; max-age=0';
  });
  after(() => frame.remove());

  it('with consent ("matomo": true, the snippet unchanged): held before a choice, released by consent, stopped by a refusal', async () => {
    let win = await open('matomo-consent.html');
    expect(win.__tags!.matomo).to.deep.equal([
      'requireConsent',
      'trackPageView',
      'enableLinkTracking',
      'setTrackerUrl /test/fixtures/tags/matomo.php',
      'setSiteId 1',
    ]);
    expect(banner(win), 'the banner asks').to.not.equal(null);

    element(win).acceptAll();
    await waitUntil(() => win.__tags!.matomo.includes('setConsentGiven'), 'the consent reaches Matomo');

    // A returning visitor: consent given again at once, after requireConsent and before anything else it could send.
    win = await open('matomo-consent.html');
    await waitUntil(() => win.__tags!.matomo.includes('setConsentGiven'), 'the stored consent reaches Matomo');
    expect(win.__tags!.matomo[0]).to.equal('requireConsent');

    element(win).rejectAll();
    await waitUntil(() => win.__tags!.matomo.includes('forgetConsentGiven'), 'the refusal reaches Matomo at once');
    expect(win.__tags!.matomo.at(-1)).to.equal('forgetConsentGiven');
  });

  it('exempt (an exempt category, the snippet gated by it): measured without a banner, never loaded once switched off', async () => {
    let win = await open('matomo-exempt.html');
    expect(win.__tags!.matomo).to.deep.equal([
      'trackPageView',
      'enableLinkTracking',
      'setTrackerUrl /test/fixtures/tags/matomo.php',
      'setSiteId 1',
    ]);
    expect(banner(win), 'no banner').to.equal(null);

    element(win).save({ audience: false });
    win = await open('matomo-exempt.html', false);
    await element(win).updateComplete;
    await nothingMoreWithin(500);
    expect(win.__tags, 'Matomo never loaded').to.equal(undefined);
    expect(win.document.querySelector<HTMLScriptElement>('script[data-cookie-category="audience"]')!.type).to.equal('text/plain');
  });
});
