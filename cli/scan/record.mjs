// What one browser context shows: the cookies (with who set them, where the browser tells), the
// pages' storage keys, and the requests to other sites. A recorder is attached to a fresh context
// and read after each page.
import { sameSite } from './site.mjs';

const binding = '__cookieCharterScanSet';

// Runs in every frame before the page's scripts: reports each cookie written by script, with the
// stack, so that the writing script's URL can be named, and whether the browser kept it (it drops
// a third-party frame's cookie when it blocks them, a Secure one on http…: such a write sets
// nothing). `document.cookie` and `cookieStore.set` are the two ways a script writes one. The stack
// is taken in the hook itself: its first frame is the hook, the next one the writer.
const hookScript = `(() => {
  const report = (value, stack, kept) => { try { globalThis.${binding}?.(String(value), stack || '', kept); } catch {} };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!cookie || !cookie.set) return;
  const kept = (document, name) => { try { return cookie.get.call(document).split('; ').some((pair) => pair.split('=')[0] === name); } catch { return false; } };
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: cookie.enumerable,
    get: cookie.get,
    set(value) {
      const stack = new Error().stack;
      cookie.set.call(this, value);
      report(value, stack, kept(this, String(value).split(';')[0].split('=')[0].trim()));
    },
  });
  const store = globalThis.CookieStore && CookieStore.prototype.set;
  if (store) {
    CookieStore.prototype.set = function (nameOrOptions, ...rest) {
      const stack = new Error().stack;
      const options = typeof nameOrOptions === 'object' && nameOrOptions ? nameOrOptions : { name: nameOrOptions, value: rest[0] };
      const line = options.name + '=' + options.value + (options.expires != null ? '; expires=' + new Date(options.expires).toUTCString() : '');
      const set = store.call(this, nameOrOptions, ...rest);
      set.then(() => report(line, stack, kept(document, options.name)), () => {});
      return set;
    };
  }
})();`;

const frameUrl = (frame) => frame.match(/(https?:\/\/[^\s()]+?):\d+:\d+\)?$/)?.[1] ?? null;

/**
 * Who wrote a cookie, from the stack taken in the hook: the writer's script URL (an inline script
 * of the page has the page's URL), or, for a script inserted as text (a gated inline script, a tag
 * manager's), which has none, the script that inserted it.
 * @param {string} stack
 */
export function writerOfStack(stack) {
  const [writer, ...callers] = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(1);
  if (!writer) return null;
  const url = frameUrl(writer);
  if (url) return url;
  const inserter = callers.map(frameUrl).find(Boolean);
  return inserter ? `inline script inserted by ${inserter}` : 'inline script';
}

/**
 * What a `document.cookie` write or a Set-Cookie line sets, or null when it deletes a cookie.
 * @returns {{ name: string, domain: string | null, path: string | null, expires: string } | null}
 */
export function cookieWritten(line, now = Date.now()) {
  const [pair, ...attributes] = line.split(';');
  const name = pair.split('=')[0].trim();
  if (!name) return null;
  const written = { name, domain: null, path: null, expires: 'session' };
  for (const attribute of attributes) {
    const [key, value = ''] = attribute.split('=').map((part) => part.trim());
    if (/^max-age$/i.test(key)) {
      if (!(Number(value) > 0)) return null;
      written.expires = new Date(now + Number(value) * 1000).toISOString();
    } else if (/^expires$/i.test(key) && !attributes.some((other) => /^\s*max-age\s*=/i.test(other))) {
      if (!(Date.parse(value) > now)) return null;
      written.expires = new Date(Date.parse(value)).toISOString();
    } else if (/^domain$/i.test(key) && value) written.domain = '.' + value.replace(/^\./, '').toLowerCase();
    else if (/^path$/i.test(key) && value.startsWith('/')) written.path = value;
  }
  return written;
}

/** A request for the element's own files (cookie-charter*.js): the consent tool is not a tracker. */
const ownFile = (url) => /\/cookie-charter(-[\w-]+)?\.js$/.test(url.pathname);

