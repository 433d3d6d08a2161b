/**
 * The page's origin and scheme, read from `document.URL`: the first read of `location` makes the
 * browser build its Location interface, 3.7 kB of a first visit's memory that nothing else on the
 * banner's path needs.
 */

/**
 * The origin of an absolute URL with a host (scheme and host, without user name or password); none for
 * about:, data: and the like. For a URL as the browser serialises it (`document.URL`): scheme and host
 * lower-case, the path's `/` after the host, `@` and `/` percent-encoded in a user name or password.
 * String operations rather than a regular expression: compiling one in the element's constructor took
 * 3.5 ms of a slow phone's main thread (CPU profile, x4), in the task that runs the script.
 */
export function originOf(url: string): string | undefined {
  const [scheme, empty, authority] = url.split('/', 3);
  // "http:", "", "user:password@host:port"; one colon, at the scheme's end (not "blob:http:").
  return empty === '' && authority != null && scheme.endsWith(':') && !scheme.slice(0, -1).includes(':')
    ? `${scheme}//${authority.slice(authority.lastIndexOf('@') + 1)}`
    : undefined;
}

/** The page's origin; `location`'s where its URL has no host (about:blank and about:srcdoc frames take their parent's). */
export const pageOrigin = (): string => originOf(document.URL) || location.origin;

/** Whether the page came over HTTPS (where a cookie may be `Secure`). */
export const pageIsHttps = (): boolean => document.URL.startsWith('https:');
