// One state of the scan: a fresh browser context visits the page (making the choice first, for
// "refused" and "accepted"), then the pages linked from it, recording what each leaves behind.
import { recorder } from './record.mjs';

/** The three states, and the element's method (or its button's name) that makes each choice. */
export const states = /** @type {const} */ ({
  none: null,
  refused: { method: 'rejectAll', label: 'Tout refuser', button: /^\s*tout refuser\s*$/i },
  accepted: { method: 'acceptAll', label: 'Tout accepter', button: /^\s*tout accepter\s*$/i },
});

// Links to files rather than pages: a download is no page view.
const download = /\.(pdf|zip|gz|csv|xlsx?|ods|odt|docx?|pptx?|json|xml|geojson|kml|shp|png|jpe?g|gif|svg|webp|mp[34]|webm)$/i;

/** A moment for what a page does after its load event (the element's parts, gated scripts). */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  // The element's state at start, then what it starts (its enforcing part, the gated scripts).
  const hasElement = await page
    .evaluate(() => {
      const element = document.querySelector('cookie-charter');
      return element && element.ready
        ? Promise.race([element.ready, new Promise((done) => setTimeout(done, 5000))]).then(() => true)
        : false;
    })
    .catch(() => false);
  if (hasElement) await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
}

/**
 * Open a page; a page that fails to load is said, and the scan goes on.
 * @returns {Promise<string | null>} the reason it failed, or null
 */
async function visit(page, url) {
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await settle(page);
    return response && !response.ok() ? `HTTP ${response.status()}` : null;
  } catch (error) {
    return String(error.message ?? error).split('\n')[0];
  }
}

/** The same-origin pages linked from the page, in document order, without the page itself. */
export async function linkedPages(page, startUrl, count) {
  const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => /** @type {HTMLAnchorElement} */ (link).href)).catch(() => []);
  const start = new URL(startUrl);
  start.hash = '';
  const found = [];
  for (const href of hrefs) {
    if (found.length >= count) break;
    let url;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    url.hash = '';
    if (url.origin !== start.origin || download.test(url.pathname) || url.href === start.href || found.includes(url.href)) continue;
    found.push(url.href);
  }
  return found;
}

/** What the page's `<cookie-charter>` declares: its JSON (or `config`) and its cookie-name. */
export function readDeclaration(page) {
  return page
    .evaluate(() => {
      for (const element of document.querySelectorAll('cookie-charter')) {
        const config = /** @type {any} */ (element).config;
        const json = element.querySelector(':scope > script[type="application/json"]');
        if (config || json) {
          return { config: config ?? null, text: json ? json.textContent : null, cookieName: element.getAttribute('cookie-name') };
        }
      }
      const element = document.querySelector('cookie-charter');
      return element ? { config: null, text: null, cookieName: element.getAttribute('cookie-name') } : null;
    })
    .catch(() => null);
}

/** Make the choice: the element's method, else a button of that name (another consent tool's). */
async function choose(page, choice) {
  const made = await page
    .evaluate(async (method) => {
      const element = /** @type {any} */ (document.querySelector('cookie-charter'));
      if (!element || typeof element[method] !== 'function') return false;
      await element.ready;
      element[method]();
      return true;
    }, choice.method)
    .catch(() => false);
  if (made) return true;
  const button = page.getByRole('button', { name: choice.button }).first();
  if (!(await button.isVisible().catch(() => false))) return false;
  await button.click({ timeout: 5000 }).catch(() => {});
  return true;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {keyof typeof states} state
 * @param {{ url: string, pages: number, linked?: string[], onPage?: (page: import('playwright-core').Page, url: string) => Promise<void> }} scan
 *   `linked`: the pages to visit after `url` (found by an earlier state), else up to `pages` found on it
 * @returns {Promise<{ record: import('./record.mjs').StateRecord, pages: string[], failures: string[], error?: string }>}
 */
export async function crawl(browser, state, { url, pages, linked, onPage }) {
  const context = await browser.newContext();
  try {
    const { record, recordOn, snapshot } = await recorder(context, new URL(url).hostname);
    const page = await context.newPage();
    const failures = [];
    const choice = states[state];
    if (choice) {
      const failed = await visit(page, url);
      if (failed) return { record, pages: [], failures, error: `${url}: ${failed}` };
      if (!(await choose(page, choice))) {
        return {
          record,
          pages: [],
          failures,
          error: `${url}: no <cookie-charter> element and no "${choice.label}" button to make the choice`,
        };
      }
      // From the choice on: what it starts, then the pages seen under it (the page again first).
      recordOn(url);
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
      await snapshot(page);
    }
    recordOn(url);
    const failed = await visit(page, url);
    if (failed) return { record, pages: [], failures, error: `${url}: ${failed}` };
    await onPage?.(page, url);
    await snapshot(page);
    const visited = [url, ...(linked ?? (await linkedPages(page, url, pages)))];
    for (const pageUrl of visited.slice(1)) {
      recordOn(pageUrl);
      const failed = await visit(page, pageUrl);
      if (failed) {
        failures.push(`${pageUrl}: ${failed}`);
        continue;
      }
      await onPage?.(page, pageUrl);
      await snapshot(page);
    }
    const failedPages = new Set(failures.map((failure) => failure.slice(0, failure.indexOf(': '))));
    return { record, pages: visited.filter((pageUrl) => !failedPages.has(pageUrl)), failures };
  } finally {
    await context.close();
  }
}
