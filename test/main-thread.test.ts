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
    expect(el.shadowRoot, 'no shadow root (nor render) in the connecting task').to.equal(null);
    await el.updateComplete;
    expect(!!part(el, 'banner'), 'rendered in the next task').to.equal(true);
  });

  it('attaches the shadow root and its styles in that next task too, but at once for a charter (its content is on screen)', async () => {
    document.cookie = 'cookies_preferences=; path=/; max-age=0';
    const json = `<script type="application/json">${JSON.stringify(CONFIG)}</script>`;
    const holder = addMarkup(
      `<cookie-charter>${json}</cookie-charter><cookie-charter mode="charter">${json}<p>Charte</p></cookie-charter>`,
    );
    const [banner, charter] = holder.querySelectorAll<CookieCharter>('cookie-charter');
    expect(banner.shadowRoot, 'no shadow root in the connecting task').to.equal(null);
    expect(charter.shadowRoot, 'a charter: at once').to.not.equal(null);
    await banner.updateComplete;
    expect(banner.shadowRoot!.adoptedStyleSheets.length, 'its styles').to.equal(1);
    expect(getComputedStyle(part(banner, 'banner')!).position).to.equal('fixed');
  });

  it('a part already loaded before its shadow root is there: the root is made for its styles, and kept', async () => {
    document.cookie = 'cookies_preferences=; path=/; max-age=0';
    // A first element loads the lazily loaded part; a second one, with a problem to report, gets it
    // from the module cache within microtasks, before its shadow root's task.
    const first = addMarkup(`<cookie-charter><script type="application/json">${JSON.stringify(CONFIG)}</script></cookie-charter>`)
      .firstElementChild as CookieCharter;
    await first.show();
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const second = addMarkup(`<cookie-charter><script type="application/json">{"categories": 3}</script></cookie-charter>`)
        .firstElementChild as CookieCharter;
      await microtasksRun();
      await second.updateComplete;
      await second.updateComplete;
      expect(second.shadowRoot!.adoptedStyleSheets.length, "the element's styles and the part's").to.equal(2);
      expect(String(errors), 'the problem reported by the part').to.contain('cookie-charter: ');
    } finally {
      console.error = error;
    }
  });
});
