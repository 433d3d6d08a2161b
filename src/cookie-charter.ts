import type { PropertyValues } from '@lit/reactive-element';
import { html, nothing } from 'lit-html';
import { BaseElement } from './base-element.js';
import {
  NECESSARY,
  languageOf,
  localize,
  parseConfig,
  providersOf,
  type Config,
  type CookieCharterConfig,
  type Problem,
} from './config.js';
import { readChoice, subscribe, writeChoice, type StoreOptions, type StoredChoice } from './consent-store.js';
import { styles } from './cookie-charter.styles.js';
import { bannerFr, type BannerTexts } from './i18n/fr.js';
import type { BannerTexts as EnglishTexts } from './i18n/fr.js';
import { pushConsentDefaults } from './integrations/consent-defaults.js';
import { load } from './load-part.js';
import { pageOrigin } from './page-url.js';
import { answerReopenLinks } from './reopen-links.js';
import type { BannerHost, ViewHost } from './host.js';
import { bannerView } from './views/banner.js';

/** `detail` of `cookie-charter-change`. */
export interface CookieCharterChangeDetail {
  choices: Record<string, boolean>;
  rev: string;
  date: string;
  id: string;
}

declare global {
  interface Navigator {
    /** Global Privacy Control (https://globalprivacycontrol.org). */
    globalPrivacyControl?: boolean;
  }
  interface HTMLElementTagNameMap {
    'cookie-charter': CookieCharter;
  }
  interface GlobalEventHandlersEventMap {
    'cookie-charter-change': CustomEvent<CookieCharterChangeDetail>;
  }
}

/**
 * The attributes that describe the portal and its stored choice, not one element: an element that
 * borrows another's JSON takes those it does not set itself (`mode`, `lang`, `heading-level` are its own).
 */
const PAGE_LEVEL = [
  'platform-url',
  'policy-url',
  'cookie-name',
  'cookie-domain',
  'max-age-days',
  'revision',
  'ignore-gpc',
  'proof-url',
  'proof-full-url',
  'reload-on-withdraw',
];

/** The banner's English texts, once fetched (French is in this file). */
let english: EnglishTexts | undefined;

/** A stored choice as `cookie-charter-change` gives it: a copy (a listener cannot change the stored one), without `v`. */
const detailOf = (stored: StoredChoice | null): CookieCharterChangeDetail | null =>
  stored && (({ v, ...detail }) => detail)(structuredClone(stored));

/**
 * A portal's cookie charter and consent banner. Reads the cookie table from its child
 * `<script type="application/json">`, asks the visitor's consent, stores the choice in the
 * `cookies_preferences` cookie and shares it with every other `<cookie-charter>` of the page.
 *
 * @summary Cookie charter, consent banner and stored choice for a portal.
 *
 * @attr {"banner" | "charter"} mode - `banner` (default, and any other value): a consent banner when a choice is needed; `charter`: the whole charter, in place.
 * @attr {string} platform-url - The platform named in the charter and the banner. Default: `location.origin`.
 * @attr {string} lang - `fr` or `en`, or a language given in the JSON `texts`. Default: the nearest `[lang]`, else `fr`. Read when rendering.
 * @attr {string} policy-url - The charter page, linked from the banner.
 * @attr {string} cookie-name - The cookie that stores the choice. Default: `cookies_preferences`.
 * @attr {string} cookie-domain - Domain of that cookie, e.g. `.villedavray.fr` to share the choice with sub-domains. Default: the host only.
 * @attr {number} max-age-days - Days a choice is kept before asking again. Default: `180`.
 * @attr {string} revision - Change it to ask every visitor again. Default: derived from the categories.
 * @attr {number} heading-level - Level of the charter's heading, 1 to 4 (its sections and tables take the next two). Default: `2`, under the page's own `<h1>`.
 * @attr {boolean} ignore-gpc - Do not count Global Privacy Control as "Tout refuser".
 * @attr {string} proof-url - Where each choice stored on the page is also sent, as proof of consent (sendBeacon, JSON).
 * @attr {boolean} proof-full-url - Send the page's full URL with the proof. Default: without its query and fragment, which can hold tokens.
 * @attr {string} nonce - The page's CSP nonce, given to the gated scripts that run (when they have none).
 * @attr {boolean} reload-on-withdraw - Reload the page after a withdrawal: scripts that already ran cannot be unloaded.
 *
 * @fires {CustomEvent<CookieCharterChangeDetail>} cookie-charter-change - After every stored choice, and once at start when a valid choice exists. `detail`: `{ choices, rev, date, id }`.
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
 * @cssprop [--cookie-charter-color=#161616 (dark: #eee)] - Text colour of the banner and the dialog.
 * @cssprop [--cookie-charter-background=#fff (dark: #1e1e1e)] - Background of the banner and the dialog.
 * @cssprop [--cookie-charter-accent=#000091 (dark: #a5a5ff)] - Buttons, switches, links and focus ring.
 * @cssprop [--cookie-charter-accent-contrast=#fff (dark: #000)] - Text on the accent colour.
 * @cssprop [--cookie-charter-radius=0.25rem] - Corners of the banner, the dialog and the buttons.
 * @cssprop [--cookie-charter-max-width=64rem] - Widest the banner, the dialog and the charter get.
 * @cssprop [--cookie-charter-z-index=2147483000] - Stacking level of the banner.
 * @cssprop [--cookie-charter-shadow=0 -0.25rem 1rem #0004] - Shadow of the banner and the dialog.
 */
