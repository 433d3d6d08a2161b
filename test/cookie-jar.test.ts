/**
 * One visitor, one choice, whatever the cookie jar holds: several cookies of the choice's name
 * (a portal's shared one and its blog's own, a longer path, a percent-encoded name), and contexts
 * where cookies cannot be kept or read, or BroadcastChannel is missing. Each case runs test/pages/jar.html
 * (the built file) in a tab or a frame, driven by messages, and reads back what the pages see.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { browserCookies, charter, nothingMoreWithin } from './helpers.js';

/** What test/pages/jar.html reports. */
interface State {
  defined: boolean;
  choices: Record<string, boolean> | null;
  other: Record<string, boolean> | null;
  has: boolean | null;
  banner: boolean;
  status: string | null;
  cookies: string;
  ran: number;
  errors: string[];
}

const SAVED = 'Choix enregistré.';
const PAGE_ONLY = 'Choix appliqué à cette page seulement\u00a0: votre navigateur refuse les cookies.';
const PAGE = '/test/pages/jar.html';
/** The same page on sub-domains of a real-looking site (the test browser maps them to this server). */
const on = (host: string, query = '') => `http://${host}.cookie-charter.test:${location.port}${PAGE}${query}`;
const PORTAL = on('www', '?domain=.cookie-charter.test');
const BLOG = on('blog');

/** A stored value as the element writes it, `minutes` old. */
const value = (statistics: boolean, minutes: number) =>
  encodeURIComponent(
    JSON.stringify({
      v: 1,
      rev: 'statistics',
      date: new Date(Date.now() - minutes * 60_000).toISOString(),
      id: 'earlier',
      choices: { statistics },
    }),
  );

const closers: (() => void)[] = [];
let messages = 0;

afterEach(async () => {
  closers.splice(0).forEach((close) => close());
  await executeServerCommand('clear-cookies');
});

/** The next message from `source` that `match`es. */
function next(source: Window, match: (data: { id?: number; ready?: string; state: State }) => unknown): Promise<State> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source === source && match(event.data)) {
        removeEventListener('message', listen);
        resolve(event.data.state);
      }
    };
    addEventListener('message', listen);
  });
}

/** Opens test/pages/jar.html at `url` in a tab, a frame or a sandboxed frame; its first state, and a way to drive it. */
async function open(url: string, how: 'tab' | 'frame' | 'sandboxed frame' = 'tab') {
  let target: Window;
  if (how == 'tab') {
    const tab = window.open(url, '_blank')!;
    closers.push(() => tab.close());
    target = tab;
  } else {
    const frame = document.createElement('iframe');
    if (how == 'sandboxed frame') frame.sandbox.add('allow-scripts');
    frame.src = url;
    document.body.append(frame);
    closers.push(() => frame.remove());
    target = frame.contentWindow!;
  }
  const first = await next(target, (data) => data.ready);
  /** Sends `action` (accept, reject, or nothing: state) and returns the page's state after it. */
  const send = (action?: 'accept' | 'reject') => {
    const id = ++messages;
    const reply = next(target, (data) => data.id === id);
    target.postMessage({ do: action, id }, '*');
    return reply;
  };
  return { first, send };
}

/** The context's cookies of the choice's name, as `domain path value`. */
async function jar() {
  return (await browserCookies())
    .filter((c) => decodeURIComponent(c.name) == 'cookies_preferences')
    .map(
      (c) =>
        `${c.name} ${c.domain} ${c.path} ${JSON.parse(decodeURIComponent((c as unknown as { value: string }).value)).choices.statistics}`,
    )
    .sort();
}

