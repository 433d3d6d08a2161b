/**
 * What the charter shows of a configuration, for the element's lazy part and for the command line's
 * `render` (cli/render-charter.mjs, from dist/esm/): one reading, so that the fallback a portal pastes
 * and the element's own charter cannot drift apart. No Lit here: the part's top-level rule.
 */
import { NECESSARY, localize, type Config, type Problem } from '../config.js';
import { bannerEn } from '../i18n/en.js';
import { charterEn } from '../i18n/charter-en.js';
import { placeholderEn } from '../i18n/placeholder.js';
import type { ShownCategory, Texts } from './context.js';

/** The categories in the page's language, each with its rows and its switch's state. */
export function shownCategories(config: Config, lang: string, t: Texts, isOn: (id: string) => boolean): ShownCategory[] {
  return config.categories.map((c) => ({
    id: c.id,
    label: c.label ? localize(c.label, lang) : t.necessaryLabel,
    description: c.description ? localize(c.description, lang) : c.label ? '' : t.necessaryDescription,
    necessary: c.id == NECESSARY,
    exempt: !!c.exempt,
    cookies: config.cookies.filter((row) => row.category == c.id),
    on: isOn(c.id),
  }));
}

/** The JSON's text keys that no view uses (typos): only checkable where every view's keys are known. */
export function unknownTextKeys(config: Config): Problem[] {
  const known = { ...bannerEn, ...charterEn, ...placeholderEn };
  const problems: Problem[] = [];
  for (const [lang, texts] of Object.entries(config.texts))
    for (const key in texts) if (!Object.hasOwn(known, key)) problems.push([`texts.${lang}.${key}`, 'unknown']);
  return problems;
}
