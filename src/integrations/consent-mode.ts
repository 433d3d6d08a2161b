/**
 * Google Consent Mode v2: `consent update` for each choice (the default is pushed by
 * consent-defaults.ts), through `window.gtag` when the page defines it, else pushed to `dataLayer` as
 * the gtag snippet does (an `arguments` object, which is what gtag.js reads).
 */
type ConsentState = Record<string, 'granted' | 'denied'>;

declare global {
  interface Window {
    gtag?: (...args: unknown[]) => void;
    dataLayer?: unknown[];
  }
}

export function gtag(..._args: unknown[]): void {
  if (typeof window.gtag == 'function') window.gtag(...arguments);
  else (window.dataLayer ??= []).push(arguments);
}

/** The consent types of `map` (category → types), granted where `granted(category)`. */
function state(map: Record<string, string[]>, granted: (category: string) => boolean): ConsentState {
  const result: ConsentState = {};
  for (const [category, types] of Object.entries(map))
    for (const type of types) result[type] = result[type] == 'granted' || granted(category) ? 'granted' : 'denied';
  return result;
}

export function consentUpdate(map: Record<string, string[]>, granted: (category: string) => boolean): void {
  gtag('consent', 'update', state(map, granted));
}
