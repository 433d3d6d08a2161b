/**
 * When what connecting starts runs: once the page is parsed (a deferred or module script, an element
 * added later), in a task after the one that connected the element, so that the task that ran the
 * script (in which the browser first lays the page out) stays short; the element's API called in
 * between starts it at once, and answers as it always did. While the page is being parsed, at once
 * (tag-order.test.ts: the tags' consent defaults).
 */
import { expect } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, charter } from './helpers.js';

/** A returning visitor's element (statistics granted), connected, with the `cookie-charter-change` events it fires counted. */
async function returningVisitor(): Promise<{ el: CookieCharter; heard: () => number }> {
  const first = await charter();
  first.save({ statistics: true, media: false });
  first.remove();
  const el = document.createElement('cookie-charter') as CookieCharter;
  el.innerHTML = `<script type="application/json">${JSON.stringify(CONFIG)}</script>`;
  let heard = 0;
  el.addEventListener('cookie-charter-change', () => heard++);
  document.body.append(el);
  return { el, heard: () => heard };
}

const nextTask = () => new Promise((task) => setTimeout(task));

describe('what connecting starts, once the page is parsed', () => {
  it('comes in the next task, before the first render', async () => {
    const { el, heard } = await returningVisitor();
    try {
      expect(heard(), 'the stored choice not read in the task that connected it').to.equal(0);
      await nextTask();
      expect(heard(), 'read in the next task').to.equal(1);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=banner]'), 'no banner for a visitor who chose').to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('starts at once when the element’s API is called first: has(), choices, save()', async () => {
    for (const call of [
      (el: CookieCharter) => expect(el.has('statistics')).to.equal(true),
      (el: CookieCharter) => expect(el.choices).to.deep.equal({ statistics: true, media: false }),
      (el: CookieCharter) => el.save({ media: true }),
    ]) {
      const { el, heard } = await returningVisitor();
      try {
        call(el);
        expect(heard(), 'the stored choice read at once').to.be.at.least(1);
        await nextTask();
        expect(el.choices?.statistics, 'nothing read twice or lost').to.equal(true);
      } finally {
        el.remove();
      }
    }
  });

  it('an element removed before the next task starts nothing', async () => {
    const { el, heard } = await returningVisitor();
    el.remove();
    await nextTask();
    expect(heard()).to.equal(0);
  });
});
