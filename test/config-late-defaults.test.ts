/**
 * A configuration given right after the element connects (React sets `config` from a ref or a layout
 * effect, in the commit that connected it) still gets Consent Mode's default and Matomo's
 * requireConsent pushed: they are pushed once per page, at the first read that has a configuration.
 * (Once per page: this file's one test is the page's start.)
 */
import { expect } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, consoleErrors } from './helpers.js';

type Page = { dataLayer?: unknown[]; _paq?: unknown[][] };
const win = window as unknown as Page;

describe('a config given right after the element connects', () => {
  it('gets the consent defaults pushed, with no error', async () => {
    win.dataLayer = [];
    win._paq = [];
    const el = document.createElement('cookie-charter') as CookieCharter;
    const errors = await consoleErrors(async () => {
      document.body.append(el);
      el.config = {
        ...CONFIG,
        categories: [{ ...CONFIG.categories[0], matomo: true }, CONFIG.categories[1]],
        consentMode: { statistics: ['analytics_storage'] },
      };
      expect(await el.ready).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    el.remove();
    expect(errors).to.deep.equal([]);
    expect(win.dataLayer!.map((entry) => Array.from(entry as ArrayLike<unknown>))).to.deep.equal([
      ['consent', 'default', { analytics_storage: 'denied' }],
    ]);
    expect(win._paq).to.deep.equal([['requireConsent']]);
  });
});