export class CookieCharter extends BaseElement implements BannerHost, ViewHost {
  static override styles = styles;

  static override properties = {
    mode: {},
    platformUrl: { attribute: 'platform-url' },
    policyUrl: { attribute: 'policy-url' },
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    maxAgeDays: { attribute: 'max-age-days', type: Number },
    revision: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    ignoreGpc: { attribute: 'ignore-gpc', type: Boolean },
    proofUrl: { attribute: 'proof-url' },
    proofFullUrl: { attribute: 'proof-full-url', type: Boolean },
    reloadOnWithdraw: { attribute: 'reload-on-withdraw', type: Boolean },
    _stored: { state: true },
    _open: { state: true },
    _lazy: { state: true },
    _status: { state: true },
  };

  /** `banner` (default) or `charter`; like HTML's enumerated attributes, any other value counts as the default. */
  mode: 'banner' | 'charter' = 'banner';
  /** The platform named in the charter and the banner. Default: `location.origin`. */
  platformUrl: string = pageOrigin();
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
  /** Level of the charter's heading (1 to 4); its sections and tables take the next two. */
  headingLevel = 2;
  /** Do not count Global Privacy Control as "Tout refuser". */
  ignoreGpc?: boolean;
  /** Where each choice stored on the page is also sent, as proof of consent. */
  proofUrl?: string;
  /** Send the page's full URL with the proof (by default, without its query and fragment). */
  proofFullUrl?: boolean;
  /** Reload the page after a withdrawal: scripts that already ran cannot be unloaded. */
  reloadOnWithdraw?: boolean;
  // `nonce` (given to the gated scripts) is HTMLElement's own property: the browser keeps it from the
  // page's scripts once the attribute is hidden under a CSP.

  /**
   * Resolves once the element has read the stored choice at start, with what `cookie-charter-change`
   * gives (`{ choices, rev, date, id }`), or null when there is no valid stored choice. Code that
   * listens once the element is connected (a framework's mount) has missed that start event: add the
   * listener, then read this.
   */
  readonly ready: Promise<CookieCharterChangeDetail | null> = new Promise((resolve) => (this._resolveReady = resolve));

