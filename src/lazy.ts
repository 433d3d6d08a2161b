/**
 * The lazily loaded part: what only the charter and the preferences need (their views, styles and
 * texts). A first visit that only shows the banner never downloads it. No Lit call at the top level
 * of this part's modules (see lit-link.ts).
 */
import { html, nothing } from 'lit';
import { NECESSARY, localize, type Config } from './config.js';
import type { CookieCharter } from './cookie-charter.js';
import type { StoredChoice } from './consent-store.js';
import { bannerEn } from './i18n/en.js';
import type { BannerTexts } from './i18n/fr.js';
import { charterEn } from './i18n/charter-en.js';
import { charterFr, type CharterTexts } from './i18n/charter-fr.js';
import { report } from './report.js';
import { charterView } from './views/charter.js';
import type { Texts, ViewContext } from './views/context.js';
import { lazyStyles } from './views/lazy.styles.js';
import { preferencesView } from './views/preferences.js';

export { useLit } from './lit-link.js';
export const styles = lazyStyles;

/** What the element hands over to render its charter and preferences. */
export interface LazyState {
  host: CookieCharter;
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
const drafts = new WeakMap<CookieCharter, { basis?: string; values: Record<string, boolean> }>();
const checkedConfigs = new WeakSet<Config>();

/** The charter (mode `charter`) and the preferences dialog (while open) of one element. */
export function views({ host, lang, texts, config, stored, open }: LazyState) {
  if (!checkedConfigs.has(config)) {
    checkedConfigs.add(config);
    reportUnknownTexts(config);
  }
  let draft = drafts.get(host);
  if (!draft || draft.basis != stored?.date) drafts.set(host, (draft = { basis: stored?.date, values: {} }));
  const { values } = draft;
  const t = { ...charterEn, ...TEXTS[lang], ...texts } as Texts;
  const context: ViewContext = {
    t,
    lang,
    platform: host.platformUrl,
    categories: config.categories.map((c) => ({
      id: c.id,
      label: c.label ? localize(c.label, lang) : t.necessaryLabel,
      description: c.description ? localize(c.description, lang) : c.id == NECESSARY ? t.necessaryDescription : '',
      necessary: c.id == NECESSARY,
      exempt: !!c.exempt,
      cookies: config.cookies.filter((row) => row.category == c.id),
      on: values[c.id] ?? host.has(c.id),
    })),
    withDuration: config.cookies.some((row) => row.duration),
    stored,
    toggle: (id, on) => {
      values[id] = on;
      host.requestUpdate();
    },
    save: () => host.save(values),
    acceptAll: () => host.acceptAll(),
    rejectAll: () => host.rejectAll(),
    close: () => {
      drafts.delete(host);
      host.hide();
    },
  };
  return html`${host.mode == 'charter' ? charterView(context) : nothing}${open ? preferencesView(context) : nothing}`;
}

/** Text keys of the JSON that no view uses: typos, checked once the whole set of keys is known. */
function reportUnknownTexts(config: Config): void {
  const known = { ...bannerEn, ...charterEn };
  report(
    'configuration',
    Object.entries(config.texts).flatMap(([lang, texts]) =>
      Object.keys(texts)
        .filter((key) => !(key in known))
        .map((key) => `texts.${lang}.${key}: unknown text`),
    ),
  );
}
