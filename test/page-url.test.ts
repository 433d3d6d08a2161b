/**
 * The page's origin read from `document.URL` (src/page-url.ts) is the browser's own `location.origin`:
 * for this page, and for any URL a page may have (fast-check), but those without a host, for which
 * the element falls back to `location`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { originOf, pageIsHttps, pageOrigin } from '../src/page-url.js';

describe('the page origin, without Location', () => {
  it('is location.origin for this page, and the scheme location.protocol', () => {
    expect(pageOrigin()).to.equal(location.origin);
    expect(pageIsHttps()).to.equal(location.protocol == 'https:');
  });

  it('is the URL parser’s origin for any http(s) URL, user name and password included', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withPort: true } }),
        (url) => {
          // What the browser puts in document.URL: the parsed, normalised URL.
          const href = new URL(url).href;
          expect(originOf(href), href).to.equal(new URL(href).origin);
        },
      ),
    );
  });

  it('is none for a URL without a host: the element then asks location', () => {
    for (const url of ['about:blank', 'about:srcdoc', 'data:text/html,x', 'blob:null/1', 'blob:https://example.org/1'])
      expect(originOf(url), url).to.equal(undefined);
  });
});