  // Internal state: `_stored`, `_open`, `_lazy` and `_status` are reactive (see `properties`); the
  // configuration is read again when the JSON changes, which calls requestUpdate().
  private _resolveReady!: (detail: CookieCharterChangeDetail | null) => void;
  /** The `config` property's value. */
  private _given?: CookieCharterConfig | null;
  private _parsed?: Config;
  /** The JSON's text, or the `config` object, that `_parsed` was read from. */
  private _source?: unknown;
  private _problems!: Problem[];
  private _stored: StoredChoice | null = null;
  /** The preferences dialog is open. */
  private _open = false;
  private _lazy?: Awaited<ReturnType<typeof load<'lazy'>>>;
  /** What the live region says after a choice. */
  private _status = '';
  /** Aborted when the element is disconnected: stops what connectedCallback started for it. */
  private _connection?: AbortController;
  /** What connecting starts, when it waits for the next task (see connectedCallback). */
  private _startTimer?: ReturnType<typeof setTimeout>;
  private _padded = false;
  /** Reads the JSON again when it changes (it may come after the element: see connectedCallback). */
  private _jsonWatcher?: MutationObserver;

  /** The stored choices, or null while the visitor has made none (or it expired). */
  get choices(): Record<string, boolean> | null {
    this._startNow();
    return this._stored && { ...this._stored.choices };
  }

  constructor() {
    super();
    // A `config` set before the element was defined is an own property hiding the accessor: moved to it.
    if (Object.hasOwn(this, 'config')) {
      const { config } = this;
      delete (this as { config?: unknown }).config;
      this.config = config;
    }
  }

  /**
   * The configuration as an object, as the JSON child would give it, checked by the same rules. While
   * set, it is used instead of the JSON child; set back to `undefined` or `null`, the JSON is used again.
   * Replace the object to change it: changes made inside it are not seen.
   */
  get config(): CookieCharterConfig | null | undefined {
    return this._given;
  }

  set config(config: CookieCharterConfig | null | undefined) {
    this._given = config;
    // Read at once (a framework sets it right after connecting the element); if not connected, when it connects.
    if (this.isConnected) this._readJson();
    else this._parsed = undefined;
  }

  override connectedCallback(): void {
    // Once the page is parsed (a deferred or module script), what connecting starts (the JSON read, the
    // stored choice, the page's listeners) comes in a task of its own, before the first render's: the
    // task that ran the script is also the one in which the browser first lays the page out, and both
    // in one block a slow phone for longer than a task should. While the page is parsed (the script
    // without `defer` that the README gives pages with tags), at once: the tags' consent defaults
    // follow from it. The element's API (choices, has(), save()…) starts it at once when called first.
    if (document.readyState != 'loading' && !this._showsContent()) this._startTimer = setTimeout(() => this._startNow());
    super.connectedCallback();
    if (!this._startTimer) this._start();
  }

  /** What connecting starts, now if it was waiting for the next task. */
  private _startNow(): void {
    if (this._startTimer) this._start();
  }

