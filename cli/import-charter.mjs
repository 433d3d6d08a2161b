// An existing "Charte cookies", as a portal publishes it, read back into the element's JSON. Two kinds
// of input: the text copied from the page (prose, the platform's URL, tab-separated rows) and the
// page's HTML, whose tables are first turned into the same tab-separated lines (cli/html-lines.mjs).
// PURE: no `node:` import, so that a page (the configurator) can import it as a module.
import { htmlLines } from './html-lines.mjs';

/** @typedef {{ provider: string, service: string, name: string, purpose: string, category?: string, duration?: string }} Row */
/** @typedef {{ id: string, label: string }} Category */
/** @typedef {{ categories?: Category[], cookies: Row[] }} Config */
/** @typedef {'provider' | 'service' | 'name' | 'purpose' | 'duration' | 'category'} Column */

/** Lower case, without accents or typographic apostrophes: what the column and category words are matched on. */
const plain = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

/**
 * The words that name each column in the charters' header rows (French and English), tried in this
 * order: "Nom du prestataire" is the provider before "nom" can make it the cookie's name.
 * @type {[Column, RegExp][]}
 */
const COLUMN_WORDS = [
  ['duration', /duree|conservation|expiration|duration|lifetime|retention|validite/],
  ['purpose', /finalite|purpose|objet|utilite|usage|role|description/],
  ['provider', /prestataire|fournisseur|editeur|emetteur|provider|vendor|societe/],
  ['service', /service|emplacement|location/],
  ['category', /categorie|category|type/],
  ['name', /cookie|traceur|^nom$|^name$/],
];

const REQUIRED = /** @type {const} */ (['provider', 'service', 'name', 'purpose']);
/** The columns whose cells a charter merges over several rows (one provider, one service, many cookies). */
const MERGED = ['provider', 'service'];

/**
 * The element's categories, from the words of the heading above a table. `necessary` is built in: its
 * rows carry no `category`. Any other heading becomes a category of its own (an id made from it).
 */
const CATEGORY_WORDS = [
  ['necessary', /necessaire|fonctionnel|indispensable|essentiel|strictement|technique|necessary|essential|functional/],
  ['statistics', /statisti|audience|analytique|analytics|mesure|measurement/],
  ['ads', /publicit|marketing|ciblage|advertising|targeting/],
  ['media', /video|media|reseaux sociaux|social|contenus? tiers|partage|embedded|third-party content|cartes?\b/],
];

/** The category id a heading names, or undefined when none of the words is there. */
const knownCategory = (heading) => CATEGORY_WORDS.find(([, words]) => words.test(plain(heading)))?.[0];

/** An id for a heading that names no known category: its first words, as the element's ids allow. */
const idOf = (heading) =>
  plain(heading)
    .replace(/\bcookies?\b|\bles?\b|\bdes?\b|\bdu\b|\bla\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '') || 'other';

