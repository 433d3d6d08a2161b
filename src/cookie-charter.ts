import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { NECESSARY, localize, parseConfig, type Config } from './config.js';
import { readChoice, subscribe, writeChoice, type StoreOptions, type StoredChoice } from './consent-store.js';
import { styles } from './cookie-charter.styles.js';
import { hash } from './hash.js';
import { bannerEn } from './i18n/en.js';
import { bannerFr, type BannerTexts } from './i18n/fr.js';
import { loadLazyPart, type LazyPart } from './lazy-loader.js';
import { answerReopenLinks } from './reopen-links.js';
import { report } from './report.js';
import { bannerView } from './views/banner.js';

/** `detail` of `cookie-charter-change`. */
export interface CookieCharterChangeDetail {
  choices: Record<string, boolean>;
  rev: string;
  date: string;
  id: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-charter': CookieCharter;
  }
  interface GlobalEventHandlersEventMap {
    'cookie-charter-change': CustomEvent<CookieCharterChangeDetail>;
  }
}

const BANNER_TEXTS: Record<string, BannerTexts> = { fr: bannerFr, en: bannerEn };

/**
 * A portal's cookie charter and consent banner. Reads the cookie table from its child
 * `<script type="application/json">`, asks the visitor's consent, stores the choice in the
 * `cookies_preferences` cookie and shares it with every other `<cookie-charter>` of the page.
 *
 * @summary Cookie charter, consent banner and stored choice for a portal.
 *
 * @attr {"banner" | "charter"} mode - `banner` (default): a consent banner when a choice is needed; `charter`: the whole charter, in place.
 * @attr {string} platform-url - The platform named in the charter and the banner. Default: `location.origin`.
 * @attr {string} lang - `fr` or `en`, or a language given in the JSON `texts`. Default: the nearest `[lang]`, else `fr`.
 * @attr {string} policy-url - The charter page, linked from the banner.
 * @attr {string} cookie-name - The cookie that stores the choice. Default: `cookies_preferences`.
 * @attr {string} cookie-domain - Domain of that cookie, e.g. `.villedavray.fr` to share the choice with sub-domains. Default: the host only.
 * @attr {number} max-age-days - Days a choice is kept before asking again. Default: `180`.
 * @attr {string} revision - Change it to ask every visitor again. Default: derived from the categories.
 *
 * @fires cookie-charter-change - After every stored choice, and once at start when a valid choice exists. `detail`: `{ choices, rev, date, id }`.
 *
 * @csspart banner - The banner (a labelled region fixed to the bottom of the viewport).
 * @csspart title - The banner's heading.
 * @csspart description - The banner's text.
 * @csspart actions - The row of buttons (banner, preferences, charter).
 * @csspart accept - The "Tout accepter" buttons.
 * @csspart reject - The "Tout refuser" buttons.
 * @csspart customize - The banner's "Personnaliser" button.
 * @csspart preferences - The preferences dialog.
 * @csspart save - The "Enregistrer mes choix" buttons.
 * @csspart table - The cookie tables.
 * @csspart charter - The charter (mode `charter`).
 *
 * @cssprop [--cookie-charter-font=inherit] - Font of everything the element shows.
 * @cssprop [--cookie-charter-color=#161616 (dark: #eeeeee)] - Text colour.
 * @cssprop [--cookie-charter-background=#ffffff (dark: #1e1e1e)] - Background of the banner and the dialog.
 * @cssprop [--cookie-charter-accent=#000091 (dark: #a5a5ff)] - Buttons, switches, links and focus ring.
 * @cssprop [--cookie-charter-accent-contrast=#ffffff (dark: #000000)] - Text on the accent colour.
 * @cssprop [--cookie-charter-radius=0.25rem] - Corner radius of the banner, dialog and buttons.
 * @cssprop [--cookie-charter-max-width=64rem] - Widest the banner, the dialog and the charter get.
 * @cssprop [--cookie-charter-z-index=2147483000] - Stacking level of the banner.
 * @cssprop [--cookie-charter-shadow=0 -0.25rem 1rem rgb(0 0 0 / 0.25)] - Shadow of the banner and the dialog.
 */
export class CookieCharter extends LitElement {
  static override styles = styles;

  static override properties = {
    mode: { reflect: true },
    platformUrl: { attribute: 'platform-url' },
    language: { attribute: 'lang' },
    policyUrl: { attribute: 'policy-url' },
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    maxAgeDays: { attribute: 'max-age-days', type: Number },
    revision: {},
  };

