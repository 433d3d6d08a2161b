/**
 * One visitor, one choice, whatever the cookie jar holds: several cookies of the choice's name
 * (a portal's shared one and its blog's own, a longer path, a percent-encoded name), and contexts
 * where cookies cannot be kept or read, or BroadcastChannel is missing. Each case runs test/pages/jar.html
 * (the built file) in a tab or a frame, driven by messages, and reads back what the pages see.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { browserCookies } from './helpers.js';

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
const PAGE = '/test/pages/jar.html';
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
    .map((c) => `${c.name} ${c.domain} ${c.path} ${JSON.parse(decodeURIComponent((c as unknown as { value: string }).value)).choices.statistics}`)
    .sort();
}

describe('contexts where cookies cannot be kept or read', () => {
  it('no BroadcastChannel: the element is still defined, stores the choice and says so', async () => {
    const page = await open(`${PAGE}?no-broadcast`, 'frame');
    expect([page.first.defined, page.first.banner, page.first.errors]).to.deep.equal([true, true, []]);
    const after = await page.send('reject');
    expect([after.status, after.choices, after.banner]).to.deep.equal([SAVED, { statistics: false }, false]);
    expect(await jar()).to.deep.equal(['cookies_preferences localhost / false']);
  });
});
