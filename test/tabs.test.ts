/**
 * Two tabs of one browser context (this test page and a page it opens, running the built file): a
 * choice made in one reaches the other at once, without a reload.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { charter, part } from './helpers.js';

describe('other tabs', () => {
  let tab: Window | null = null;
  afterEach(() => tab?.close());

  it('a choice in one tab hides the other’s banner and runs its newly granted scripts', async () => {
    tab = window.open('/test/pages/tab.html', '_blank');
    expect(tab, 'the second tab opened').to.not.equal(null);
    await waitUntil(
      () => tab!.document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~=banner]'),
      'the other tab shows its banner',
      { timeout: 5000 },
    );
    const other = tab!.document.querySelector('cookie-charter') as CookieCharter;
    expect((tab as unknown as { __tabRuns?: number }).__tabRuns).to.equal(undefined);

    const here = await charter({
      categories: [{ id: 'statistics', label: 'Mesure d’audience' }],
      cookies: [{ provider: 'Matomo', service: 'Statistiques', name: '_pk_id.*', purpose: 'Visiteurs.', category: 'statistics' }],
    });
    part(here, 'accept')!.click();

    await waitUntil(() => !other.shadowRoot!.querySelector('[part~=banner]'), 'the other tab’s banner is gone');
    expect(other.choices).to.deep.equal({ statistics: true });
    await waitUntil(() => (tab as unknown as { __tabRuns?: number }).__tabRuns == 1, 'the other tab’s gated script ran');
  });

  it('a withdrawal in one tab reaches the other', async () => {
    const here = await charter({ categories: [{ id: 'statistics', label: 'Mesure d’audience' }] });
    here.acceptAll();
    tab = window.open('/test/pages/tab.html', '_blank');
    await waitUntil(() => (tab as unknown as { __tabRuns?: number })?.__tabRuns == 1, 'the other tab ran its script', { timeout: 5000 });
    const other = tab!.document.querySelector('cookie-charter') as CookieCharter;
    here.rejectAll();
    await waitUntil(() => other.has('statistics') === false, 'the other tab knows');
  });
});
