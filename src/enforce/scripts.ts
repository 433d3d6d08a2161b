/**
 * Gated scripts: `<script type="text/plain" data-cookie-category="statistics" [data-src] [data-type]>`
 * becomes a real script, in its place, once its category is granted, and never before. Nothing else
 * makes a text/plain script run, and the real one no longer matches, so each runs exactly once.
 */

/** The attributes that only say how to gate; every other one (async, integrity, crossorigin…) is kept. */
const GATING = ['type', 'data-src', 'data-type'];

export function runGrantedScripts(granted: (category: string) => boolean | undefined, nonce: string): void {
  for (const gated of document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-cookie-category]')) {
    if (!granted(gated.dataset.cookieCategory!)) continue;
    const script = document.createElement('script');
    for (const { name, value } of gated.attributes) if (!GATING.includes(name)) script.setAttribute(name, value);
    if (gated.dataset.type) script.type = gated.dataset.type;
    // The browser hides a nonce attribute once parsed: the property keeps it.
    script.nonce = gated.nonce || nonce;
    // A created script is async unless told otherwise: keep the order of those that were not.
    script.async = gated.hasAttribute('async');
    if (gated.dataset.src) script.src = gated.dataset.src;
    else script.text = gated.text;
    gated.replaceWith(script);
  }
}
