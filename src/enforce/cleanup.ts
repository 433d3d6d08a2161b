/**
 * Withdrawal: the cookies a category's table lists (exact names, and prefixes written `name*`) are
 * deleted, with js-cookie, on path `/`, on the host, on each of its parent domains and on the
 * `cookie-domain`, wherever they were set from. Never a necessary cookie, even if a pattern matches
 * it, and never the stored choice: a refusal that deleted it would ask again on the next page, and
 * remove the very record of the refusal. A row named `*` (every cookie, the portal's own session
 * included) is left out.
 */
import Cookies from 'js-cookie';
import type { CookieRow } from '../config.js';
import { report } from '../report.js';

/**
 * The domains a cookie of this page may have been set on: the host only (undefined), then the host and
 * its parents with and without the dot, then the `cookie-domain`.
 */
export function domains(cookieDomain?: string | null, hostname = location.hostname): (string | undefined)[] {
  const labels = hostname.split('.');
  const parents = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  return [undefined, ...parents.flatMap((d) => [d, `.${d}`]), ...(cookieDomain ? [cookieDomain] : [])];
}

const matches = (pattern: string, name: string) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name == pattern);

/** Rows already reported, by name and cookie name: each once per page. */
const reported = new Set<string>();

/**
 * Reports, once each, a row of an optional category that would match every cookie (`*`) or the
 * stored choice's cookie: the clean-up leaves the first out and never deletes the second.
 */
export function checkCleanUp(optionalRows: CookieRow[], choiceCookie: string): void {
  for (const { name, category } of optionalRows) {
    const problem =
      name == '*'
        ? 'would match every cookie: left out of the clean-up'
        : matches(name, choiceCookie)
          ? `matches the cookie of the stored choice, ${choiceCookie}, which is never deleted`
          : '';
    if (problem && !reported.has(`${name} ${choiceCookie}`)) {
      reported.add(`${name} ${choiceCookie}`);
      report([`cookies: the name ${JSON.stringify(name)} (category ${category}) ${problem}`]);
    }
  }
}

/**
 * Deletes the page's cookies that match a pattern of `refused` (but `*`), and neither a pattern of
 * `keep` nor `choiceCookie` (the stored choice's name). Returns their names.
 */
export function deleteCookies(refused: string[], keep: string[], choiceCookie: string, cookieDomain?: string | null): string[] {
  const patterns = refused.filter((p) => p != '*');
  const kept = [choiceCookie, ...keep];
  const names = Object.keys(Cookies.get()).filter((name) => patterns.some((p) => matches(p, name)) && !kept.some((p) => matches(p, name)));
  for (const name of names) for (const domain of domains(cookieDomain)) Cookies.remove(name, { path: '/', domain });
  return names;
}
