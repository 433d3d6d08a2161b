/**
 * Proof of consent (the CNIL asks that a site can prove each consent): every choice stored on this
 * page is also sent to `proof-url` with navigator.sendBeacon, as JSON
 * `{ id, rev, date, choices, url, configHash }`. `configHash` is the SHA-256 (hex) of the configuration
 * and the texts that were shown, so that the exact wording can be tied to the consent; it is null
 * where the page is not a secure context (no crypto.subtle). The body is sent as text/plain, which
 * sendBeacon may send to another origin without a preflight.
 */
import type { StoredChoice } from '../consent-store.js';

export async function configHash(shown: unknown): Promise<string | null> {
  if (!crypto.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(shown)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * `url` is the page's without its query and fragment, which can hold tokens (a password reset, a
 * session in a link) that have no place in a consent log; `fullUrl` (the `proof-full-url` attribute)
 * keeps them, for a portal that needs them.
 */
export async function sendProof(url: string, { id, rev, date, choices }: StoredChoice, shown: unknown, fullUrl = false): Promise<boolean> {
  const page = fullUrl ? location.href : location.origin + location.pathname;
  const body = { id, rev, date, choices, url: page, configHash: await configHash(shown) };
  return navigator.sendBeacon(url, JSON.stringify(body));
}
