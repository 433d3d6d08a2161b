/**
 * parts.ts in the script-tag build (rollup.config.mjs swaps it in): each part is the file
 * dist/cookie-charter-<name>.js beside the script, fetched with import().
 *
 * Its URL is resolved against the script's own, read while the script is evaluated (by the time a part
 * is needed, document.currentScript is gone): a relative import() from a classic script of another
 * origin, a CDN, has no base URL ("base URL is about:blank") unless its tag has `crossorigin`. In a
 * module script, currentScript is null, and a relative import() resolves against the module's URL.
 */
import type { fetchPart as fetchModule } from './parts.js';

const base = (document.currentScript as HTMLScriptElement | null)?.src;

export const fetchPart: typeof fetchModule = (name) =>
  import(base ? new URL(`cookie-charter-${name}.js`, base).href : `./cookie-charter-${name}.js`);
