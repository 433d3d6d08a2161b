/**
 * Withdrawal: the cookies a category's table lists (exact names, and prefixes written `name*`) are
 * deleted, with js-cookie, on path `/`, on the host, on each of its parent domains and on the
 * `cookie-domain`, wherever they were set from. Never a necessary cookie, even if a pattern matches it.
 */
import Cookies from 'js-cookie';

/** The domains a cookie of this page may have been set on: the host and its parents, with and without the dot. */
function domains(cookieDomain?: string | null): (string | undefined)[] {
  const labels = location.hostname.split('.');
  const parents = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  return [undefined, ...parents.flatMap((d) => [d, `.${d}`]), ...(cookieDomain ? [cookieDomain] : [])];
}

const matches = (pattern: string, name: string) =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name == pattern;

/** Deletes the page's cookies that match `patterns` and no `keep` pattern. Returns their names. */
export function deleteCookies(patterns: string[], keep: string[], cookieDomain?: string | null): string[] {
  const names = Object.keys(Cookies.get()).filter(
    (name) => patterns.some((p) => matches(p, name)) && !keep.some((p) => matches(p, name)),
  );
  for (const name of names) for (const domain of domains(cookieDomain)) Cookies.remove(name, { path: '/', domain });
  return names;
}