  /** `banner` (default) or `charter`. */
  mode: 'banner' | 'charter' = 'banner';
  /** The platform named in the charter and the banner. */
  platformUrl = location.origin;
  /** The `lang` attribute: `fr`, `en`, or a language of the JSON `texts`. */
  language?: string;
  /** The charter page, linked from the banner. */
  policyUrl?: string;
  /** The cookie that stores the choice. */
  cookieName = 'cookies_preferences';
  /** Domain of that cookie; the host only when unset. */
  cookieDomain?: string;
  /** Days a choice is kept before asking again. */
  maxAgeDays = 180;
  /** Change it to ask every visitor again; derived from the categories when unset. */
  revision?: string;

  // Internal state below is not reactive: whatever changes it calls requestUpdate().
  private _config!: Config;
  private _stored: StoredChoice | null = null;
  /** The banner was hidden with `hide()`: no choice, and no banner for the rest of this page view. */
  private _dismissed = false;
  /** The preferences dialog is open. */
  private _open = false;
  private _lazy?: LazyPart;
  /** What the live region says after a choice. */
  private _status = '';
  private _changed = false;
  private _opener?: Element | null;
  private _disconnect?: () => void;
  private _bannerSize?: ResizeObserver;
  private _padded: Element | null = null;

  /** The stored choices, or null while the visitor has made none (or it expired). */
  get choices(): Record<string, boolean> | null {
    return this._stored && { ...this._stored.choices };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this._config) {
      const { config, problems } = parseConfig(this._configSource());
      report('configuration', problems);
      this._config = config;
    }
    const unsubscribe = subscribe(() => this._refresh(true));
    const release = answerReopenLinks(this);
    this._disconnect = () => (unsubscribe(), release());
    this._refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._disconnect?.();
    this._padPage(null);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('mode') && this.mode != 'banner' && this.mode != 'charter') this._fix('mode', 'banner');
    if (changed.has('maxAgeDays') && !(this.maxAgeDays > 0)) this._fix('maxAgeDays', 180);
    if (this.hasUpdated && ['cookieName', 'cookieDomain', 'maxAgeDays', 'revision'].some((p) => changed.has(p))) this._refresh();
    if (this.mode == 'charter') this._loadLazyPart();
  }

  protected override render() {
    const lang = this._textLang;
    const texts = this._texts;
    const optional = this._asked();
    const bannerShown = this.mode == 'banner' && !this._stored && !this._dismissed && optional.length;
    return html`
      ${bannerShown
        ? bannerView({
            t: texts,
            lang,
            site: this._site,
            purposes: optional.map((c) => localize(c.label, lang) + this._providers(c.id)).join(', '),
            policyUrl: this.policyUrl,
            accept: () => this.acceptAll(),
            reject: () => this.rejectAll(),
            customize: () => this.show(),
          })
        : nothing}
      ${this._lazy?.views({ host: this, lang, texts, config: this._config, stored: this._stored, open: this._open })}
      <div role="status" class="visually-hidden" lang=${lang}>${this._status}</div>
    `;
  }

  protected override updated(): void {
    this._padPage(this.renderRoot.querySelector('.banner'));
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    if (!this._open && this._opener) {
      (this._opener as HTMLElement).focus?.();
      this._opener = null;
    }
    if (this._changed && this._stored) {
      this._changed = false;
      const { choices, rev, date, id } = this._stored;
      const detail: CookieCharterChangeDetail = { choices: { ...choices }, rev, date, id };
      this.dispatchEvent(new CustomEvent('cookie-charter-change', { detail, bubbles: true, composed: true }));
    }
  }

  /** Whether a category may be used now: `necessary` always, exempt ones until opted out. */
  has(categoryId: string): boolean {
    const category = this._config.categories.find((c) => c.id == categoryId);
    const choices = this._stored?.choices;
    return !!category && (category.id == NECESSARY || (choices && categoryId in choices ? choices[categoryId] : !!category.exempt));
  }

  /** Grants every category that needs consent (exempt ones keep their state). */
  acceptAll(): void {
    this.save(Object.fromEntries(this._asked().map((c) => [c.id, true])));
  }

  /** Refuses every category that needs consent (exempt ones keep their state). */
  rejectAll(): void {
    this.save(Object.fromEntries(this._asked().map((c) => [c.id, false])));
  }

  /** Stores a choice, e.g. `{ statistics: true }`. Categories left out keep their current state. */
  save(choices: Record<string, boolean>): void {
    const ids = this._config.categories.slice(1).map((c) => c.id);
    const wrong = Object.keys(choices).filter((id) => !ids.includes(id) || typeof choices[id] != 'boolean');
    report('save() ignored', wrong.map((id) => `"${id}": not an optional category set to true or false`));
    writeChoice(
      this._storeOptions,
      Object.fromEntries(ids.map((id) => [id, wrong.includes(id) ? this.has(id) : (choices[id] ?? this.has(id))])),
    );
    this._open = false;
    // A live region speaks when its text changes: alternate a trailing space for the same message.
    this._status = this._status == this._texts.saved ? `${this._texts.saved}\u00a0` : this._texts.saved;
  }

  /** Opens the preferences dialog. */
  async show(): Promise<void> {
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    this._opener = focused;
    this._open = await this._loadLazyPart();
    this.requestUpdate();
  }

  /** Closes the preferences; when they are closed, hides the banner for this page view (storing nothing). */
  hide(): void {
    if (this._open) this._open = false;
    else this._dismissed = true;
    this.requestUpdate();
  }

  /** Reports a bad attribute value and falls back to the default. */
  private _fix(property: 'mode' | 'maxAgeDays', fallback: string | number): void {
    report('attributes', [`${property}="${this[property]}" is not valid; using ${fallback}`]);
    (this as Record<typeof property, unknown>)[property] = fallback;
  }

  /**
   * WCAG 2.4.11: the banner must not hide what has keyboard focus. Padding the page's scroll area by
   * the banner's height makes the browser scroll a focused element above it (no layout shift).
   */
  private _padPage(banner: Element | null): void {
    if (banner == this._padded) return;
    const style = document.documentElement.style;
    this._bannerSize?.disconnect();
    if (this._padded) style.scrollPaddingBottom = '';
    this._padded = banner;
    if (banner) {
      this._bannerSize = new ResizeObserver(() => (style.scrollPaddingBottom = `${banner.getBoundingClientRect().height}px`));
      this._bannerSize.observe(banner);
    }
  }

  /** The JSON: the element's own, else that of the first `<cookie-charter>` of the page that has one. */
  private _configSource(): string | null {
    const json = 'script[type="application/json"]';
    return ((this.querySelector(`:scope>${json}`) ?? document.querySelector(`cookie-charter>${json}`))?.textContent) ?? null;
  }

  /** The optional categories that need consent (not the exempt ones). */
  private _asked() {
    return this._config.categories.filter((c) => c.id != NECESSARY && !c.exempt);
  }

  private get _storeOptions(): StoreOptions {
    const asked = this._asked().map((c) => c.id);
    return {
      name: this.cookieName,
      domain: this.cookieDomain,
      maxAgeDays: this.maxAgeDays,
      rev: this.revision || hash([...asked].sort().join()),
      optional: this._config.categories.slice(1).map((c) => c.id),
      asked,
    };
  }

  /** Reads the stored choice again: at start, after any element's write, when an attribute changes. */
  private _refresh(update?: boolean): void {
    if (update) this.requestUpdate();
    const previous = this._stored;
    this._stored = readChoice(this._storeOptions);
    this._changed ||= !!this._stored && (this._stored.date != previous?.date || this._stored.id != previous?.id);
  }

  private async _loadLazyPart(): Promise<boolean> {
    try {
      if (!this._lazy) {
        const part = await loadLazyPart();
        const root = this.renderRoot as ShadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, part.sheet];
        this._lazy = part;
        this.requestUpdate();
      }
      return true;
    } catch (error) {
      report('loading the charter and preferences failed', [String(error)]);
      return false;
    }
  }

  /** `fr`, `en` or a language of the JSON `texts`; English for any other. */
  private get _textLang(): string {
    const lang = (this.language || this.closest('[lang]')?.getAttribute('lang') || 'fr').split('-')[0].toLowerCase();
    return lang in BANNER_TEXTS || lang in this._config.texts ? lang : 'en';
  }

  /** English under the language's built-in texts, under the portal's own. */
  private get _texts(): BannerTexts {
    const lang = this._textLang;
    return { ...bannerEn, ...BANNER_TEXTS[lang], ...this._config.texts[lang] };
  }

  /** The platform's host name: who sets the cookies. */
  private get _site(): string {
    try {
      return new URL(this.platformUrl).host;
    } catch {
      return this.platformUrl;
    }
  }

  /** " (Matomo, Google)": who sets a category's cookies, for the banner. */
  private _providers(category: string): string {
    const names = new Set(this._config.cookies.filter((row) => row.category == category).map((row) => row.provider));
    return names.size ? ` (${[...names].join(', ')})` : '';
  }
}
