/**
 * `ready`: the state at start, for code that listens once the element is connected (a script that
 * imports the element and then listens, a framework's mount), which has missed the
 * `cookie-charter-change` fired at connect. (React and Vue through the packed package: scripts/pack-check.mjs.)
 */
import { expect } from '@open-wc/testing';
import type { CookieCharterChangeDetail } from '../src/cookie-charter.js';
import { charter, storedChoice } from './helpers.js';

/** The stored choice as the event's detail gives it. */
const detailStored = () => {
  const { v, ...detail } = storedChoice();
  expect(v).to.equal(1);
  return detail;
};

describe('ready', () => {
  it('gives the stored choice that the start event, fired before anyone listened, carried', async () => {
    const first = await charter();
    first.save({ statistics: true, media: false });
    first.remove();
    const el = await charter();
    const heard: CustomEvent<CookieCharterChangeDetail>[] = [];
    el.addEventListener('cookie-charter-change', (e) => heard.push(e));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard, 'the start event came before the listener').to.have.length(0);
    expect(await el.ready).to.deep.equal(detailStored());
    expect((await el.ready)!.choices).to.deep.equal({ statistics: true, media: false });
  });

  it('is null without a valid stored choice; later choices come as events', async () => {
    const el = await charter();
    expect(await el.ready).to.equal(null);
    const heard: CustomEvent<CookieCharterChangeDetail>[] = [];
    el.addEventListener('cookie-charter-change', (e) => heard.push(e));
    el.acceptAll();
    expect(heard).to.have.length(1);
    expect(heard[0].detail).to.deep.equal(detailStored());
    expect(await el.ready, 'the state at start, not the latest').to.equal(null);
  });

  it('is a copy: changing it changes nothing', async () => {
    (await charter()).rejectAll();
    const el = await charter();
    (await el.ready)!.choices.statistics = true;
    expect(el.has('statistics')).to.equal(false);
    expect((await el.ready)!.choices.statistics).to.equal(true);
  });

  it('waits for the element to connect', async () => {
    (await charter()).acceptAll();
    const el = document.createElement('cookie-charter');
    let settled = false;
    el.ready.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).to.equal(false);
    el.config = {
      categories: [
        { id: 'statistics', label: 'Statistiques' },
        { id: 'media', label: 'Vidéos' },
      ],
    };
    document.body.append(el);
    try {
      expect((await el.ready)!.choices).to.deep.equal({ statistics: true, media: true });
    } finally {
      el.remove();
    }
  });
});
