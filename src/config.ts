/**
 * The element's inline JSON, turned into a validated configuration. Everything that is right is kept:
 * a portal with one bad row still gets its banner and the rest of its table. What is wrong is noted
 * as a `Problem` (place, code, value); config-problems.ts, in the lazily loaded part, words it, so a
 * correct configuration never pays for the messages.
 */

/** A text given once, or per language: `"Statistiques"` or `{ "fr": "Statistiques", "en": "Statistics" }`. */
export type Localized = string | Record<string, string>;

export interface Category {
  id: string;
  /** Empty for the built-in `necessary` category: its texts are `necessaryLabel` and `necessaryDescription`. */
  label: Localized;
  description?: Localized;
  /** Audience measurement that the CNIL exempts from consent: on without asking, the visitor can opt out. */
  exempt?: boolean;
  /** Matomo's consent for this category: `true` (requireConsent…) or `"cookies"` (requireCookieConsent…). */
  matomo?: true | 'cookies';
}

export interface CookieRow {
  provider: string;
  service: string;
  name: string;
  purpose: string;
  category: string;
  duration?: string;
}

export interface Config {
  /** Every category, the built-in `necessary` first. */
  categories: Category[];
  cookies: CookieRow[];
  /** Per language, texts that replace the built-in ones. */
  texts: Record<string, Record<string, string>>;
  /** Google Consent Mode: per category, the consent types it grants (`{"statistics": ["analytics_storage"]}`). */
  consentMode?: Record<string, string[]>;
}

/** The kinds of value a field takes (see KINDS). */
export type Kind = 'text' | 'localized' | 'id' | 'flag' | 'list' | 'object' | 'languages' | 'matomo' | 'consentMode';

/**
 * The configuration as the JSON gives it, and as the element's `config` property takes it. Checked
 * all the same: what a caller's types let through (or plain JavaScript) is reported like the JSON.
 */
export interface CookieCharterConfig {
  categories?: Category[];
  cookies?: (Omit<CookieRow, 'category'> & { category?: string })[];
  texts?: Record<string, Record<string, string>>;
  consentMode?: Record<string, string[]>;
}

/**
 * What is wrong: a kind the value is not, or `unknown` (key), `duplicate` (category id), `category`
 * (not one), `json` (unparsable), `none` (no JSON); from the element, `attribute` (not valid) and
 * `choice` (a save() key). config-problems.ts has words for each, checked by the compiler.
 */
export type ProblemCode = Kind | 'unknown' | 'duplicate' | 'category' | 'json' | 'none' | 'attribute' | 'choice';

/** Where (`cookies[2].name`), what, and the value. */
export type Problem = [place: string, code: ProblemCode, value?: unknown];

export const NECESSARY = 'necessary';

type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => !!v && typeof v == 'object' && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v == 'string' && !!v.trim();
const isTexts = (v: unknown) => isObject(v) && Object.values(v).every(isText);

/** What each kind of field accepts. */
export const KINDS: Record<Kind, (v: unknown) => boolean> = {
  text: isText,
  localized: (v) => isText(v) || (isTexts(v) && !!Object.keys(v as Json).length),
  // Not a name objects already have ("constructor"): ids are keys of the stored choices.
  id: (v) => typeof v == 'string' && /^[a-z][\w-]*$/i.test(v) && !(v in {}),
  flag: (v) => typeof v == 'boolean',
  list: Array.isArray,
  object: isObject,
  languages: (v) => isObject(v) && Object.values(v).every(isTexts),
  matomo: (v) => v === true || v == 'cookies',
  // Checked once the categories are known (see parseConfig).
  consentMode: isObject,
};

/** A field's kind, `kind?` when optional. */
type Field = Kind | `${Kind}?`;

/** The fields of each kind of item. */
const TOP: Record<string, Field> = { categories: 'list?', cookies: 'list?', texts: 'languages?', consentMode: 'consentMode?' };
const CATEGORY: Record<string, Field> = { id: 'id', label: 'localized', description: 'localized?', exempt: 'flag?', matomo: 'matomo?' };
const COOKIE: Record<string, Field> = {
  provider: 'text',
  service: 'text',
  name: 'text',
  purpose: 'text',
  category: 'id?',
  duration: 'text?',
};

