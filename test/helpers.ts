/**
 * What the tests share: a sample configuration, creating elements from JSON text, reaching into the
 * shadow root by part, reading the real cookie back, and cleaning up after each test.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { CookieCharter } from '../src/cookie-charter.js';

/** Two optional categories and a necessary cookie, as a portal would write them. */
export const CONFIG = {
  categories: [
    { id: 'statistics', label: { fr: 'Mesure d’audience', en: 'Audience measurement' }, description: 'Matomo.' },
    { id: 'media', label: 'Vidéos', description: 'Vidéos intégrées.' },
  ],
  cookies: [
    { provider: 'Opendatasoft', service: 'Authentification', name: 'sessionid', purpose: 'Se souvenir de l’utilisateur.' },
    { provider: 'Matomo', service: 'Mesure d’audience', name: '_pk_id.*', purpose: 'Distinguer les visiteurs.', category: 'statistics' },
    { provider: 'YouTube', service: 'Vidéos', name: 'VISITOR_INFO1_LIVE', purpose: 'Lire les vidéos.', category: 'media' },
  ],
};

const created: Element[] = [];

/**
 * A `<cookie-charter>` with `json` as its inline configuration (a string is used as is, so that
 * invalid JSON can be given) and `attributes`, appended to `parent`, rendered.
 */
export async function charter(
  json: unknown = CONFIG,
  attributes: Record<string, string> = {},
  parent: Element = document.body,
): Promise<CookieCharter> {
  const el = document.createElement('cookie-charter');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof json == 'string' ? json : JSON.stringify(json);
  el.append(script);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  created.push(el);
  await el.updateComplete;
  return el;
}

/** Appends `markup` to the page in a `<div>`, removed after the test like the elements. */
export function addMarkup(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  created.push(holder);
  return holder;
}

/** The first element of the shadow root with that part, or null. */
export const part = (el: CookieCharter, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every element of the shadow root with that part. */
export const parts = (el: CookieCharter, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** Whether the shadow root has an element with that part (a boolean: a failing check on an element would not serialise). */
export const shows = (el: CookieCharter, name: string) => !!part(el, name);

/** Waits for the lazily loaded part to have rendered `name`. */
export async function partRendered(el: CookieCharter, name: string): Promise<HTMLElement> {
  await waitUntil(() => part(el, name), `part ${name} never rendered`);
  await el.updateComplete;
  return part(el, name)!;
}

/** The raw value of a cookie as the browser sends it, or undefined. */
export function rawCookie(name = 'cookies_preferences'): string | undefined {
  const found = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return found?.slice(name.length + 1);
}

/** The stored choice, read back from the real cookie and parsed as a server would. */
export function storedChoice(name = 'cookies_preferences') {
  const raw = rawCookie(name);
  return raw === undefined ? undefined : JSON.parse(decodeURIComponent(raw));
}

/** Sets the preferences cookie to `value`, URI-encoded as the element writes it. */
export function storeRaw(value: string, name = 'cookies_preferences'): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/`;
}

/** The cookies of the browser context, with their attributes (Path, SameSite, Expires…). */
export function browserCookies(): Promise<
  { name: string; path: string; sameSite: string; expires: number; domain: string; secure: boolean }[]
> {
  return executeServerCommand('browser-cookies');
}

/**
 * Captures console.error calls while `run` runs and after: until `expected` errors came (problems are
 * worded by the lazily loaded part, so they may come a little later), or 50 ms when none is expected.
 */
export async function consoleErrors(run: () => unknown, expected = 0): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
    if (expected) await waitUntil(() => errors.length >= expected, `${expected} console error(s) expected`, { timeout: 3000 });
    await nothingMoreWithin(50);
  } finally {
    console.error = original;
  }
  return errors;
}

/**
 * Waits `ms` for what must NOT happen (a script run, an error, a second reload): the tests' only fixed
 * delays. What must happen is awaited with `waitUntil` or `oneEvent`, which say what they wait for.
 */
export const nothingMoreWithin = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Removes every cookie the page can see, and every element the tests created. */
export function cleanUp(): void {
  for (const cookie of document.cookie.split('; ').filter(Boolean)) {
    const name = cookie.split('=')[0];
    document.cookie = `${name}=; path=/; max-age=0`;
  }
  created.splice(0).forEach((el) => el.remove());
  document.documentElement.style.scrollPaddingBottom = document.documentElement.style.paddingBottom = '';
}

afterEach(cleanUp);

/**
 * Opens a page of test/pages/ in a new 800×600 iframe of the test page; resolves with the frame and
 * its `<cookie-charter>` once that has rendered. The caller removes the frame.
 */
export async function openPage(page: string): Promise<{ frame: HTMLIFrameElement; el: CookieCharter }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${page}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('cookie-charter')?.shadowRoot, 'the element is defined', { timeout: 4000 });
  const el = doc.querySelector('cookie-charter')!;
  await el.updateComplete;
  return { frame, el };
}
