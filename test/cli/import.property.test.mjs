// The importer under fast-check: arbitrary input never makes it throw anything but its own clear
// error, and generated charters (text copied from a page, or HTML) give back exactly their rows.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { importCharter } from '../../cli/import-charter.mjs';

/** Either a result, or the importer's own error: "cookie-charter: …" on one line. */
function importsOrSaysWhy(input) {
  try {
    const { config, platformUrl } = importCharter(input);
    assert.ok(config.cookies.length > 0);
    assert.ok(platformUrl === null || /^https?:\/\//.test(platformUrl));
  } catch (error) {
    assert.ok(error instanceof Error, `threw ${String(error)}`);
    assert.match(error.message, /^cookie-charter: [^\n]+$/);
  }
}

/** Pieces of charters, pages and noise, to build inputs that get further than random text. */
const PIECES = [
  '\t',
  '\n',
  '\r\n',
  ' ',
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&#65;',
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '<td rowspan="3">',
  '<td colspan=99999>',
  '</td>',
  '<th>',
  '<thead>',
  '<caption>',
  '</caption>',
  '<!--',
  '-->',
  '<script>',
  '<a href="https://x.fr">',
  'Nom du prestataire',
  'Service et emplacement',
  'Nom du cookie',
  'Finalités',
  'Durée de conservation',
  'Catégorie',
  'Opendatasoft',
  'sessionid',
  'Cookies de mesure d’audience',
  'Cookies nécessaires',
  'Cookies publicitaires',
  'plateforme ',
  'https://data.exemple.fr',
  '---',
  '\0',
  '\u00a0',
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

test('arbitrary text never throws anything but the clear error', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), importsOrSaysWhy), { numRuns: 500 });
});

test('inputs built from pieces of charters and pages never throw anything but the clear error', () => {
  fc.assert(fc.property(pieced, importsOrSaysWhy), { numRuns: 1000 });
});

/** A cell: words of letters (accented too), digits and punctuation, never empty, no tab or line break. */
const cell = (alphabet) =>
  fc.array(fc.stringMatching(new RegExp(`^[${alphabet}]{1,12}$`)), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const TEXT_CELL = 'a-zA-Z0-9éèàçÉô_.*()’\'"&;,/+=%';
// An HTML page's cells can hold what must be escaped there.
const HTML_CELL = `${TEXT_CELL}<>`;

/** The headings the charters give their categories, and the id each maps to. */
const HEADINGS = {
  necessary: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
  statistics: 'Cookies de mesure d’audience',
  media: 'Cookies des vidéos et contenus tiers',
  ads: 'Cookies publicitaires',
};

/** A charter: tables of one category each (no two of the same), rows with or without durations. */
const charter = (alphabet) =>
  fc
    .record({
      url: fc.constantFrom('https://data.exemple.fr', 'https://opendata.region.eu/portail'),
      tables: fc.uniqueArray(
        fc.record({
          category: fc.constantFrom(...Object.keys(HEADINGS)),
          rows: fc.array(
            fc.record(
              {
                provider: cell(alphabet),
                service: cell(alphabet),
                name: cell(alphabet),
                purpose: cell(alphabet),
                duration: cell(alphabet),
              },
              { requiredKeys: ['provider', 'service', 'name', 'purpose'] },
            ),
            { minLength: 1, maxLength: 6 },
          ),
        }),
        { minLength: 1, maxLength: 4, selector: (table) => table.category },
      ),
      withDuration: fc.boolean(),
    })
    .map(({ url, tables, withDuration }) => ({
      url,
      withDuration,
      tables: tables.map(({ category, rows }) => ({
        category,
        rows: rows.map(({ duration, ...row }) => (withDuration && duration ? { ...row, duration } : row)),
      })),
    }));

/** What the importer should give back for a generated charter. */
const expected = ({ tables }) => {
  const optional = tables.filter((table) => table.category != 'necessary');
  const cookies = tables.flatMap(({ category, rows }) =>
    rows.map(({ duration, ...row }) => ({ ...row, ...(category == 'necessary' ? {} : { category }), ...(duration ? { duration } : {}) })),
  );
  return optional.length ? { categories: optional.map((t) => ({ id: t.category, label: HEADINGS[t.category] })), cookies } : { cookies };
};

const COLUMNS = ['Nom du prestataire', 'Service et emplacement', 'Nom du cookie', 'Finalités'];
const columns = (withDuration) => (withDuration ? [...COLUMNS, 'Durée de conservation'] : COLUMNS);
const values = (row, withDuration) => [row.provider, row.service, row.name, row.purpose, ...(withDuration ? [row.duration ?? ''] : [])];

/** The charter as its text is copied from a page. */
const asText = ({ url, tables, withDuration }) =>
  [
    'Charte cookies',
    '',
    `A quoi servent les cookies sur la plateforme <${url}>`,
    ...tables.flatMap(({ category, rows }) => [
      '',
      // Some charters end their headings with a colon.
      HEADINGS[category] + (category == 'ads' ? ' :' : ''),
      '',
      columns(withDuration).join('\t'),
      ...rows.map((row) => values(row, withDuration).join('\t')),
    ]),
  ].join('\n');

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The charter as the page's HTML. */
const asHtml = ({ url, tables, withDuration }) =>
  [
    '<h1>Charte cookies</h1>',
    `<h2>À quoi servent les cookies sur la plateforme <a href="${url}">${url}</a></h2>`,
    ...tables.flatMap(({ category, rows }) => [
      `<h3>${escape(HEADINGS[category])}</h3>`,
      '<table><thead><tr>',
      ...columns(withDuration).map((name) => `<th scope="col">${name}</th>`),
      '</tr></thead><tbody>',
      ...rows.map(
        (row) =>
          `<tr>${values(row, withDuration)
            .map((value) => `<td>${escape(value)}</td>`)
            .join('\n')}</tr>`,
      ),
      '</tbody></table>',
    ]),
  ].join('\n');

test('a generated charter copied as text gives back exactly its rows and URL', () => {
  fc.assert(
    fc.property(charter(TEXT_CELL), (generated) => {
      assert.deepEqual(importCharter(asText(generated)), { config: expected(generated), platformUrl: generated.url });
    }),
    { numRuns: 300 },
  );
});

test('a generated charter as HTML gives back exactly its rows and URL', () => {
  fc.assert(
    fc.property(charter(HTML_CELL), (generated) => {
      assert.deepEqual(importCharter(asHtml(generated)), { config: expected(generated), platformUrl: generated.url });
    }),
    { numRuns: 300 },
  );
});