describe('one visitor, one choice, whatever the cookie jar holds', () => {
  it('a refusal on the blog (host-only) after an acceptance on the portal (cookie-domain) is what the blog reads', async () => {
    await (await open(PORTAL)).send('accept');
    const blog = await open(BLOG);
    expect(blog.first.choices, 'the portal’s shared choice applies on the blog').to.deep.equal({ statistics: true });
    const after = await blog.send('reject');
    expect(after.status).to.equal(SAVED);
    expect([after.choices, after.other, after.has, after.banner]).to.deep.equal([
      { statistics: false },
      { statistics: false },
      false,
      false,
    ]);
    expect((await open(BLOG)).first.choices, 'the next page of the blog').to.deep.equal({ statistics: false });
    // The portal's shared cookie is the portal's: it stays, and the blog's newer choice wins over it there.
    expect((await open(PORTAL)).first.choices, 'the portal keeps its own').to.deep.equal({ statistics: true });
    expect(await jar()).to.deep.equal([
      'cookies_preferences .cookie-charter.test / true',
      'cookies_preferences blog.cookie-charter.test / false',
    ]);
  });

  it('a refusal on the portal (cookie-domain) after an acceptance on the blog (host-only) is what both read', async () => {
    await (await open(BLOG)).send('accept');
    const after = await (await open(PORTAL)).send('reject');
    expect([after.choices, after.status]).to.deep.equal([{ statistics: false }, SAVED]);
    const blog = await open(BLOG);
    expect([blog.first.choices, blog.first.has, blog.first.ran]).to.deep.equal([{ statistics: false }, false, 0]);
    expect((await open(PORTAL)).first.choices).to.deep.equal({ statistics: false });
  });

  it('a copy on a longer path, set by another page, is outranked at once, then removed', async () => {
    document.cookie = `cookies_preferences=${value(true, 2)}; path=/test/`;
    const page = await open(PAGE, 'frame');
    expect(page.first.choices, 'read where it applies').to.deep.equal({ statistics: true });
    const after = await page.send('reject');
    expect([after.choices, after.other, after.status]).to.deep.equal([{ statistics: false }, { statistics: false }, SAVED]);
    expect((await open(PAGE, 'frame')).first.choices, 'the next page under /test/').to.deep.equal({ statistics: false });
    await waitUntil(async () => (await jar()).length == 1, 'the copy on /test/ is removed');
    expect(await jar()).to.deep.equal(['cookies_preferences localhost / false']);
  });

  it('a copy under the percent-encoded name is outranked at once, then removed', async () => {
    document.cookie = `cookies%5Fpreferences=${value(true, 2)}; path=/`;
    const page = await open(PAGE, 'frame');
    expect(page.first.choices, 'js-cookie reads encoded names: so does the element').to.deep.equal({ statistics: true });
    const after = await page.send('reject');
    expect([after.choices, after.other, after.status]).to.deep.equal([{ statistics: false }, { statistics: false }, SAVED]);
    expect((await open(PAGE, 'frame')).first.choices).to.deep.equal({ statistics: false });
    await waitUntil(async () => (await jar()).length == 1, 'the encoded copy is removed');
    expect(await jar()).to.deep.equal(['cookies_preferences localhost / false']);
  });

  it('on a page at the root of the site too: the copies go, the one just written stays', async () => {
    expect(location.pathname, 'this test page').to.equal('/');
    document.cookie = `cookies%5Fpreferences=${value(true, 2)}; path=/`;
    const el = await charter({ categories: [{ id: 'statistics', label: 'Mesure d’audience' }] });
    expect(el.choices).to.deep.equal({ statistics: true });
    el.rejectAll();
    await waitUntil(async () => !(await jar()).some((c) => c.startsWith('cookies%5F')), 'the encoded copy is removed');
    await nothingMoreWithin(100);
    expect(await jar()).to.deep.equal(['cookies_preferences localhost / false']);
    expect(el.choices).to.deep.equal({ statistics: false });
  });

  it('reads the valid copy with the newest date, whatever the order the browser lists them in', async () => {
    // Listed first: the longer path. Then, at one path, the older cookie first.
    document.cookie = `cookies_preferences=${value(false, 5)}; path=/test/`;
    document.cookie = `cookies%5Fpreferences=${value(false, 4)}; path=/`;
    document.cookie = `cookies_preferences=${value(true, 3)}; path=/`;
    document.cookie = `cookies_preferences=${encodeURIComponent('{"v":1,"forged":true}')}; path=/test/pages/`;
    const { first } = await open(PAGE, 'frame');
    expect([first.choices, first.banner]).to.deep.equal([{ statistics: true }, false]);
    expect(first.errors).to.deep.equal([]);
  });
});

describe('contexts where cookies cannot be kept or read', () => {
  it('a document.cookie that drops writes: the choice applies for the page view, and the banner says it is not remembered', async () => {
    const page = await open(`${PAGE}?unwritable`, 'frame');
    expect(page.first.banner).to.equal(true);
    const after = await page.send('accept');
    expect(after.status).to.equal(PAGE_ONLY);
    expect([after.choices, after.other, after.has, after.banner]).to.deep.equal([{ statistics: true }, { statistics: true }, true, false]);
    expect(after.cookies).to.equal('');
    await waitUntil(async () => (await page.send()).ran == 1, 'the granted script runs on this page');
    expect((await open(`${PAGE}?unwritable`, 'frame')).first.banner, 'the next page asks again').to.equal(true);
  });

  it('a frame of another site, whose SameSite=Lax cookie the browser refuses: the same', async () => {
    const page = await open(on('www'), 'frame');
    const after = await page.send('reject');
    expect([after.status, after.choices, after.banner, after.errors]).to.deep.equal([PAGE_ONLY, { statistics: false }, false, []]);
    expect(await jar()).to.deep.equal([]);
  });

  it('a sandboxed frame (document.cookie throws): nothing thrown, and the banner works for the page view', async () => {
    const page = await open(PAGE, 'sandboxed frame');
    expect([page.first.defined, page.first.banner, page.first.cookies, page.first.errors]).to.deep.equal([true, true, 'SecurityError', []]);
    const after = await page.send('accept');
    expect([after.status, after.choices, after.has, after.banner]).to.deep.equal([PAGE_ONLY, { statistics: true }, true, false]);
    await nothingMoreWithin(300);
    expect((await page.send()).errors).to.deep.equal([]);
  });

  it('no BroadcastChannel: the element is still defined, stores the choice and says so', async () => {
    const page = await open(`${PAGE}?no-broadcast`, 'frame');
    expect([page.first.defined, page.first.banner, page.first.errors]).to.deep.equal([true, true, []]);
    const after = await page.send('reject');
    expect([after.status, after.choices, after.banner]).to.deep.equal([SAVED, { statistics: false }, false]);
    expect(await jar()).to.deep.equal(['cookies_preferences localhost / false']);
  });
});
