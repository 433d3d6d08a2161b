/**
 * Google Consent Mode's `consent default` (every mapped type denied) and Matomo's `requireConsent`,
 * pushed by the main file, synchronously, when the first element connects. Their snippets' first
 * commands (`gtag('config', …)`, `_paq.push(['trackPageView'])`) must come after these: a page that
 * includes this script without `defer`, right after the element and before the snippets, gets them
 * pushed while the script runs (see the README's "Use it"). The updates for each choice come from the
 * enforcing part; when a stored choice is about to be applied, Google's tags are told to wait for it.
 */
import type { Config } from '../config.js';
import { gtag } from './consent-mode.js';
import { matomoRequire } from './matomo.js';

let pushed = false;

/** Once per page. `stored`: a choice exists, whose update follows. */
export function pushConsentDefaults({ consentMode, categories }: Config, stored: boolean): void {
  if (pushed) return;
  pushed = true;
  if (consentMode)
    gtag('consent', 'default', {
      ...Object.fromEntries(
        Object.values(consentMode)
          .flat()
          .map((type) => [type, 'denied']),
      ),
      ...(stored && { wait_for_update: 500 }),
    });
  for (const c of categories) if (c.matomo) matomoRequire(c.matomo);
}