/** Notes what is wrong with `item`; true when it is usable (an unknown key is harmless). */
function check(item: unknown, fields: Record<string, Field>, place: string, problems: Problem[]): item is Json {
  if (!isObject(item)) {
    problems.push([place, 'object', item]);
    return false;
  }
  // Own keys only: "constructor" or "__proto__" is as unknown as any other.
  for (const key in item) if (!Object.hasOwn(fields, key)) problems.push([`${place}.${key}`, 'unknown']);
  let usable = true;
  for (const key in fields) {
    const kind = fields[key].replace('?', '') as Kind;
    if (item[key] === undefined ? kind == fields[key] : !KINDS[kind](item[key])) {
      problems.push([`${place}.${key}`, kind, item[key]]);
      usable = false;
    }
  }
  return usable;
}

/**
 * Checks the configuration: `source` is the inline JSON's text, or the value of the `config` property
 * (any other value than a string: an object, or whatever a caller gave), or null when there is none.
 */
export function parseConfig(source: unknown): { config: Config; problems: Problem[] } {
  const problems: Problem[] = [];
  const categories: Category[] = [{ id: NECESSARY, label: '' }];
  const config: Config = { categories, cookies: [], texts: {} };
  let json: unknown = {};
  if (source == null) problems.push(['configuration', 'none']);
  else if (typeof source != 'string') json = source;
  else
    try {
      json = JSON.parse(source);
    } catch (error) {
      problems.push(['configuration', 'json', (error as Error).message]);
    }
  check(json, TOP, 'configuration', problems);
  const top = isObject(json) ? json : {};
  const list = (value: unknown) => (Array.isArray(value) ? value : []);

  list(top.categories).forEach((item, i) => {
    const place = `categories[${i}]`;
    // A wrong `matomo` is reported and left out; its category is kept.
    if (isObject(item) && item.matomo !== undefined && !KINDS.matomo(item.matomo)) {
      problems.push([`${place}.matomo`, 'matomo', item.matomo]);
      item = { ...item, matomo: undefined };
    }
    if (!check(item, CATEGORY, place, problems)) return;
    if (categories.some((c) => c.id == item.id)) problems.push([`${place}.id`, 'duplicate', item.id]);
    else categories.push(item as unknown as Category);
  });

  list(top.cookies).forEach((item, i) => {
    const place = `cookies[${i}]`;
    if (!check(item, COOKIE, place, problems)) return;
    const row = { category: NECESSARY, ...item } as CookieRow;
    if (categories.some((c) => c.id == row.category)) config.cookies.push(row);
    else problems.push([`${place}.category`, 'category', row.category]);
  });

  // Texts that are not all strings are left out, all of them: the built-in ones are shown.
  if (KINDS.languages(top.texts)) config.texts = top.texts as Config['texts'];
  // Consent Mode is used whole or not at all: every key a category, every value consent types.
  const consentMode = top.consentMode;
  if (isObject(consentMode)) {
    if (
      Object.entries(consentMode).every(([id, types]) => categories.some((c) => c.id == id) && Array.isArray(types) && types.every(isText))
    )
      config.consentMode = consentMode as Config['consentMode'];
    else problems.push(['consentMode', 'consentMode', consentMode]);
  }
  return { config, problems };
}

/** The text of `value` in `lang`, else in French, else in whatever language it has. */
export const localize = (value: Localized, lang: string): string =>
  typeof value == 'string' ? value : (value[lang] ?? value.fr ?? Object.values(value)[0]);

/**
 * The language an element is shown in: its nearest `[lang]` (French when none), regional variants as
 * their language, and English for a language that is neither French nor one `texts` gives.
 */
export function languageOf(el: Element, texts: Config['texts']): string {
  const lang = (el.closest('[lang]')?.getAttribute('lang') || 'fr').split('-')[0].toLowerCase();
  return lang == 'fr' || lang in texts ? lang : 'en';
}

/** Who sets a category's cookies, each named once, in the table's order. */
export const providersOf = (config: Config, category: string): string[] => [
  ...new Set(config.cookies.filter((row) => row.category == category).map((row) => row.provider)),
];
