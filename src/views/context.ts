import type { CookieRow } from '../config.js';
import type { StoredChoice } from '../consent-store.js';
import type { BannerTexts } from '../i18n/fr.js';
import type { CharterTexts } from '../i18n/charter-fr.js';

export type Texts = BannerTexts & CharterTexts;

/** A category as the views show it: texts resolved in the page's language, with its cookies. */
export interface ShownCategory {
  id: string;
  label: string;
  description: string;
  necessary: boolean;
  exempt: boolean;
  cookies: CookieRow[];
  /** The state its switch shows. */
  on: boolean;
}

/** What the charter and the preferences render, and what their controls call. */
export interface ViewContext {
  t: Texts;
  lang: string;
  platform: string;
  /** The level of the charter's heading; its sections and tables take the next two. */
  headingLevel: number;
  categories: ShownCategory[];
  /** A fifth column when any cookie gives its duration. */
  withDuration: boolean;
  stored: StoredChoice | null;
  /** Global Privacy Control is honoured: no choice yet, counted as a refusal. */
  gpc: boolean;
  toggle(id: string, on: boolean): void;
  save(): void;
  acceptAll(): void;
  rejectAll(): void;
  close(): void;
}
