/**
 * What an element starts on the page when connected, it stops when disconnected: the tab channel
 * (the last element closes it), the reopen links' listener (the last element removes it), the
 * DOMContentLoaded wait, the JSON watcher, the page's padding. A page whose elements are all removed
 * has nothing of theirs left running.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { charter, consoleErrors, part, storedChoice } from './helpers.js';

/** The BroadcastChannels the page opened since `before`, with whether each was closed. */
const channels: { name: string; closed: boolean }[] = [];
/** The click listeners on `document`, added and not removed since `before`. */
const clickListeners = new Set<unknown>();

before(() => {
  const Original = window.BroadcastChannel;
  window.BroadcastChannel = class extends Original {
    private _record = { name: '', closed: false };
    constructor(name: string) {
      super(name);
      this._record.name = name;
      channels.push(this._record);
    }
    override close() {
      this._record.closed = true;
      super.close();
    }
  };
  const { addEventListener, removeEventListener } = document;
  document.addEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
    if (type == 'click') clickListeners.add(listener);
    return addEventListener.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof document.addEventListener;
  document.removeEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
    if (type == 'click') clickListeners.delete(listener);
    return removeEventListener.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof document.removeEventListener;
});

const open = () => channels.filter((c) => c.name == 'cookie-charter' && !c.closed);

describe('effects in start/stop pairs', () => {
  it('the tab channel is opened by the first element and closed when the last one is removed', async () => {
    const first = await charter();
    const second = await charter();
    expect(open().length, 'one channel while elements are connected').to.equal(1);
    first.remove();
    expect(open().length, 'still open for the element left').to.equal(1);
    second.remove();
    expect(open().length, 'closed with the last element').to.equal(0);
    const again = await charter();
    expect(open().length, 'opened again for a new element').to.equal(1);
    // It still works: a choice made now reaches a new element through the cookie and the channel.
    again.acceptAll();
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: true });
  });

  it('a choice stored by a removed element leaves no channel open behind it', async () => {
    const el = await charter();
    el.remove();
    el.acceptAll();
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: true });
    expect(open().length).to.equal(0);
  });

  it('the reopen links’ click listener goes with the last element, and comes back with a new one', async () => {
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.cookieCharter = 'open';
    document.body.append(link);
    try {
      const first = await charter();
      const second = await charter();
      expect(clickListeners.size, 'one listener for the page').to.equal(1);
      first.remove();
      link.click();
      await waitUntil(() => part(second, 'preferences'), 'the element left answers the link');
      second.remove();
      expect(clickListeners.size, 'none once no element is left').to.equal(0);
      const third = await charter();
      expect(clickListeners.size).to.equal(1);
      link.click();
      await waitUntil(() => part(third, 'preferences'), 'a new element answers the link');
    } finally {
      link.remove();
    }
  });

  it('a removed element no longer reads its JSON when it changes', async () => {
    const el: CookieCharter = await charter();
    el.remove();
    const errors = await consoleErrors(() => {
      el.querySelector('script')!.textContent = '{ not json';
    });
    expect(errors).to.deep.equal([]);
  });

  it('a removed element takes its padding of the page with it', async () => {
    const el = await charter();
    await waitUntil(() => document.documentElement.style.paddingBottom, 'the page padded, after the first frame');
    el.remove();
    expect(document.documentElement.style.paddingBottom).to.equal('');
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
  });

  it('an element removed before its banner was measured pads nothing afterwards', async () => {
    const el = await charter();
    el.remove();
    await new Promise((frame) => requestAnimationFrame(frame));
    await new Promise((task) => setTimeout(task, 50)); // nothing is to happen: the read it had scheduled is past
    expect(document.documentElement.style.paddingBottom).to.equal('');
  });
});
