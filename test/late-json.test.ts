/**
 * A JSON that comes after the element connects: added by script in the same task (as a framework
 * does), or much later. The element waits for it rather than reporting "none found", and reads it
 * again when it changes. (A synchronous script in <head>, where the parser connects the element
 * before its JSON: test/dist.test.ts, head-sync.html.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, consoleErrors, nothingMoreWithin, part } from './helpers.js';

const jsonScript = (json: unknown) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(json);
  return script;
};

describe('a JSON that comes after the element', () => {
  let el: CookieCharter;
  afterEach(() => el.remove());

  it('added in the same task: no error, the banner asks for its categories', async () => {
    el = document.createElement('cookie-charter');
    const errors = await consoleErrors(async () => {
      document.body.append(el);
      el.append(jsonScript(CONFIG));
      await waitUntil(() => el.shadowRoot && part(el, 'banner'), 'the banner');
      await nothingMoreWithin(200);
    });
    expect(errors).to.deep.equal([]);
    expect(part(el, 'description')!.textContent).to.include('Vidéos (YouTube)');
  });

  it('added much later, or changed: read then, and the element works', async () => {
    el = document.createElement('cookie-charter');
    await consoleErrors(async () => {
      document.body.append(el);
      await el.updateComplete;
    }, 1);
    expect(part(el, 'banner')).to.equal(null);
    const script = jsonScript({ categories: [CONFIG.categories[0]], cookies: CONFIG.cookies.slice(0, 2) });
    el.append(script);
    await waitUntil(() => part(el, 'banner'), 'the banner, once the JSON came');
    expect(part(el, 'description')!.textContent).to.include('Mesure d’audience (Matomo)');
    script.textContent = JSON.stringify(CONFIG);
    await waitUntil(() => part(el, 'description')!.textContent!.includes('Vidéos'), 'the changed JSON read');
    el.acceptAll();
    expect(el.choices).to.deep.equal({ statistics: true, media: true });
  });
});
