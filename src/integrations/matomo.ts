/**
 * Matomo: for a category with `"matomo": true`, `requireConsent` at start and `setConsentGiven` /
 * `forgetConsentGiven` for each choice; with `"matomo": "cookies"`, the cookie-consent variants
 * (`requireCookieConsent`, `setCookieConsentGiven`, `forgetCookieConsentGiven`), which let Matomo
 * measure without cookies until then. Pushed to `window._paq`, created if the snippet comes later.
 */
declare global {
  interface Window {
    _paq?: unknown[][];
  }
}

export type MatomoMode = true | 'cookies';

const push = (command: string, mode: MatomoMode) =>
  (window._paq ??= []).push([command.replace('Consent', mode == 'cookies' ? 'CookieConsent' : 'Consent')]);

export function matomoRequire(mode: MatomoMode): void {
  push('requireConsent', mode);
}

export function matomoChoice(mode: MatomoMode, granted: boolean): void {
  push(granted ? 'setConsentGiven' : 'forgetConsentGiven', mode);
}
