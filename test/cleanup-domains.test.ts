/** enforce/cleanup.ts's `domains` on its own: where a cookie of the page may have been set, per host. */
import { expect } from '@open-wc/testing';
import { domains } from '../src/enforce/cleanup.js';

/** [host, cookie-domain, the domains tried, in order (undefined: host-only)]. */
const CASES: [string, string | undefined, (string | undefined)[]][] = [
  ['localhost', undefined, [undefined]],
  ['example.fr', undefined, [undefined, 'example.fr', '.example.fr']],
  ['www.villedavray.fr', undefined, [undefined, 'www.villedavray.fr', '.www.villedavray.fr', 'villedavray.fr', '.villedavray.fr']],
  [
    'a.b.example.fr',
    '.example.fr',
    [undefined, 'a.b.example.fr', '.a.b.example.fr', 'b.example.fr', '.b.example.fr', 'example.fr', '.example.fr', '.example.fr'],
  ],
];

describe('the cookie domains a clean-up tries', () => {
  for (const [host, cookieDomain, expected] of CASES)
    it(`${host}${cookieDomain ? ` with cookie-domain ${cookieDomain}` : ''}`, () => {
      expect(domains(cookieDomain, host)).to.deep.equal(expected);
    });
  it('the page’s own host by default', () => {
    expect(domains()).to.deep.equal(domains(undefined, location.hostname));
  });
});