  private _start(): void {
    clearTimeout(this._startTimer);
    this._startTimer = undefined;
    const { signal } = (this._connection = new AbortController());
    subscribe((local) => this._refresh(local), signal);
    addEventListener('resize', () => this.requestUpdate(), { signal });
    answerReopenLinks(this, signal);
    // The JSON may come after the element: from a script in <head> the element connects before the
    // parser has read its children, and a framework may add them later. While the page loads, a JSON
    // not there yet is waited for until DOMContentLoaded (a part of it is not a JSON to report); after
    // that, any change to it is read.
    this._jsonWatcher ??= new MutationObserver(() => document.readyState != 'loading' && this._readJson());
    this._jsonWatcher.observe(this, { childList: true, subtree: true });
    if (document.readyState == 'loading' && this._configSource() == null)
      document.addEventListener('DOMContentLoaded', () => this._readJson(true), { once: true, signal });
    else this._readJson(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._startTimer);
    this._startTimer = undefined;
    this._connection?.abort();
    this._jsonWatcher?.disconnect();
    this._padPage(null);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('maxAgeDays') && !this._maxAgeValid) this._problem(['max-age-days', 'attribute', 180]);
    if (this.mode == 'charter') this._loadLazyPart();
  }

  protected override render() {
    // Global Privacy Control counts as "Tout refuser": no banner (unless ignore-gpc).
    const [lang, t] = this._texts();
    // The banner asks while the stored choice leaves a category undecided (a frame's placeholder stores
    // its own category only). Its Tout accepter and Tout refuser then decide them all, as they say:
    // after Tout refuser no gated frame loads, the one a placeholder let in included.
    const asked = this._asked();
    const undecided = asked.some((c) => !(c.id in (this._stored?.choices ?? {})));
    return html`
      ${
        t && this.mode != 'charter' && !(navigator.globalPrivacyControl && !this.ignoreGpc) && undecided
          ? bannerView({
              host: this,
              t,
              lang,
              site: this._site,
              purposes: asked.map((c) => localize(c.label, lang) + this._providers(c.id)).join(', '),
            })
          : nothing
      }
      ${
        t && this._lazy
          ? this._lazy.views({ host: this, lang, texts: t, config: this._config, stored: this._stored, open: this._open })
          : // Until its charter renders, a charter element shows its own content: the fallback for
            // pages without JavaScript (cookie-charter render), so that no frame shows neither.
            this.mode == 'charter'
            ? html`<slot></slot>`
            : nothing
      }
      <div role="status" class="visually-hidden" lang=${lang}>${this._status}</div>
    `;
  }

  protected override _showsContent(): boolean {
    return this.mode == 'charter';
  }

  protected override updated(): void {
    const banner = () => this.renderRoot.querySelector<HTMLElement>('.banner');
    // The banner's height is read once the browser has laid it out for a frame (read now, it would force
    // the page's layout into this task: on a slow phone, its longest part), if it is still shown. When it
    // goes, at once: focus goes with it.
    if (banner()) {
      this._padded = true;
      requestAnimationFrame(() => setTimeout(() => this._padded && banner() && this._padPage(banner())));
    } else this._padPage(null);
    this._lazy?.settle(this, this._config, this._problems);
  }

  /** Whether a category may be used now: `necessary` always, exempt ones until opted out. */
  has(categoryId: string): boolean {
    this._startNow();
    const category = this._config.categories.find((c) => c.id == categoryId);
    const choices = this._stored?.choices;
    return !!category && (category.id == NECESSARY || (choices && categoryId in choices ? choices[categoryId] : !!category.exempt));
  }

  /** Grants every category that needs consent (exempt ones keep their state). */
  acceptAll(): void {
    this._all(true);
  }

  /** Refuses every category that needs consent (exempt ones keep their state). */
  rejectAll(): void {
    this._all(false);
  }

  /**
   * Stores a choice, e.g. `{ statistics: true }`. Categories left out keep their current state: their
   * stored choice, or undecided (the banner goes on asking about them).
   */
  save(choices: Record<string, boolean>): void {
    this._startNow();
    const options = this._storeOptions;
    choices = Object(choices);
    for (const id in choices)
      if (!options.optional.includes(id) || typeof choices[id] != 'boolean') this._problem([`save(): ${id}`, 'choice', choices[id]]);
    // Nothing but what the visitor decided: an undecided category stays out (unknown ids: canonical() drops them).
    const kept = writeChoice(options, {
      ...this._stored?.choices,
      // An exempt category is on until switched off: stored as it stands, a record of what applied.
      ...Object.fromEntries(this._config.categories.filter((c) => c.exempt).map((c) => [c.id, this.has(c.id)])),
      ...Object.fromEntries(Object.entries(choices).filter(([, value]) => typeof value == 'boolean')),
    });
    this._open = false;
    // A live region speaks when its text changes: alternate a trailing space for the same message.
    const saved = this._texts()[1]?.[kept ? 'saved' : 'savedPageOnly'] ?? '';
    this._status = this._status == saved ? `${saved}\u00a0` : saved;
  }

  /** Opens the preferences dialog. */
  async show(): Promise<void> {
    this._open = await this._loadLazyPart();
  }

  /** Closes the preferences dialog, storing nothing. (To hide the banner itself, use `hidden`.) */
  hide(): void {
    this._open = false;
  }

  private _all(granted: boolean): void {
    this.save(Object.fromEntries(this._asked().map((c) => [c.id, granted])));
  }

  /** Notes a problem; the lazily loaded part words and reports it. */
  private _problem(problem: Problem): void {
    this._problems.push(problem);
    this._loadLazyPart();
  }

  /**
   * WCAG 2.4.11: the banner must not hide what has keyboard focus. While it is shown (after each
   * render, and when the window is resized), the page's scroll area is padded by its height: the
   * browser scrolls a focused element above it, and the page gets longer by as much at its end, so
   * that its last elements can be scrolled above it too; nothing on the page moves. When it goes, the
   * control that had focus goes with it: focus would fall to <body>.
   */
  private _padPage(banner: HTMLElement | null): void {
    if (!banner && !this._padded) return;
    this._padded = !!banner;
    const { style } = document.documentElement;
    // 8 px more than the banner: a focused element's outline (3 px, 2 px away) stays in view too.
    style.scrollPaddingBottom = style.paddingBottom = banner ? `${banner.offsetHeight + 8}px` : '';
    // Focus goes where the visitor sees it, and the page stays still: to the reopen link (where one
    // changes one's mind) if it is on screen, else to the first control on screen, those after the
    // element first (where Tab would have gone); only when none is on screen, to the first of them.
    if (!banner && document.activeElement == document.body) {
      const all = [...document.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea')];
      const controls = [
        ...document.querySelectorAll<HTMLElement>('[data-cookie-charter="open"]'),
        // Those after the element first (a control may come twice: the first match wins).
        ...all.filter((control) => this.compareDocumentPosition(control) & 4),
        ...all,
      ].filter((control) => control.checkVisibility());
      const onScreen = (control: HTMLElement) => {
        const { top, bottom } = control.getBoundingClientRect();
        return top >= 0 && bottom <= innerHeight;
      };
      (controls.find(onScreen) ?? controls[0])?.focus({ preventScroll: true });
    }
  }

  /** The configuration, read from the JSON the first time it is needed (connected or not), and again when it changed. */
  private get _config(): Config {
    if (!this._parsed) {
      // Problems not reported yet are those of an earlier JSON (or "none found"): replaced.
      ({ config: this._parsed, problems: this._problems } = parseConfig((this._source = this._configSource())));
    }
    return this._parsed!;
  }

  /**
   * Reads the JSON again if it changed since the last read (or `always`: when connecting), with the
   * stored choice under it. The words for its problems come with the lazily loaded part, which then
   * reports them.
   */
  private _readJson(always?: boolean): void {
    // An element that borrows another's JSON takes its page-level attributes too, those it does not set.
    const lender = !this._given && this._json()?.parentElement;
    if (lender && lender != this) {
      for (const name of PAGE_LEVEL)
        if (!this.hasAttribute(name) && lender.hasAttribute(name)) this.setAttribute(name, lender.getAttribute(name)!);
      // The nonce as a property: a CSP hides the attribute once the page is parsed.
      this.nonce ||= lender.nonce;
    }
    if (this._configSource() !== this._source) this._parsed = undefined;
    else if (!always) return;
    this._refresh();
    if (this._problems.length) this._loadLazyPart();
  }

  /** The element's own JSON, else that of the first `<cookie-charter>` of the page that has one. */
  private _json() {
    const json = 'script[type="application/json"]';
    return this.querySelector(`:scope>${json}`) ?? document.querySelector(`cookie-charter>${json}`);
  }

  /** The `config` property, else the JSON. */
  private _configSource(): unknown {
    return this._given ?? this._json()?.textContent ?? null;
  }

  /** The optional categories that need consent (not the exempt ones). */
  private _asked() {
    return this._config.categories.filter((c) => c.id != NECESSARY && !c.exempt);
  }

  /**
   * From a minute (a shorter Max-Age rounds to nothing: the choice would be gone at once) to 400 days
   * (13 months, the longest the CNIL accepts for a consent cookie, and Chrome's own cap); not NaN or Infinity.
   */
  private get _maxAgeValid(): boolean {
    return this.maxAgeDays >= 1 / 1440 && this.maxAgeDays <= 400;
  }

  private get _storeOptions(): StoreOptions {
    const asked = this._asked().map((c) => c.id);
    return {
      name: this.cookieName,
      domain: this.cookieDomain,
      // Also before willUpdate has reported an invalid value: the first read comes before it.
      maxAgeDays: this._maxAgeValid ? this.maxAgeDays : 180,
      rev: this.revision || [...asked].sort().join(),
      optional: this._config.categories.slice(1).map((c) => c.id),
    };
  }

  /**
   * Reads the stored choice again (at start, after any element's or tab's write, when an attribute
   * changes), tells the page when it is a new one, and has it enforced.
   */
  private _refresh(local = false): void {
    const previous = this._stored;
    const stored = (this._stored = readChoice(this._storeOptions));
    this.requestUpdate();
    const changed = stored && (stored.date != previous?.date || stored.id != previous?.id);
    // Synchronously: on a page whose tags' snippets follow the script, before their first command. Once
    // there is a configuration: a framework may give it right after connecting the element.
    if (this._source != null) pushConsentDefaults(this._config, !!stored);
    if (changed) this.dispatchEvent(new CustomEvent('cookie-charter-change', { detail: detailOf(stored), bubbles: true, composed: true }));
    // Once this task is done: a configuration a framework gives right after connecting the element is read first.
    queueMicrotask(() => this._resolveReady(detailOf(this._stored)));
    // The enforcing part is fetched when there is something to enforce: a new choice (clean-up, proof),
    // gated elements, integrations' updates, or a grant that scripts added later would need. After a
    // choice made on this page, in a task of its own: the banner goes first (starting an import() takes
    // a few milliseconds of a slow phone's main thread), and the part runs later in any case.
    const connection = this._connection?.signal;
    // With the choice stored when the part is there: a visitor may have chosen while it loaded.
    const enforce = () =>
      load('enforce').then(
        (part) => part.enforce({ host: this, config: this._config, stored: this._stored, local, connection: connection! }),
        () => {},
      );
    if (
      connection &&
      (changed ||
        document.querySelector('[data-cookie-category]') ||
        this._config.consentMode ||
        this._config.categories.some((c) => c.matomo || c.exempt) ||
        Object.values(stored?.choices || {}).includes(true))
    )
      if (local) setTimeout(enforce);
      else enforce();
  }

  private async _loadLazyPart(): Promise<boolean> {
    try {
      if (!this._lazy) {
        const part = await load('lazy');
        // Callers in the same task (a charter with a problem to report) all wait: the first adopts its styles.
        if (!this._lazy) {
          const root = this._shadowRoot();
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, part.sheet];
          this._lazy = part;
        }
      }
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The language (`fr`, `en`, or one the JSON has texts for; English for any other) and its banner
   * texts: built-in English under the language's built-in texts, under the portal's own. French is in
   * this file; any other language waits for the English texts, fetched once.
   */
  private _texts(): [string, BannerTexts | undefined] {
    const texts = this._config.texts;
    const lang = languageOf(this, texts);
    if (lang == 'fr') return [lang, { ...bannerFr, ...texts.fr }];
    if (!english)
      load('en').then(
        (m) => ((english = m.bannerEn), this.requestUpdate()),
        () => {},
      );
    return [lang, english && ({ ...english, ...texts[lang] } as BannerTexts)];
  }

  /** The platform's host name: who sets the cookies. */
  private get _site(): string {
    return this.platformUrl.replace(/^\w+:\/+|\/.*/g, '');
  }

  /** " (Matomo, Google)": who sets a category's cookies, for the banner. */
  private _providers(category: string): string {
    const names = providersOf(this._config, category).join(', ');
    return names && ` (${names})`;
  }
}
