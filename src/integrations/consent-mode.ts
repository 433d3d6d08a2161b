/**
 * Google Consent Mode v2: `consent default` with every mapped type denied before any gated script
 * runs, then `consent update` for each choice, through `window.gtag` when the page defines it, else
 * pushed to `dataLayer` as the gtag snippet does (an `arguments` object, which is what gtag.js reads).
 */
type ConsentState = Record<string, 'granted' | 'denied'>;

declare global {
  interface Window {
    gtag?: (...args: unknown[]) => void;
    dataLayer?: unknown[];
  }
}

function gtag(..._args: unknown[]): void {
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

export function consentDefault(map: Record<string, string[]>): void {
  gtag('consent', 'default', state(map, () => false));
}

export function consentUpdate(map: Record<string, string[]>, granted: (category: string) => boolean): void {
  gtag('consent', 'update', state(map, granted));
}
