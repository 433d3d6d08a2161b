/**
 * What makes the choice bind ("What a choice does" in the contract): gated scripts and frames,
 * clean-up on withdrawal, Google Consent Mode, Matomo and proof of consent. The main file fetches
 * this part when the page has something to enforce, and calls `enforce` from every element after each
 * stored choice (from this tab or another): what it does is page-wide, and done once per choice.
 */
import type { Config } from './config.js';
import { NECESSARY, languageOf, localize, providersOf } from './config.js';
import type { StoredChoice } from './consent-store.js';
import type { CookieCharter } from './cookie-charter.js';
import { checkCleanUp, deleteCookies } from './enforce/cleanup.js';
import { gateFrames, type PlaceholderTexts } from './enforce/frames.js';
import { sendProof } from './enforce/proof.js';
import { runGrantedScripts } from './enforce/scripts.js';
import { bannerEn } from './i18n/en.js';
import { bannerFr } from './i18n/fr.js';
import { placeholderEn, placeholderFr } from './i18n/placeholder.js';
import { consentDefault, consentUpdate } from './integrations/consent-mode.js';
import { matomoChoice, matomoRequire, type MatomoMode } from './integrations/matomo.js';
import { report } from './report.js';

export { borrow } from './borrowed.js';

export interface EnforceState {
  host: CookieCharter;
  config: Config;
  stored: StoredChoice | null;
  /** The choice was stored on this page (not in another tab): it is this page's to prove. */
  local: boolean;
}

const PLACEHOLDER: Record<string, PlaceholderTexts> = { fr: placeholderFr, en: placeholderEn };

let current: EnforceState | undefined;
/** Choices (id and date) already enforced: several elements report the same one. */
const enforced = new Set<string>();
/**
 * What was granted when this part last enforced a choice, to see withdrawals. Its first call sets it:
 * the main file loads this part at start whenever anything is granted (stored, or exempt).
 */
let lastGrants: Record<string, boolean> | undefined;

/**
 * Whether `category` may run, as the element that last reported says; undefined once it is gone:
 * nothing new runs or loads then, and no frame it loaded is taken away.
 */
const granted = (category: string) => (current?.host.isConnected ? current.host.has(category) : undefined);

/** Gated scripts and frames, as the current choice says; again whenever the page adds some. */
function gate(): void {
  const { host, config } = current!;
  const lang = languageOf(host, config.texts);
  runGrantedScripts(granted, host.nonce || host.getAttribute('nonce') || '');
  gateFrames(
    granted,
    (id) => {
      const category = config.categories.find((c) => c.id == id);
      const providers = providersOf(config, id).join(', ');
      const texts = { ...placeholderEn, ...PLACEHOLDER[lang], ...config.texts[lang] } as PlaceholderTexts;
      return [{ label: category?.label ? localize(category.label, lang) : id, providers }, texts, lang];
    },
    (id) => current!.host.save({ [id]: true }),
  );
}

/**
 * The integrations' settings, checked here rather than in config.ts (this part is fetched whenever
 * they are present): what is wrong is reported once and left out.
 */
const checked = new WeakMap<Config, ReturnType<typeof integrations>>();

function integrations(config: Config): [Record<string, string[]> | undefined, { id: string; matomo: MatomoMode }[]] {
  if (checked.has(config)) return checked.get(config)!;
  const problems: string[] = [];
  const known = (id: string) => config.categories.some((c) => c.id == id);
  let consentMode = config.consentMode as Record<string, string[]> | undefined;
  if (consentMode !== undefined) {
    const valid =
      !!consentMode && typeof consentMode == 'object' &&
      Object.entries(consentMode).every(([id, types]) => known(id) && Array.isArray(types) && types.every((t) => typeof t == 'string' && t));
    if (!valid) {
      problems.push(`consentMode: expected {"category": ["consent type", …]} naming categories, got ${JSON.stringify(consentMode)}`);
      consentMode = undefined;
    }
  }
  const matomo = config.categories.filter((c, i) => {
    const ok = c.matomo === undefined || c.matomo === true || c.matomo == 'cookies';
    if (!ok) problems.push(`categories[${i - 1}].matomo: expected true or "cookies", got ${JSON.stringify(c.matomo)}`);
    return ok && c.matomo !== undefined;
  }) as { id: string; matomo: MatomoMode }[];
  report(problems);
  checked.set(config, [consentMode, matomo]);
  return [consentMode, matomo];
}

export function enforce(state: EnforceState): void {
  const first = !current;
  current = state;
  const { host, config, stored } = state;
  const optional = config.categories.slice(1).map((c) => c.id);
  const [consentMode, matomo] = integrations(config);

  if (first) {
    lastGrants = stored ? undefined : Object.fromEntries(optional.map((id) => [id, host.has(id)]));
    // Before any gated script runs.
    if (consentMode) consentDefault(consentMode);
    for (const c of matomo) matomoRequire(c.matomo);
    new MutationObserver((mutations) => {
      if (mutations.some((m) => [...m.addedNodes].some((n) => /^(SCRIPT|IFRAME)$/.test(n.nodeName) || (n as Element).querySelector?.('script,iframe'))))
        gate();
    }).observe(document, { childList: true, subtree: true });
  }

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
    if (withdrawn.length && host.hasAttribute('reload-on-withdraw')) location.reload();
    if (consentMode) consentUpdate(consentMode, grants);
    for (const c of matomo) matomoChoice(c.matomo, grants(c.id));
    const proofUrl = host.getAttribute('proof-url');
    if (state.local && proofUrl) {
      // What was shown: the configuration, and the built-in banner texts of the language under it.
      const lang = languageOf(host, config.texts);
      const shown = { config, lang, texts: { ...(lang == 'fr' ? bannerFr : bannerEn), ...config.texts[lang] } };
      sendProof(proofUrl, stored, shown, host.hasAttribute('proof-full-url'));
    }
  }
  gate();
}
