/**
 * The page's origin and scheme, read from `document.URL`: the first read of `location` makes the
 * browser build its Location interface, 3.7 kB of a first visit's memory that nothing else on the
 * banner's path needs.
 */

/** The origin of an absolute URL with a host (scheme and host, without user name or password); none for about:, data: and the like. */
export function originOf(url: string): string | undefined {
  const [, scheme, host] = /^([a-z][\w+.-]*:\/\/)(?:[^/?#@]*@)?([^/?#]*)/i.exec(url) ?? [];
  return scheme && scheme + host;
}

/** The page's origin; `location`'s where its URL has no host (about:blank and about:srcdoc frames take their parent's). */
export const pageOrigin = (): string => originOf(document.URL) || location.origin;

/** Whether the page came over HTTPS (where a cookie may be `Secure`). */
export const pageIsHttps = (): boolean => document.URL.startsWith('https:');