/**
 * @typedef {{ name: string, domain: string, path: string, expires: string, setBy: string | null, page: string, removed: boolean }} CookieSeen
 *   `removed`: written while recording, then gone before the page was recorded (by the page itself,
 *   or by the element's clean-up): the browser had it, the page's trackers could read it
 * @typedef {{ name: string, area: 'localStorage' | 'sessionStorage', page: string }} KeySeen
 * @typedef {{ host: string, url: string, page: string }} RequestSeen
 * @typedef {{ cookies: CookieSeen[], storage: KeySeen[], requests: RequestSeen[] }} StateRecord
 */

/**
 * Attach the hooks to a fresh context (before any page).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} siteHost the scanned page's host: requests to its site are not "other sites"
 */
export async function recorder(context, siteHost) {
  /** @type {StateRecord} */
  const record = { cookies: [], storage: [], requests: [] };
  const state = { recording: false, page: '' };
  /** @type {Map<string, string>} cookie name → what last wrote it (a deletion is no writing) */
  const setters = new Map();
  /** @type {CookieSeen[]} what was written while recording, for the cookies gone before a snapshot */
  const writes = [];
  // A script's write is recorded when the browser kept it; a response's Set-Cookie only names its
  // setter (the browser may have refused it, and does not tell the driver): its cookie is recorded
  // by the snapshots.
  /** @param {boolean | null} kept whether the browser kept it; null: it does not tell */
  const noteWrite = (line, by, host, kept) => {
    const written = cookieWritten(line);
    if (!written || !by || kept === false) return;
    setters.set(written.name, by);
    if (!state.recording || !kept) return;
    const { name, domain, path, expires } = written;
    writes.push({ name, domain: domain ?? host, path: path ?? '/', expires, setBy: by, page: state.page, removed: true });
  };
  const hostOf = (url) => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  };
  await context.exposeBinding(binding, (source, line, stack, kept) =>
    noteWrite(line, writerOfStack(stack), hostOf(source.frame.url()), kept === true),
  );
  await context.addInitScript(hookScript);
  context.on('response', async (response) => {
    const lines = await response.headersArray().catch(() => []);
    for (const { name, value } of lines) {
      if (name.toLowerCase() === 'set-cookie')
        for (const line of value.split('\n')) noteWrite(line, response.url(), hostOf(response.url()), null);
    }
  });

  context.on('request', (request) => {
    if (!state.recording) return;
    let url;
    try {
      url = new URL(request.url());
    } catch {
      return;
    }
    if (!/^https?:$/.test(url.protocol) || sameSite(url.hostname, siteHost) || ownFile(url)) return;
    if (!record.requests.some((seen) => seen.host === url.hostname))
      record.requests.push({ host: url.hostname, url: url.href, page: state.page });
  });

  return {
    record,
    /** From now on, what the context shows is recorded, as seen on `page`. */
    recordOn(page) {
      state.recording = true;
      state.page = page;
    },
    /**
     * Add what is there now: the context's cookies and the page's storage keys.
     * @param {import('playwright-core').Page} page
     */
    async snapshot(page) {
      for (const cookie of await context.cookies()) {
        const seen = record.cookies.find((c) => c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path);
        if (seen) continue;
        record.cookies.push({
          name: cookie.name,
          domain: cookie.domain,
          path: cookie.path,
          expires: cookie.expires > 0 ? new Date(cookie.expires * 1000).toISOString() : 'session',
          setBy: setters.get(cookie.name) ?? null,
          page: state.page,
          removed: false,
        });
      }
      // Written, then removed before now: recorded all the same, once per name.
      for (const write of writes.splice(0)) {
        if (!record.cookies.some((c) => c.name === write.name)) record.cookies.push(write);
      }
      const keys = await page
        .evaluate(() => ({ localStorage: Object.keys(localStorage), sessionStorage: Object.keys(sessionStorage) }))
        .catch(() => ({ localStorage: [], sessionStorage: [] }));
      for (const area of /** @type {const} */ (['localStorage', 'sessionStorage'])) {
        for (const name of keys[area]) {
          if (!record.storage.some((k) => k.name === name && k.area === area)) record.storage.push({ name, area, page: state.page });
        }
      }
    },
  };
}
