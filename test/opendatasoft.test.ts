/**
 * docs/opendatasoft.md's snippet, run as it is, on a page that already holds the platform's own
 * `cookies_preferences` cookie. Opendatasoft does not publish that cookie's format, so the values
 * here are simply not this element's: with the guide's `cookie-name`, the element must neither report
 * them nor overwrite them, and must store its own choice in its own cookie.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { addMarkup, consoleErrors, nothingMoreWithin, part, rawCookie, storedChoice } from './helpers.js';

/** The guide's first html block: the script tag (inert here: the element is already defined) and the element. */
async function guideSnippet(): Promise<string> {
  const guide = await (await fetch('/docs/opendatasoft.md')).text();
  const block = /runs this block as it is\. -->\s*```html\n([\s\S]*?)```/.exec(guide);
  expect(block, 'the guide’s snippet').to.not.equal(null);
  return block![1];
}

/** The platform's value, set by a page of the portal before the element came: a JSON object, or a word. */
const PLATFORM_VALUES = ['%7B%22tracking%22%3Atrue%7D', 'true'];

describe('docs/opendatasoft.md: the snippet on a page that has the platform’s cookies_preferences', () => {
  afterEach(() => {
    for (const name of ['cookies_preferences', 'cookie_charter']) document.cookie = `${name}=; path=/; max-age=0`;
  });

  for (const platformValue of PLATFORM_VALUES) {
    it(`leaves cookies_preferences=${platformValue} alone, reports nothing, stores its own choice in cookie_charter`, async () => {
      document.cookie = `cookies_preferences=${platformValue}; path=/`;
      const snippet = await guideSnippet();
      let el!: CookieCharter;
      const errors = await consoleErrors(async () => {
        el = addMarkup(snippet).querySelector('cookie-charter')!;
        await el.updateComplete;
      });
      expect(errors, 'nothing reported').to.deep.equal([]);
      expect(el.cookieName).to.equal('cookie_charter');
      expect(part(el, 'banner'), 'the element asks').to.not.equal(null);

      el.rejectAll();
      await waitUntil(() => rawCookie('cookie_charter'), 'its choice stored');
      expect(storedChoice('cookie_charter').choices).to.deep.equal({ statistics: false });
      // Time for the enforcing part's clean-up and removal of other copies of the choice's name.
      await nothingMoreWithin(300);
      expect(rawCookie('cookies_preferences'), 'the platform’s cookie, exactly as it was').to.equal(platformValue);
    });
  }

  it('the clash the guide avoids: with the default name, the platform’s value is reported and replaced', async () => {
    document.cookie = `cookies_preferences=${PLATFORM_VALUES[0]}; path=/`;
    const snippet = (await guideSnippet()).replace(' cookie-name="cookie_charter"', '');
    let el!: CookieCharter;
    const errors = await consoleErrors(async () => {
      el = addMarkup(snippet).querySelector('cookie-charter')!;
      await el.updateComplete;
    }, 1);
    expect(errors[0]).to.match(/^cookie-charter: the stored cookie cookies_preferences is not a valid choice/);
    el.rejectAll();
    expect(rawCookie('cookies_preferences')).to.not.equal(PLATFORM_VALUES[0]);
  });
});
