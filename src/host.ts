/**
 * What the views and the fetched parts need from their element: these interfaces, never the
 * element's class, so that no module imports cookie-charter.ts back (scripts/check-cycles.mjs fails
 * the verify on an import cycle). `CookieCharter` implements all of them.
 */

/** What the banner's text and buttons use. Lit calls the listeners with the element as `this`. */
export interface BannerHost {
  policyUrl?: string;
  acceptAll(): void;
  rejectAll(): void;
  show(): unknown;
}

/** What the enforcing part reads of an element (enforce.ts): its settings, and the choice through `has`. */
export interface EnforcingHost extends HTMLElement {
  cookieName: string;
  cookieDomain?: string;
  ignoreGpc?: boolean;
  proofUrl?: string;
  proofFullUrl?: boolean;
  reloadOnWithdraw?: boolean;
  /** Whether a category may be used now. */
  has(categoryId: string): boolean;
  /** Stores a choice (a placeholder's "Autoriser"). */
  save(choices: Record<string, boolean>): void;
}

/** What the charter and the preferences read and call (charter-and-preferences.ts). */
export interface ViewHost extends EnforcingHost {
  mode: 'banner' | 'charter';
  platformUrl: string;
  headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  acceptAll(): void;
  rejectAll(): void;
  hide(): void;
  requestUpdate(): void;
}
