// A page's HTML as the lines its text would be copied as: a line per block of prose (headings,
// paragraphs, list items), a tab-separated line per table row. A small tolerant reader, not a parser:
// it only needs the text, the tables' cells (rowspan and colspan spread as a copy from the page gives
// them) and the links' addresses. PURE: no `node:` import (see import-charter.mjs).

/** The named entities a French page writes; any other is left as it is. */
const ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  uuml: 'ü',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
};

/** Text with its character references replaced. */
const decode = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, name) => {
    if (name[0] != '#') return ENTITIES[name] ?? all;
    const code = name[1] == 'x' || name[1] == 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });

/** Elements after (and before) which the text starts a new line. */
const BLOCKS = new Set(
  'address article aside blockquote br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary ul'.split(
    ' ',
  ),
);

/**
 * @param {string} html a page, or a part of one
 * @returns {string[]} its lines: prose, and table rows with their cells separated by tabs
 */
export function htmlLines(html) {
  const source = html.replace(/<!--[\s\S]*?(-->|$)|<(script|style|template|noscript)\b[\s\S]*?(<\/\2\s*>|$)/gi, ' ');
  /** @type {string[]} */
  const lines = [];
  let prose = '';
  /** The rows of the table being read: each a list of cells; `spans` carries rowspans down. */
  let table = null;
  /** Nested tables: their text goes into the outer table's cell. */
  let depth = 0;
  const endProse = () => {
    if (prose.trim()) lines.push(prose);
    prose = '';
  };
  const text = (words) => {
    if (table?.cell) table.cell.text += words;
    else if (table?.caption != null) table.caption += words;
    else if (!table) prose += words;
  };
  const endRow = () => {
    if (!table?.row) return;
    endCell();
    // Cells a rowspan above carries into this row, at their column.
    const cells = [];
    let column = 0;
    const next = () => {
      while (table.spans[column]?.left > 0) {
        cells.push(table.spans[column].text);
        table.spans[column].left--;
        column++;
      }
    };
    for (const cell of table.row) {
      next();
      for (let i = 0; i < cell.colspan; i++) {
        if (cell.rowspan > 1) table.spans[column] = { text: cell.text, left: cell.rowspan - 1 };
        cells.push(cell.text);
        column++;
      }
    }
    next();
    // A row of one cell (spanning the table, most often) is a heading inside the table, not a cookie.
    if (table.row.length == 1 && !cells.some((_, i) => i && cells[i] != cells[0])) lines.push(table.row[0].text);
    else lines.push(cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).join('\t'));
    table.row = null;
  };
  const endCell = () => {
    if (table?.cell) table.row.push(table.cell);
    if (table) table.cell = null;
  };
  /** A span attribute's number, 1 when absent or wrong, at most 100 (a page's typo must not make millions of cells). */
  const span = (attributes, name) => {
    const value = Number(attributes.match(new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i'))?.[1]);
    return value >= 1 ? Math.min(value, 100) : 1;
  };

  for (const [, closing, tagName, attributes, words] of source.matchAll(/<(\/?)([a-z][\w-]*)([^>]*)>?|([^<]+|<)/gi)) {
    if (words !== undefined) {
      text(decode(words).replace(/\t/g, ' '));
      continue;
    }
    const tag = tagName.toLowerCase();
    if (tag == 'table') {
      if (closing) {
        if (depth > 1) depth--;
        else if (depth == 1) {
          endRow();
          table = null;
          depth = 0;
        }
      } else if (depth++ == 0) {
        endProse();
        table = { row: null, cell: null, spans: [], caption: null };
      }
      continue;
    }
    if (depth > 1 || !table) {
      if (tag == 'a' && !closing) {
        // A link's address, when it is an absolute one: the platform's URL is often a link's.
        const href = attributes.match(/\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i)?.[1];
        if (href) text(` <${decode(href)}> `);
      } else if (BLOCKS.has(tag)) {
        if (table) text(' ');
        else endProse();
      } else text('');
      continue;
    }
    if (tag == 'tr') {
      endRow();
      if (!closing) table.row = [];
    } else if (tag == 'td' || tag == 'th') {
      endCell();
      if (!closing) {
        table.row ??= [];
        table.cell = { text: '', rowspan: span(attributes, 'rowspan'), colspan: span(attributes, 'colspan') };
      }
    } else if (tag == 'caption') {
      // The table's title: a heading line before its rows.
      endRow();
      if (!closing) table.caption = '';
      else if (table.caption != null) {
        lines.push(table.caption);
        table.caption = null;
      }
    } else if (tag == 'thead' || tag == 'tbody' || tag == 'tfoot') endRow();
    else if (BLOCKS.has(tag)) text(' ');
  }
  endRow();
  endProse();
  return lines;
}
