/** The ES module entry, for sites that bundle it themselves: the class, without defining the tag. */
export { CookieCharter } from './cookie-charter.js';
export type { CookieCharterChangeDetail } from './cookie-charter.js';
export type { Config, CookieCharterConfig, Category, CookieRow, Localized } from './config.js';
export type { StoredChoice } from './consent-store.js';
