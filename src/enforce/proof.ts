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

export async function sendProof(url: string, { id, rev, date, choices }: StoredChoice, shown: unknown): Promise<boolean> {
  const body = { id, rev, date, choices, url: location.href, configHash: await configHash(shown) };
  return navigator.sendBeacon(url, JSON.stringify(body));
}
