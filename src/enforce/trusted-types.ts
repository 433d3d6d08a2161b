/**
 * The enforcing part's Trusted Types policy, `cookie-charter`. Under `require-trusted-types-for
 * 'script'` a gated script's text and URL, and a gated frame's srcdoc, can only be set through a
 * policy that the page's CSP allows (`trusted-types cookie-charter lit-html`).
 *
 * The policy passes its input through unchanged, on purpose: it is only ever given what the page's
 * own markup holds (a gated script's text or `data-src`, a gated frame's `data-srcdoc`), which the
 * page's author wrote and would have had run as it is without consent to ask. Nothing from the JSON,
 * the cookie or the visitor goes through it.
 */
import { report } from '../report.js';

/** What the policy makes; typed as strings, which is what the sinks accept without Trusted Types. */
interface PageCode {
  createScript(text: string): string;
  createScriptURL(url: string): string;
  createHTML(html: string): string;
}

interface TrustedTypes {
  createPolicy(name: string, rules: PageCode): PageCode;
}

let policy: PageCode | undefined;
/** The page's CSP does not allow the policy: what needs it cannot be set (reported once). */
let refused = false;

/** The policy, created the first time it is needed, where the browser has Trusted Types. */
export function pageCode(): PageCode {
  if (!policy) {
    const same = (code: string) => code;
    policy = { createScript: same, createScriptURL: same, createHTML: same };
    const trustedTypes = (window as { trustedTypes?: TrustedTypes }).trustedTypes;
    try {
      // The main file may have made it already, to load the parts as classic scripts (parts-beside.ts).
      const shared = (self as { cookieCharterParts?: { policy?: PageCode } }).cookieCharterParts?.policy;
      if (shared) policy = shared;
      else if (trustedTypes) policy = trustedTypes.createPolicy('cookie-charter', policy);
    } catch {
      refused = true;
      report([
        'Trusted Types: the page’s Content-Security-Policy does not allow the policy "cookie-charter" ' +
          '(add it to trusted-types): gated scripts and srcdoc frames cannot run or load where it requires Trusted Types',
      ]);
    }
  }
  return policy;
}

/**
 * Runs `assign`, which sets a Trusted Types sink. Returns false when Trusted Types refused it because
 * the policy could not be created (already reported); any other error is thrown.
 */
export function assigned(assign: () => void): boolean {
  try {
    assign();
    return true;
  } catch (error) {
    if (refused) return false;
    throw error;
  }
}
