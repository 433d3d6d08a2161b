/**
 * Enforcement is the page's, not one element's: with several elements, removing any of them (the one
 * that enforced last included) leaves the others enforcing the choice, for scripts and frames added
 * later too; with none left, nothing more runs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { charter, nothingMoreWithin } from './helpers.js';

type Runs = { __lateRuns?: number };
const runs = window as unknown as Runs;
const added: Element[] = [];

/** A gated script, added to the page as a tag manager would, after the elements. */
function addGated(): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.cookieCategory = 'statistics';
  script.text = 'window.__lateRuns = (window.__lateRuns || 0) + 1';
  document.body.append(script);
  added.push(script);
  return script;
}

afterEach(() => {
  added.splice(0).forEach((el) => el.remove());
  delete runs.__lateRuns;
});

describe('enforcement with several elements', () => {
  for (const removed of ['the banner', 'the charter'])
    it(`${removed} removed: the other keeps running what the choice grants`, async () => {
      const banner = await charter();
      const charterElement = await charter(undefined, { mode: 'charter' });
      banner.save({ statistics: true });
      addGated();
      await waitUntil(() => runs.__lateRuns == 1, 'the first script ran');
      (removed == 'the banner' ? banner : charterElement).remove();
      addGated();
      await waitUntil(() => runs.__lateRuns == 2, 'a script added after the removal ran too');
    });

  it('with no element left, nothing more runs', async () => {
    const banner = await charter();
    banner.save({ statistics: true });
    addGated();
    await waitUntil(() => runs.__lateRuns == 1, 'the first script ran');
    banner.remove();
    const script = addGated();
    await nothingMoreWithin(200);
    expect(runs.__lateRuns).to.equal(1);
    expect(script.type).to.equal('text/plain');
  });
});
