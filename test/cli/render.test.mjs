// `cookie-charter render`: the element's own charter view, rendered in Node by Lit's server
// rendering, as clean static HTML (the browser side compares it with the element: fallback.test.ts).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { renderCharter } from '../../cli/render-charter.mjs';
import { renderedFiles } from '../../scripts/fallbacks.mjs';

const cli = (args, input) => spawnSync(process.execPath, ['bin/cookie-charter.mjs', ...args], { encoding: 'utf8', input });
const CONFIG = 'test/fixtures/fallback/config.json';
const URL = 'https://data.exemple.fr';

describe('the command', () => {
  test('a config file: the charter on stdout, exit 0', () => {
    const run = cli(['render', CONFIG, '--platform-url', URL]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^<article part="charter" class="charter" lang="fr" aria-labelledby="cc-charter-title">\n/);
    assert.match(run.stdout, /<h2 id="cc-charter-title" class="rank0">Charte cookies<\/h2>/);
    assert.match(run.stdout, /<h3 class="rank1">À quoi servent les cookies sur la plateforme https:\/\/data\.exemple\.fr<\/h3>/);
    assert.match(
      run.stdout,
      /<h4 id="cc-table-statistics" class="rank2">Mesure d’audience<\/h4>\n\s*<p>Nous aident à améliorer le portail\.<\/p>/,
    );
    assert.match(
      run.stdout,
      /<td>Matomo<\/td>\s*<td>Mesure d’audience<\/td>\s*<td><code>_pk_id\.\*<\/code><\/td>\s*<td>Distinguer les visiteurs\.<\/td>\s*<td>13 mois<\/td>/,
    );
  });

  test('clean static HTML: no Lit marker or comment, no control that needs the script', () => {
    const { stdout } = cli(['render', CONFIG, '--platform-url', URL]);
    assert.doesNotMatch(stdout, /<!--|lit-|<\?/);
    assert.doesNotMatch(stdout, /<(input|button|section)\b/);
    assert.doesNotMatch(stdout, /Vos choix/);
  });

  test('the JSON’s strings are text, never markup', () => {
    const { stdout } = cli(['render', CONFIG, '--platform-url', URL]);
    assert.match(stdout, />Vidéos &lt;intégrées&gt;</);
    assert.match(stdout, /<td>Lire les vidéos &lt;b&gt;sans&lt;\/b&gt; HTML\.<\/td>/);
    assert.doesNotMatch(stdout, /<b>/);
  });

  test('--lang en, with the JSON’s own English texts; --heading-level 1; the config from stdin', () => {
    const run = cli(['render', '-', '--platform-url', URL, '--lang', 'en', '--heading-level', '1'], readFileSync(CONFIG, 'utf8'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /lang="en"/);
    assert.match(run.stdout, /<h1 id="cc-charter-title" class="rank0">Cookie charter<\/h1>/);
    assert.match(run.stdout, /<h3 id="cc-table-statistics" class="rank2">Audience measurement<\/h3>/);
    assert.match(run.stdout, /<th scope="col">Cookie name<\/th>/);
  });

  test('an invalid config: the element’s own words for each problem, exit 1', () => {
    const config = {
      categories: [{ id: 'statistics' }],
      cookies: [{ provider: 'Matomo', service: 'S', name: 42, purpose: 'P', category: 'ads' }],
      colour: 'red',
    };
    const run = cli(['render', '-', '--platform-url', URL], JSON.stringify(config));
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      [
        'cookie-charter: configuration.colour: unknown key',
        'cookie-charter: categories[0].label: expected a string or {"fr": …, "en": …}, got nothing',
        'cookie-charter: cookies[0].name: expected a non-empty string, got 42',
        '',
      ].join('\n'),
    );
  });

  test('invalid JSON and a text key no view uses: exit 1', () => {
    assert.match(cli(['render', '-', '--platform-url', URL], '{ "cookies": [ }').stderr, /^cookie-charter: invalid JSON: /);
    const typo = cli(['render', '-', '--platform-url', URL], '{ "texts": { "fr": { "charterTitel": "Charte" } } }');
    assert.equal(typo.status, 1);
    assert.equal(typo.stderr, 'cookie-charter: texts.fr.charterTitel: unknown key\n');
  });

  test('a wrong --platform-url, --lang or --heading-level: named, exit 1', () => {
    const run = cli(['render', CONFIG, '--platform-url', 'data.exemple.fr', '--lang', 'de', '--heading-level', '7']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^cookie-charter: platform-url: expected an http\(s\) URL, got "data\.exemple\.fr"$/m);
    assert.match(run.stderr, /^cookie-charter: heading-level: expected 1, 2, 3 or 4, got 7$/m);
    assert.match(run.stderr, /^cookie-charter: lang: expected fr, en or a language that "texts" gives, got "de"$/m);
  });

  test('no --platform-url, or no file: the usage, exit 2', () => {
    assert.equal(cli(['render', CONFIG]).status, 2);
    assert.match(cli(['render', '--platform-url', URL]).stderr, /^usage: cookie-charter render/);
    assert.equal(cli(['render', CONFIG, '--platform-url', URL, '--colour', 'red']).status, 2);
  });
});

test('renderCharter() takes the JSON as an object too', async () => {
  const html = await renderCharter(JSON.parse(readFileSync(CONFIG, 'utf8')), { lang: 'fr', platformUrl: URL });
  assert.equal(html, cli(['render', CONFIG, '--platform-url', URL]).stdout);
});

// The repository's rendered charters (the demo's fallback, the browser tests' fixtures) are what
// `render` gives today: a change of the charter's texts or template fails here until they are written again.
for (const { path, content } of await renderedFiles())
  test(`${path} holds the charter as render gives it`, () => {
    assert.ok(readFileSync(path, 'utf8') == content, `${path} is out of date with cookie-charter render: run npm run fallbacks`);
  });
