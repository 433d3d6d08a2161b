// The charter as static HTML, rendered in Node from the element's own charter view (dist/esm/, built
// from src/views/charter.ts) with Lit's server rendering: one template for the element and for the
// fallback a portal pastes inside <cookie-charter mode="charter">, so their texts and tables match.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

/** The element's ES modules, in the package (or in a checkout, after `npm run build`). */
const esm = (path) => import(new URL(`../dist/esm/${path}`, import.meta.url).href);

/**
 * Lit's markers out of the server's output: its comments (`<!--lit-part …-->`, `<!--lit-node 3-->`,
 * `<!--/lit-part-->`, `<!--?-->`) say where the bindings are, for hydration, which a fallback never
 * needs. The view's own markup has no comment.
 */
const withoutMarkers = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?lit\$\d+\$>/g, '');

/**
 * Lines indented by their depth, two spaces a level, instead of as the templates' source is: the
 * output has one tag per line, or one element with its text. Without the blank lines the markers and
 * the empty bindings leave, nor the space of an attribute left out (`<h3  class`).
 */
function tidy(html) {
  let depth = 0;
  return html
    .split('\n')
    .map((line) => line.trim().replace(/<(\w+) {2,}/g, '<$1 '))
    .filter(Boolean)
    .map((line) => {
      if (line.startsWith('</')) depth--;
      const indented = '  '.repeat(Math.max(depth, 0)) + line;
      if (/^<\w+[^>]*>$/.test(line)) depth++;
      return indented;
    })
    .join('\n');
}

/**
 * The visitor's choice (its switches and buttons) does nothing without the script: the fallback
 * stops before it. The element shows it once it runs.
 */
const withoutChoices = (html) => html.replace(/<section class="choices"[\s\S]*?<\/section>/, '');

/**
 * @param {unknown} config the element's JSON (README "The JSON"), as an object or as its text
 * @param {{ lang?: string, platformUrl: string, headingLevel?: number }} options the charter's language
 *   (`fr`, `en`, or one the JSON's `texts` gives), the `platform-url` and `heading-level` attributes
 * @returns {Promise<string>} the charter's HTML: its text and a table per category, without the choices
 * @throws {Error} "cookie-charter: …", a line per problem, for a configuration the element would report
 */
export async function renderCharter(config, { lang = 'fr', platformUrl, headingLevel = 2 }) {
  const [
    { parseConfig, NECESSARY },
    { explainProblems },
    { charterView },
    { shownCategories, unknownTextKeys },
    { charterFr },
    { charterEn },
    { bannerFr },
    { bannerEn },
  ] = await Promise.all([
    esm('config.js'),
    esm('config-problems.js'),
    esm('views/charter.js'),
    esm('views/shown-categories.js'),
    esm('i18n/charter-fr.js'),
    esm('i18n/charter-en.js'),
    esm('i18n/fr.js'),
    esm('i18n/en.js'),
  ]);
  const { config: checked, problems } = parseConfig(config ?? null);
  // Text keys that no view uses: the element's lazy part reports them too.
  problems.push(...unknownTextKeys(checked));
  const wrong = explainProblems(problems);
  if (!/^https?:\/\/\S+$/.test(platformUrl ?? ''))
    wrong.push(`platform-url: expected an http(s) URL, got ${JSON.stringify(platformUrl ?? null)}`);
  if (![1, 2, 3, 4].includes(headingLevel)) wrong.push(`heading-level: expected 1, 2, 3 or 4, got ${JSON.stringify(headingLevel)}`);
  if (lang != 'fr' && lang != 'en' && !Object.hasOwn(checked.texts, lang))
    wrong.push(`lang: expected fr, en or a language that "texts" gives, got ${JSON.stringify(lang)}`);
  if (wrong.length) throw new Error(wrong.map((line) => `cookie-charter: ${line}`).join('\n'));

  // The texts and the context as the element gives them to its views (charter-and-preferences.ts).
  const t = { ...charterEn, ...(lang == 'fr' ? { ...charterFr, ...bannerFr } : bannerEn), ...checked.texts[lang] };
  const context = {
    t,
    lang,
    platform: platformUrl,
    headingLevel,
    categories: shownCategories(checked, lang, t, (id) => id == NECESSARY),
    withDuration: checked.cookies.some((row) => row.duration),
    stored: null,
    gpc: false,
  };
  const html = await collectResult(render(charterView(context)));
  return tidy(withoutChoices(withoutMarkers(html))).trim() + '\n';
}
