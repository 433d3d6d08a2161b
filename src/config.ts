/**
 * The element's inline JSON, turned into a validated configuration. Whatever is wrong is named in
 * `problems` (with its place, such as `cookies[2].name`), and everything that is right is kept: a
 * portal with one bad row still gets its banner and the rest of its table.
 */

/** A text given once, or per language: `"Statistiques"` or `{ "fr": "Statistiques", "en": "Statistics" }`. */
export type Localized = string | Record<string, string>;

export interface Category {
  id: string;
  /** Empty for the built-in `necessary` category unless the JSON rewords it: the language's texts apply. */
  label: Localized;
  description: Localized;
  /** Audience measurement that the CNIL exempts from consent: on without asking, the visitor can opt out. */
  exempt?: boolean;
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
}

export const NECESSARY = 'necessary';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v == 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v == 'string' && !!v.trim();

/** Each kind of field: what it accepts, and how an error message names it. */
const KINDS: Record<string, [(v: unknown) => boolean, string]> = {
  text: [isText, 'a non-empty string'],
  localized: [(v) => isText(v) || (KINDS.texts[0](v) && !!Object.keys(v as Json).length), 'a string or {"fr": …, "en": …}'],
  // Not a name objects already have ("constructor"): ids are keys of the stored choices.
  id: [(v) => typeof v == 'string' && /^[a-z][\w-]*$/i.test(v) && !(v in {}), 'an id such as "statistics"'],
  flag: [(v) => typeof v == 'boolean', 'true or false'],
  list: [Array.isArray, 'an array'],
  map: [isObject, 'an object'],
  texts: [(v) => isObject(v) && Object.values(v).every(isText), 'an object of non-empty strings'],
};

/** The fields of each kind of item: `kind`, or `kind?` when optional. */
const TOP = { categories: 'list?', cookies: 'list?', texts: 'map?' };
const CATEGORY = { id: 'id', label: 'localized', description: 'localized?', exempt: 'flag?' };
const COOKIE = { provider: 'text', service: 'text', name: 'text', purpose: 'text', category: 'id?', duration: 'text?' };

/** Pushes what is wrong with `item` to `problems`; true when the item is usable (unknown keys are harmless). */
function check(item: unknown, fields: Record<string, string>, path: string, problems: string[]): item is Json {
  if (!isObject(item)) return !problems.push(`${path}: expected an object, got ${JSON.stringify(item)}`);
  for (const key in item) if (!(key in fields)) problems.push(`${path}.${key}: unknown key`);
  const unknownKeys = problems.length;
  for (const key in fields) {
    const [accepts, name] = KINDS[fields[key].replace('?', '')];
    const value = item[key];
    if (value === undefined ? !fields[key].endsWith('?') : !accepts(value))
      problems.push(`${path}.${key}: expected ${name}, got ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return problems.length == unknownKeys;
}

/** Parses the inline JSON (`source`: the script's text, or null when there is none). */
export function parseConfig(source: string | null): { config: Config; problems: string[] } {
  const problems: string[] = [];
  const categories: Category[] = [{ id: NECESSARY, label: '', description: '' }];
  const config: Config = { categories, cookies: [], texts: {} };
  let json: unknown;
  try {
    json = JSON.parse(source ?? '{}');
    if (source == null) problems.push('none found: give the element a <script type="application/json"> child');
  } catch (error) {
    problems.push(`invalid JSON: ${(error as Error).message}`);
  }
  if (!check(json, TOP, 'configuration', problems)) return { config, problems };

  ((json.categories as unknown[]) || []).forEach((item, i) => {
    const path = `categories[${i}]`;
    if (!check(item, CATEGORY, path, problems)) return;
    const { id, label, description = '', exempt } = item as unknown as Category;
    const known = categories.find((c) => c.id == id);
    // `necessary` is built in: the JSON may reword it, once.
    if (id == NECESSARY && !known!.label) Object.assign(known!, { label, description });
    else if (known) problems.push(`${path}.id: "${id}" is already a category`);
    else categories.push({ id, label, description, exempt });
  });

  ((json.cookies as unknown[]) || []).forEach((item, i) => {
    const path = `cookies[${i}]`;
    if (!check(item, COOKIE, path, problems)) return;
    const row = { category: NECESSARY, ...item } as CookieRow;
    if (categories.some((c) => c.id == row.category)) config.cookies.push(row);
    else problems.push(`${path}.category: "${row.category}" is not a category`);
  });

  for (const [lang, texts] of Object.entries((json.texts as Json) || {}))
    if (check({ [lang]: texts }, { [lang]: 'texts' }, 'texts', problems)) config.texts[lang] = texts as Record<string, string>;
  return { config, problems };
}

/** The text of `value` in `lang`, else in French, else in whatever language it has. */
export const localize = (value: Localized, lang: string): string =>
  typeof value == 'string' ? value : (value[lang] ?? value.fr ?? Object.values(value)[0]);
