/**
 * The main thread on a slow phone (issue 13): what is done while the element connects, and what waits
 * for a task of its own.
 */
import { expect } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, addMarkup, part } from './helpers.js';

/** Every microtask queued so far, and those they queue, run; no task does. */
async function microtasksRun(): Promise<void> {
  for (let i = 0; i < 20; i++) await null;
}

describe('the main thread', () => {
  it('renders the banner in a task after the one that connected the element, which read the stored choice', async () => {
    document.cookie = 'cookies_preferences=; path=/; max-age=0';
    const holder = addMarkup(`<cookie-charter><script type="application/json">${JSON.stringify(CONFIG)}</script></cookie-charter>`);
    const el = holder.querySelector('cookie-charter') as CookieCharter;
    expect(el.choices, 'the stored choice is read on connect').to.equal(null);
    await microtasksRun();
    expect(!!part(el, 'banner'), 'no render in the connecting task').to.equal(false);
    await el.updateComplete;
    expect(!!part(el, 'banner'), 'rendered in the next task').to.equal(true);
  });
});
