/**
 * Gated scripts: `<script type="text/plain" data-cookie-category="statistics" [data-src] [data-type]>`
 * becomes a real script, in its place, once its category is granted, and never before. Nothing else
 * makes a text/plain script run, and the real one no longer matches, so each runs exactly once.
 * Under Trusted Types the text and the URL go through the `cookie-charter` policy (trusted-types.ts).
 */
import { report } from '../report.js';
import { assigned, pageCode } from './trusted-types.js';

/** The attributes that only say how to gate; every other one (async, integrity, crossorigin…) is kept. */
const GATING = ['type', 'data-src', 'data-type'];

/** Scripts that could not be run: not tried again (each try would be one more CSP violation). */
const failed = new WeakSet<HTMLScriptElement>();

export function runGrantedScripts(granted: (category: string) => boolean | undefined, nonce: string): void {
  for (const gated of document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-cookie-category]')) {
    if (!granted(gated.dataset.cookieCategory!) || failed.has(gated)) continue;
    // One script that cannot run does not keep the others, nor the frames, from their turn.
    try {
      runScript(gated, nonce);
    } catch (error) {
      failed.add(gated);
      report([`script[data-cookie-category="${gated.dataset.cookieCategory}"]${gated.id ? `#${gated.id}` : ''}: not run: ${error}`]);
    }
  }
}

function runScript(gated: HTMLScriptElement, nonce: string): void {
  const script = document.createElement('script');
  for (const { name, value } of gated.attributes) if (!GATING.includes(name)) script.setAttribute(name, value);
  if (gated.dataset.type) script.type = gated.dataset.type;
  // The browser hides a nonce attribute once parsed: the property keeps it.
  script.nonce = gated.nonce || nonce;
  // A created script is async unless told otherwise: keep the order of those that were not.
  script.async = gated.hasAttribute('async');
  const { src } = gated.dataset;
  const code = pageCode();
  if (assigned(() => (src ? (script.src = code.createScriptURL(src)) : (script.text = code.createScript(gated.text)))))
    gated.replaceWith(script);
  else failed.add(gated);
}
