/**
 * What makes the choice bind ("What a choice does" in the contract): gated scripts and frames,
 * clean-up on withdrawal, Google Consent Mode's and Matomo's updates, and proof of consent (their
 * defaults are pushed by the main file, see integrations/consent-defaults.ts). The main file fetches
 * this part when the page has something to enforce, and calls `enforce` from every element after each
 * stored choice (from this tab or another): what it does is page-wide, and done once per choice.
 */
import type { Config } from './config.js';
import { NECESSARY, languageOf, localize, providersOf } from './config.js';
import type { StoredChoice } from './consent-store.js';
import { checkCleanUp, deleteCookies } from './enforce/cleanup.js';
import { gateFrames, type PlaceholderTexts } from './enforce/frames.js';
import { sendProof } from './enforce/proof.js';
import { runGrantedScripts } from './enforce/scripts.js';
import { removeShadows } from './enforce/shadows.js';
import type { EnforcingHost } from './host.js';
import { bannerEn } from './i18n/en.js';
import { bannerFr } from './i18n/fr.js';
import { placeholderEn, placeholderFr } from './i18n/placeholder.js';
import { consentUpdate } from './integrations/consent-mode.js';
import { matomoChoice } from './integrations/matomo.js';

export interface EnforceState {
  host: EnforcingHost;
  config: Config;
  stored: StoredChoice | null;
  /** The choice was stored on this page (not in another tab): it is this page's to prove. */
  local: boolean;
  /** Aborted when the element is removed: with the last one, the page's observer stops. */
  connection: AbortSignal;
}

const PLACEHOLDER: Record<string, PlaceholderTexts> = { fr: placeholderFr, en: placeholderEn };

let current: EnforceState | undefined;
/** What each element last reported: when the last to report is removed, another answers for the page. */
const reported = new Map<EnforcingHost, EnforceState>();

/** The state of an element still connected (the last to report, else another), or none. */
function connected(): EnforceState | undefined {
  if (current?.host.isConnected) return current;
  for (const [host, state] of reported)
    if (host.isConnected) return (current = state);
    else reported.delete(host); // it reports again if it is connected again
  return undefined;
}
/** Choices (id and date) already enforced: several elements report the same one. */
const enforced = new Set<string>();
/** Choices stored on this page whose shadows were removed and proof sent. */
const storedHere = new Set<string>();
/**
 * What was granted when this part last enforced a choice, to see withdrawals. Its first call sets it:
 * the main file loads this part at start whenever anything is granted (stored, or exempt).
 */
let lastGrants: Record<string, boolean> | undefined;

/**
 * Whether `category` may run, as a connected element says (see `connected`); undefined once none is
 * left: nothing new runs or loads then, and no frame already loaded is taken away.
 */
const granted = (category: string) => connected()?.host.has(category);

/** Gated scripts and frames, as the current choice says; again whenever the page adds some. */
function gate(): void {
  // With no element left, the last one's texts still word the placeholders of frames added since.
  const { host, config } = connected() ?? current!;
  const lang = languageOf(host, config.texts);
  runGrantedScripts(granted, host.nonce || host.getAttribute('nonce') || '');
  gateFrames(
    granted,
    (id) => {
      const category = config.categories.find((c) => c.id == id);
      const providers = providersOf(config, id).join(', ');
      const texts = { ...placeholderEn, ...PLACEHOLDER[lang], ...config.texts[lang] } as PlaceholderTexts;
      return [{ label: category?.label ? localize(category.label, lang) : id, providers }, texts, lang, getComputedStyle(host)];
    },
    (id) => connected()?.host.save({ [id]: true }),
  );
}

/** Scripts and frames the page adds later (a tag manager's) are gated as they come, while an element is connected. */
const pageWatcher = new MutationObserver((mutations) => {
  if (
    mutations.some((m) =>
      [...m.addedNodes].some((n) => /^(SCRIPT|IFRAME)$/.test(n.nodeName) || (n as Element).querySelector?.('script,iframe')),
    )
  )
    gate();
});
let watching = false;
const connections = new WeakSet<AbortSignal>();

/** Starts the page's watcher for a connected element; it stops when the last one is removed. */
function watchPage(connection: AbortSignal): void {
  if (connection.aborted) return;
  if (!watching) pageWatcher.observe(document, { childList: true, subtree: true });
  watching = true;
  if (connections.has(connection)) return;
  connections.add(connection);
  connection.addEventListener('abort', () => {
    if (connected()) return;
    pageWatcher.disconnect();
    watching = false;
  });
}

export function enforce(state: EnforceState): void {
  const first = !current;
  current = state;
  reported.set(state.host, state);
  const { host, config, stored } = state;
  const optional = config.categories.slice(1).map((c) => c.id);

  if (first) lastGrants = stored ? undefined : Object.fromEntries(optional.map((id) => [id, host.has(id)]));
  watchPage(state.connection);

  const key = stored && stored.id + stored.date;
  if (key && !enforced.has(key)) {
    enforced.add(key);
    // What this choice says (a later one may have been stored since).
    const grants = (id: string) => stored.choices[id] ?? host.has(id);
    const withdrawn = optional.filter((id) => lastGrants?.[id] && !grants(id));
    lastGrants = Object.fromEntries(optional.map((id) => [id, grants(id)]));
    // Every refused category, not only those withdrawn here: an earlier consent, since expired or
    // asked again, may have left cookies that this refusal must not keep.
    const rows = (ids: string[]) => config.cookies.filter((row) => ids.includes(row.category));
    const names = (ids: string[]) => rows(ids).map((row) => row.name);
    checkCleanUp(rows(optional), host.cookieName);
    deleteCookies(names(optional.filter((id) => !grants(id))), names([NECESSARY]), host.cookieName, host.cookieDomain);
    if (withdrawn.length && host.reloadOnWithdraw) location.reload();
    // The defaults were pushed by the main file when the first element connected.
    if (config.consentMode) consentUpdate(config.consentMode, grants);
    for (const c of config.categories) if (c.matomo) matomoChoice(c.matomo, grants(c.id));
  }
  // What only the page that stored the choice does, apart: a call made at start may have enforced
  // this choice already, but only the call made for it knows that it was stored here.
  if (key && state.local && !storedHere.has(key)) {
    storedHere.add(key);
    // The choice stored here is the one every page and server must read.
    removeShadows(host.cookieName, host.cookieDomain);
    const { proofUrl } = host;
    // What was shown: the configuration, and the built-in banner texts of the language under it.
    const lang = languageOf(host, config.texts);
    const shown = { config, lang, texts: { ...(lang == 'fr' ? bannerFr : bannerEn), ...config.texts[lang] } };
    if (proofUrl) sendProof(proofUrl, stored, shown, !!host.proofFullUrl);
  }
  gate();
}
