/**
 * Google Consent Mode v2 and Matomo: the exact entries pushed, in order, at start and after each
 * choice. Their "at start" happens once per page, so this file's first test is the page's start.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { charter, CONFIG, nothingMoreWithin, part } from './helpers.js';

const INTEGRATED = {
  ...CONFIG,
  categories: [
    { ...CONFIG.categories[0], matomo: true },
    { ...CONFIG.categories[1], matomo: 'cookies' },
    { id: 'ads', label: 'Publicité' },
  ],
  consentMode: {
    statistics: ['analytics_storage'],
    ads: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  },
};

type Page = { dataLayer?: unknown[]; _paq?: unknown[][]; gtag?: (...args: unknown[]) => void };
const win = window as unknown as Page;

/** dataLayer entries as arrays (gtag pushes `arguments` objects). */
const entries = () => (win.dataLayer || []).map((entry) => Array.from(entry as ArrayLike<unknown>));

const DENIED = { analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' };

describe('Google Consent Mode v2 and Matomo', () => {
  before(() => {
    win.dataLayer = [];
    win._paq = [['trackPageView']];
  });

  it('at start: consent default, all denied; Matomo requireConsent / requireCookieConsent; then each choice', async () => {
    let script!: HTMLScriptElement;
    {
      script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.cookieCategory = 'statistics';
      // Records what had been pushed when it ran: the defaults must come first.
      script.text = 'window.__seen = { dataLayer: window.dataLayer.length, paq: window._paq.length }';
      document.body.append(script);
    }
    const el = await charter(INTEGRATED);
    await waitUntil(() => entries().length == 1, 'consent default pushed');
    expect(entries()).to.deep.equal([['consent', 'default', DENIED]]);
    expect(win._paq).to.deep.equal([['trackPageView'], ['requireConsent'], ['requireCookieConsent']]);
    expect(win.dataLayer![0] instanceof Array, 'an arguments object, as gtag pushes').to.equal(false);

    part(el, 'customize')!.click();
    el.save({ statistics: true, media: false, ads: false });
    await waitUntil(() => entries().length == 2, 'consent update pushed');
    expect(entries()[1]).to.deep.equal(['consent', 'update', { ...DENIED, analytics_storage: 'granted' }]);
    expect(win._paq!.slice(3)).to.deep.equal([['setConsentGiven'], ['forgetCookieConsentGiven']]);
    await waitUntil(() => (window as unknown as { __seen?: object }).__seen, 'the gated script ran');
    expect((window as unknown as { __seen: object }).__seen, 'after the defaults').to.deep.equal({ dataLayer: 2, paq: 5 });
    script.remove();

    el.acceptAll();
    await waitUntil(() => entries().length == 3);
    expect(entries()[2]).to.deep.equal([
      'consent',
      'update',
      { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
    ]);
    expect(win._paq!.slice(5)).to.deep.equal([['setConsentGiven'], ['setCookieConsentGiven']]);

    el.rejectAll();
    await waitUntil(() => entries().length == 4);
    expect(entries()[3]).to.deep.equal(['consent', 'update', DENIED]);
    expect(win._paq!.slice(7)).to.deep.equal([['forgetConsentGiven'], ['forgetCookieConsentGiven']]);
  });

  it('one update per choice, however many elements share it', async () => {
    const one = await charter(INTEGRATED);
    await charter(INTEGRATED, { mode: 'charter' });
    const before = entries().length;
    one.save({ ads: true });
    await waitUntil(() => entries().length > before);
    await nothingMoreWithin(200);
    expect(entries().length).to.equal(before + 1);
    expect(entries().at(-1)).to.deep.equal([
      'consent',
      'update',
      { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
    ]);
  });

  it('calls window.gtag when the page defines it', async () => {
    const calls: unknown[][] = [];
    win.gtag = (...args: unknown[]) => calls.push(args);
    try {
      const el = await charter(INTEGRATED);
      el.save({ statistics: true });
      await waitUntil(() => calls.length > 0, 'gtag called');
      expect(calls.at(-1)![0]).to.equal('consent');
      expect(calls.at(-1)![1]).to.equal('update');
      expect((calls.at(-1)![2] as Record<string, string>).analytics_storage).to.equal('granted');
    } finally {
      delete win.gtag;
    }
  });

  it('reports a consentMode that names no category', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      await charter({ ...INTEGRATED, consentMode: { marketing: ['ad_storage'] } });
      await waitUntil(() => errors.length > 0, 'an error');
    } finally {
      console.error = original;
    }
    expect(errors[0]).to.equal(
      'cookie-charter: consentMode: expected {"category": ["consent type", …]} naming categories, got {"marketing":["ad_storage"]}',
    );
  });
});