/** A cell or a line as the element shows it: one space between words, none around. */
const tidy = (text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/**
 * Which column each cell of a header row is, or null when the row is not a header: it must name the
 * four columns the element needs, each once.
 * @param {string[]} cells
 * @returns {(Column | undefined)[] | null}
 */
function headerColumns(cells) {
  const columns = cells.map((cell) => (cell ? COLUMN_WORDS.find(([, words]) => words.test(plain(cell)))?.[0] : undefined));
  const named = columns.filter(Boolean);
  if (new Set(named).size != named.length) return null;
  return REQUIRED.every((column) => columns.includes(column)) ? columns : null;
}

/** The first http(s) URL in the 400 characters from `at`, without the sentence's closing punctuation. */
function urlAfter(text, at) {
  const url = text.slice(at, at + 400).match(/https?:\/\/[^\s<>"'()[\]]+/i)?.[0];
  return url ? url.replace(/[.,;:!?]+$/, '') : null;
}

/**
 * The platform's URL: the one after the charters' "À quoi servent les cookies sur la plateforme <URL>",
 * else the first one after any "plateforme" (the word may come earlier in the prose, far from a URL).
 */
function platformUrlOf(text) {
  const heading = text.search(/[àa] quoi servent les cookies sur la plate-?forme/i);
  const url = heading >= 0 ? urlAfter(text, heading) : null;
  if (url) return url;
  for (const { index } of text.matchAll(/plate-?forme|platform/gi)) {
    const found = urlAfter(text, index);
    if (found) return found;
  }
  return null;
}

/** @param {string} message */
const fail = (message) => new Error(`cookie-charter: ${message}`);

/**
 * Reads a published charter.
 * @param {string} text the text copied from the charter's page, or its HTML
 * @returns {{ config: Config, platformUrl: string | null }} the element's JSON, and the platform's URL when the charter names one
 * @throws {Error} "cookie-charter: …" when the input holds no cookie table
 */
export function importCharter(text) {
  if (typeof text != 'string' || !text.trim()) throw fail('the input is empty: give the text or the HTML of a "Charte cookies" page');
  // NUL and the C0 controls other than tab, line feed and carriage return: no page's text has them.
  // eslint-disable-next-line no-control-regex -- finding them is the point
  if (/[\0-\x08\x0e-\x1f]/.test(text.slice(0, 4096)))
    throw fail('the input is not text (binary data?): give the text or the HTML of a "Charte cookies" page');
  const html = /<table[\s>]/i.test(text);
  const lines = html ? htmlLines(text) : text.replace(/\r\n?/g, '\n').split('\n');
  const prose = lines.filter((line) => !line.includes('\t')).join('\n');

  /** @type {Category[]} */
  const categories = [];
  /** @type {Row[]} */
  const cookies = [];
  /** @type {{ columns: (Column | undefined)[], category: string, previous?: Row, rows: number, line: number } | null} */
  let table = null;
  /** The short prose lines (headings, not paragraphs) since the last header row. */
  let headings = [];

  /** The id of the category a heading names, added to `categories` the first time. */
  const categoryOf = (heading) => {
    const id = knownCategory(heading) ?? idOf(heading);
    if (id != 'necessary' && !categories.some((c) => c.id == id)) categories.push({ id, label: heading });
    return id;
  };
  /** The category of a table whose header row comes after `headings`. */
  const tableCategory = () => {
    const named = headings.findLast((line) => knownCategory(line));
    if (named) return categoryOf(named);
    // A heading that names no known category, right above the table: a category of the portal's own.
    const last = headings.at(-1);
    return last && !platformUrlOf(last) ? categoryOf(last) : 'necessary';
  };
  const endTable = () => {
    if (table && !table.rows) throw fail(`${html ? `cookie table ${tables}, row 1` : where(table.line)}: a cookie table without rows`);
    table = null;
  };
  /** Header rows so far, and tab-separated lines since the last one (a page's table rows, the header first). */
  let tables = 0;
  let tableRow = 0;
  /** Where a line is: in a text, its line; in HTML, whose lines are no one's, the table and its row. */
  const where = (index) => (html ? `cookie table ${tables}, row ${tableRow}` : `line ${index + 1}`);

  lines.forEach((line, index) => {
    if (!line.includes('\t')) {
      // A heading is short and ends without a full stop: not a paragraph of the prose. Its colon
      // ("Cookies tiers :") is no part of a label.
      const words = tidy(line).replace(/\s*:$/, '');
      if (!words || words.length > 120 || /[.;,]$/.test(words)) return;
      headings.push(words);
      // Inside a table, a heading that names a category starts the rows of that category (the
      // charter's next table, without a header row of its own); any other stray line is left.
      if (table?.rows && knownCategory(words)) table.category = categoryOf(words);
      return;
    }
    tableRow++;
    const cells = line.split('\t').map(tidy);
    // Markdown's separator row, or a row of empty cells.
    if (cells.every((cell) => /^[-:|]*$/.test(cell))) return;
    const columns = headerColumns(cells);
    if (columns) {
      endTable();
      tables++;
      tableRow = 1;
      table = { columns, category: tableCategory(), rows: 0, line: index };
      headings = [];
      return;
    }
    if (!table || cells.filter(Boolean).length < 2) return;
    /** @type {Record<string, string>} */
    const values = {};
    table.columns.forEach((column, i) => {
      if (column && cells[i]) values[column] = cells[i];
    });
    /** @type {Row} */
    const row = { provider: '', service: '', name: '', purpose: '' };
    for (const column of REQUIRED) {
      // An empty provider or service cell under a merged one (a provider spanning rows, pasted once)
      // takes the value above. A cookie's name and purpose are its own: never another row's.
      const value = values[column] ?? (MERGED.includes(column) ? table.previous?.[column] : undefined);
      if (!value) throw fail(`${where(index)}: no ${column} in the row "${cells.filter(Boolean).join(' | ')}"`);
      row[column] = value;
    }
    const category = values.category ? categoryOf(values.category) : table.category;
    if (category != 'necessary') row.category = category;
    if (values.duration) row.duration = values.duration;
    cookies.push(row);
    table.previous = row;
    table.rows++;
  });
  endTable();
  if (!cookies.length)
    throw fail(
      'no cookie table found: expected a header row naming the columns (Nom du prestataire, Service et emplacement, Nom du cookie, Finalités), ' +
        'then a row per cookie, tab-separated (copied from the page) or in an HTML <table>',
    );
  return { config: categories.length ? { categories, cookies } : { cookies }, platformUrl: platformUrlOf(prose) };
}
