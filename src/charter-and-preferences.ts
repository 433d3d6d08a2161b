/**
 * The lazily loaded part: what only the charter and the preferences need (their views, styles and
 * texts). A first visit that only shows the banner never downloads it.
 */
import { html, nothing } from 'lit-html';
import type { Config, Problem } from './config.js';
import { explainProblems } from './config-problems.js';
import type { StoredChoice } from './consent-store.js';
import type { ViewHost } from './host.js';
import type { BannerTexts } from './i18n/fr.js';
import { charterEn } from './i18n/charter-en.js';
import { charterFr, type CharterTexts } from './i18n/charter-fr.js';
import { report } from './report.js';
import { charterView } from './views/charter.js';
import type { Texts, ViewContext } from './views/context.js';
import { lazyStyles } from './views/lazy.styles.js';
import { preferencesView } from './views/preferences.js';
import { shownCategories, unknownTextKeys } from './views/shown-categories.js';

/** The charter's and the preferences' styles, adopted by each element's shadow root. */
export const sheet = new CSSStyleSheet();
sheet.replaceSync(lazyStyles);

/** What the element hands over to render its charter and preferences. */
export interface LazyState {
  host: ViewHost;
  lang: string;
  /** The banner's texts with the portal's own texts over them (any key, charter ones included). */
  texts: BannerTexts & Record<string, string>;
  config: Config;
  stored: StoredChoice | null;
  /** The preferences dialog is open. */
  open: boolean;
}

const TEXTS: Record<string, CharterTexts> = { fr: charterFr, en: charterEn };

/** Switch states not saved yet, per element; dropped when a choice is stored or the dialog closes. */
const drafts = new WeakMap<ViewHost, { basis?: string; values: Record<string, boolean> }>();
/** What had focus when the preferences opened, per element: it gets focus back when they close. */
const openers = new WeakMap<ViewHost, HTMLElement>();
const checkedConfigs = new WeakSet<Config>();

/** Elements whose wrong `heading-level` was reported. */
const wrongLevels = new WeakSet<ViewHost>();

/** The charter's heading level: 1 to 4, else 2 (a wrong one reported once per element). */
function headingLevel(host: ViewHost): number {
  const level = host.headingLevel;
  if ([1, 2, 3, 4].includes(level)) return level;
  if (!wrongLevels.has(host)) report([`the heading-level attribute is not valid (1 to 4); using 2`]);
  wrongLevels.add(host);
  return 2;
}

/** The charter (mode `charter`) and the preferences dialog (while open) of one element. */
export function views({ host, lang, texts, config, stored, open }: LazyState) {
  if (open && !openers.has(host)) {
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    openers.set(host, focused as HTMLElement);
  }
  let draft = drafts.get(host);
  if (!draft || draft.basis != stored?.date) drafts.set(host, (draft = { basis: stored?.date, values: {} }));
  const { values } = draft;
  const t = { ...charterEn, ...TEXTS[lang], ...texts } as Texts;
  const context: ViewContext = {
    t,
    lang,
    platform: host.platformUrl,
    headingLevel: headingLevel(host),
    categories: shownCategories(config, lang, t, (id) => values[id] ?? host.has(id)),
    withDuration: config.cookies.some((row) => row.duration),
    stored,
    gpc: navigator.globalPrivacyControl === true && !host.ignoreGpc,
    toggle: (id, on) => {
      values[id] = on;
      host.requestUpdate();
    },
    // Every switch as shown is a decision, the ones left untouched included (undecided ones show off).
    save: () => host.save(Object.fromEntries(config.categories.slice(1).map((c) => [c.id, values[c.id] ?? host.has(c.id)]))),
    acceptAll: () => host.acceptAll(),
    rejectAll: () => host.rejectAll(),
    close: () => {
      drafts.delete(host);
      host.hide();
    },
  };
  return html`${host.mode == 'charter' ? charterView(context) : nothing}${open ? preferencesView(context) : nothing}`;
}

/**
 * After each render: report the problems noted since the last one; open a new dialog as modal; give
 * focus back once it is gone.
 */
export function settle(host: ViewHost, config: Config, problems: Problem[]): void {
  checkConfig(config, problems.splice(0));
  const dialog = host.renderRoot.querySelector('dialog');
  if (dialog && !dialog.open) dialog.showModal();
  if (!dialog && openers.has(host)) {
    const opener = openers.get(host)!;
    openers.delete(host);
    // Saving from the banner's Personnaliser takes the banner, and the button, away: the element then
    // gives focus where it does after the banner's other buttons. The page never scrolls for it.
    if (opener.isConnected) opener.focus?.({ preventScroll: true });
  }
}

/**
 * Reports problems in one console error: those noted by the element (config.ts, attributes, API
 * calls) and, the first time a configuration is seen, its text keys that no view uses (typos, only
 * checkable here, where the whole set of keys is known).
 */
function checkConfig(config: Config, problems: Problem[]): void {
  if (!checkedConfigs.has(config)) {
    checkedConfigs.add(config);
    problems.push(...unknownTextKeys(config));
  }
  report(explainProblems(problems));
}
