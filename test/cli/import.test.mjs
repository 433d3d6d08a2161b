// `cookie-charter import`: the five portals' published charters (test/fixtures/seeds/, the text copied
// from their pages; test/fixtures/charters/, the same rows in a page's HTML) give back exactly their
// rows and URL. The expected JSON is written by hand from the seeds, not by the importer.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importCharter } from '../../cli/import-charter.mjs';

const cli = (args, input) => spawnSync(process.execPath, ['bin/cookie-charter.mjs', ...args], { encoding: 'utf8', input });

/** The four rows every seed publishes, in their order; the last one's purpose is worded two ways. */
const opendatasoftRows = (lastPurpose) => [
  {
    provider: 'Opendatasoft',
    service: 'Authentification (front et back office)',
    name: 'sessionid',
    purpose: "Se souvenir de l'utilisateur d'une page à une autre.",
  },
  {
    provider: 'Opendatasoft',
    service: 'Sélection de la langue (front et back office)',
    name: 'django_language',
    purpose: 'Se souvenir de la langue du visiteur',
  },
  {
    provider: 'Opendatasoft',
    service: 'API (CSRF) (front et back office)',
    name: 'csrftoken',
    purpose: 'Récupérer des données via des appels API',
  },
  {
    provider: 'Opendatasoft',
    service: 'Choix concernant vos préférences sur les cookies',
    name: 'cookies_preferences',
    purpose: lastPurpose,
  },
];
const REMEMBER = 'Se souvenir du choix opéré par le visiteur concernant les cookies';
const ALLOWS = 'Permet de se souvenir du choix opéré par le visiteur concernant les cookies';

/** Each seed: its URL and rows (all in the necessary category: the rows carry no `category`). */
const SEEDS = {
  // URL on the heading's line.
  villedavray: { url: 'https://data.villedavray.fr', cookies: opendatasoftRows(REMEMBER) },
  // URL on a line of its own, a Markdown separator under the header, blank lines before the rows.
  'metropole-rouen-normandie': { url: 'https://data.metropole-rouen-normandie.fr', cookies: opendatasoftRows(REMEMBER) },
  // A stray line ("DUNKERQUE AGGLO DATA") between two rows.
  'dunkerque-agglo': { url: 'https://data.dunkerque-agglo.fr', cookies: opendatasoftRows(ALLOWS) },
  isere: { url: 'https://opendata.isere.fr', cookies: opendatasoftRows(ALLOWS) },
  clermontmetropole: { url: 'https://opendata.clermontmetropole.eu', cookies: opendatasoftRows(REMEMBER) },
};

for (const [portal, expected] of Object.entries(SEEDS)) {
  for (const [kind, file] of [
    ['text copied from the page', `test/fixtures/seeds/${portal}.txt`],
    ['HTML', `test/fixtures/charters/${portal}.html`],
  ]) {
    describe(`${portal}, ${kind}`, () => {
      const { config, platformUrl } = importCharter(readFileSync(file, 'utf8'));
      test('the platform URL', () => assert.equal(platformUrl, expected.url));
      test('no category but the built-in necessary one', () => assert.deepEqual(Object.keys(config), ['cookies']));
      test('as many rows', () => assert.equal(config.cookies.length, expected.cookies.length));
      expected.cookies.forEach((row, i) => test(`row ${i + 1}: ${row.name}`, () => assert.deepEqual(config.cookies[i], row)));
    });
  }
}

test('categories from the headings above the tables, merged cells, durations, entities', () => {
  const { config, platformUrl } = importCharter(readFileSync('test/fixtures/charters/categories.html', 'utf8'));
  assert.equal(platformUrl, 'https://data.exemple.fr/');
  assert.deepEqual(config, {
    categories: [
      { id: 'statistics', label: 'Cookies de mesure d’audience' },
      { id: 'media', label: 'Cookies des vidéos YouTube' },
    ],
    cookies: [
      {
        provider: 'Opendatasoft',
        service: 'Authentification',
        name: 'sessionid',
        purpose: 'Se souvenir de l’utilisateur',
        duration: '2 semaines',
      },
      // The provider's cell spans two rows; the empty duration is no duration.
      { provider: 'Opendatasoft', service: 'API (CSRF)', name: 'csrftoken', purpose: 'Appels API & formulaires' },
      {
        provider: 'Matomo',
        service: 'Toutes les pages',
        name: '_pk_id.*',
        purpose: 'Reconnaître un visiteur',
        category: 'statistics',
        duration: '13 mois',
      },
      {
        provider: 'Matomo',
        service: 'Toutes les pages',
        name: '_pk_ses.*',
        purpose: "Regrouper les pages d'une visite",
        category: 'statistics',
        duration: '30 minutes',
      },
      {
        provider: 'Google',
        service: 'Vidéos des pages de jeux de données',
        name: 'VISITOR_INFO1_LIVE',
        purpose: 'Estimer la bande passante',
        category: 'media',
        duration: '6 mois',
      },
    ],
  });
});

test('a heading ending with a colon, a paragraph between it and the table, a second table without its own header row', () => {
  const text = [
    'Cookies de mesure d’audience :',
    'Ils nous aident à améliorer le portail.',
    'Nom du prestataire\tService et emplacement\tNom du cookie\tFinalités',
    'Matomo\tToutes les pages\t_pk_id.*\tReconnaître un visiteur',
    'Cookies publicitaires :',
    'Régie\tAccueil\tads_id\tCibler',
  ].join('\n');
  assert.deepEqual(importCharter(text).config, {
    categories: [
      { id: 'statistics', label: 'Cookies de mesure d’audience' },
      { id: 'ads', label: 'Cookies publicitaires' },
    ],
    cookies: [
      { provider: 'Matomo', service: 'Toutes les pages', name: '_pk_id.*', purpose: 'Reconnaître un visiteur', category: 'statistics' },
      { provider: 'Régie', service: 'Accueil', name: 'ads_id', purpose: 'Cibler', category: 'ads' },
    ],
  });
});

test('a table without a header row naming the provider, the service, the cookie and the purpose is no cookie table', () => {
  assert.throws(
    () => importCharter('Cookies de mesure d’audience\nMatomo\t_pk_id.*\tStatistiques\n'),
    /^Error: cookie-charter: no cookie table found/,
  );
});

test('a row without a value where nothing above gives it is named', () => {
  assert.throws(
    () => importCharter('Nom du prestataire\tService et emplacement\tNom du cookie\tFinalités\n\tConnexion\tsessionid\tSession\n'),
    /^Error: cookie-charter: line 2: no provider in the row "Connexion \| sessionid \| Session"$/,
  );
});

describe('the command', () => {
  test('a seed file: the JSON on stdout, 2-space indented; the platform URL on stderr; exit 0', () => {
    const run = cli(['import', 'test/fixtures/seeds/isere.txt']);
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), { cookies: SEEDS.isere.cookies });
    assert.ok(run.stdout.startsWith('{\n  "cookies": [\n    {\n      "provider"'));
    assert.equal(run.stderr, 'platform-url: https://opendata.isere.fr\n');
  });

  test('"-" reads the HTML from stdin', () => {
    const run = cli(['import', '-'], readFileSync('test/fixtures/charters/clermontmetropole.html', 'utf8'));
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), { cookies: SEEDS.clermontmetropole.cookies });
    assert.equal(run.stderr, 'platform-url: https://opendata.clermontmetropole.eu\n');
  });

  test('a charter without a URL: the JSON, and a hint that the URL was not found', () => {
    const run = cli(
      ['import', '-'],
      'Nom du prestataire\tService\tNom du cookie\tFinalités\nOpendatasoft\tConnexion\tsessionid\tSession\n',
    );
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), {
      cookies: [{ provider: 'Opendatasoft', service: 'Connexion', name: 'sessionid', purpose: 'Session' }],
    });
    assert.match(run.stderr, /^platform-url: not found in the charter/);
  });

  const UNKNOWN = {
    empty: ['', /^cookie-charter: the input is empty/],
    'white space': [' \n\t\n', /^cookie-charter: the input is empty/],
    binary: [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^cookie-charter: the input is not text/],
    'prose without a table': ['Charte cookies\n\nNous utilisons des cookies.\n', /^cookie-charter: no cookie table found/],
    'a random page': [
      '<!doctype html><title>Accueil</title><nav><a href="/">Accueil</a></nav><table><tr><td>Lundi</td><td>9 h</td></tr></table>',
      /^cookie-charter: no cookie table found/,
    ],
    'a header without rows': [
      'Nom du prestataire\tService et emplacement\tNom du cookie\tFinalités\n',
      /^cookie-charter: line 1: a cookie table without rows/,
    ],
  };
  for (const [what, [input, message]] of Object.entries(UNKNOWN))
    test(`unknown input (${what}): one clear line on stderr, nothing on stdout, exit 1`, () => {
      const run = cli(['import', '-'], input);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trimEnd().split('\n').length, 1);
    });

  test('a charter saved as Windows-1252 ("ANSI"): said, with the way to convert it, exit 1', () => {
    const seed = readFileSync('test/fixtures/seeds/villedavray.txt', 'utf8');
    const run = cli(['import', '-'], Buffer.from(seed, 'latin1'));
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      'cookie-charter: the input is not UTF-8 (saved as Windows-1252?): convert it, e.g. iconv -f windows-1252 -t utf-8\n',
    );
  });

  test('a file that cannot be read: named, exit 2', () => {
    const run = cli(['import', 'test/fixtures/no-such-charter.txt']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^cookie-charter: cannot read test\/fixtures\/no-such-charter.txt: ENOENT/);
  });

  test('no file: the usage, exit 2', () => {
    const run = cli(['import']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^usage: cookie-charter import <file\|->/);
  });
});

describe('review fixes', () => {
  test('an empty cookie-name or purpose cell is an error, not the previous row’s value; provider and service carry over', () => {
    const header = 'Nom du prestataire\tService et emplacement\tNom du cookie\tFinalités\n';
    assert.throws(
      () => importCharter(`${header}Opendatasoft\tConnexion\tsessionid\tSession\nOpendatasoft\tLangue\t\tLa langue\n`),
      /^Error: cookie-charter: line 3: no name in the row "Opendatasoft \| Langue \| La langue"$/,
    );
    assert.throws(
      () => importCharter(`${header}Opendatasoft\tConnexion\tsessionid\tSession\nOpendatasoft\tLangue\tdjango_language\t\n`),
      /^Error: cookie-charter: line 3: no purpose in the row "Opendatasoft \| Langue \| django_language"$/,
    );
    assert.deepEqual(importCharter(`${header}Opendatasoft\tConnexion\tsessionid\tSession\n\t\tcsrftoken\tAPI\n`).config.cookies[1], {
      provider: 'Opendatasoft',
      service: 'Connexion',
      name: 'csrftoken',
      purpose: 'API',
    });
  });

  test('the platform URL after "À quoi servent les cookies sur la plateforme", though "plateforme" comes earlier', () => {
    const text = [
      'Charte cookies',
      `La plateforme respecte votre vie privée. ${'Un long paragraphe. '.repeat(30)}`,
      'Voir aussi https://www.cnil.fr/fr/cookies-et-autres-traceurs plus bas.',
      'À quoi servent les cookies sur la plateforme https://data.exemple.fr',
      'Nom du prestataire\tService et emplacement\tNom du cookie\tFinalités',
      'Opendatasoft\tConnexion\tsessionid\tSession',
    ].join('\n');
    assert.equal(importCharter(text).platformUrl, 'https://data.exemple.fr');
    // Without the heading: the first "plateforme" followed by a URL.
    const other = text.replace('À quoi servent les cookies sur la plateforme', 'Adresse de la plate-forme :').replace(/Voir aussi.*\n/, '');
    assert.equal(importCharter(other).platformUrl, 'https://data.exemple.fr');
  });

  test('HTML: a row is located by its cookie table and its row in it, not by the page’s lines', () => {
    const html =
      '<h1>Charte</h1><p>Un paragraphe.</p><p>Un autre.</p><h2>Cookies nécessaires</h2><table>' +
      '<tr><th>Nom du prestataire</th><th>Service et emplacement</th><th>Nom du cookie</th><th>Finalités</th></tr>' +
      '<tr><td>Opendatasoft</td><td>Connexion</td><td>sessionid</td><td>Session</td></tr>' +
      '<tr><td>Opendatasoft</td><td>Langue</td><td></td><td>La langue</td></tr></table>';
    assert.throws(() => importCharter(html), /^Error: cookie-charter: cookie table 1, row 3: no name in the row/);
    assert.throws(
      () =>
        importCharter(
          '<p>x</p><p>y</p><table><tr><th>Nom du prestataire</th><th>Service</th><th>Nom du cookie</th><th>Finalités</th></tr></table>',
        ),
      /^Error: cookie-charter: cookie table 1, row 1: a cookie table without rows/,
    );
  });

  test('a charter saved as UTF-16 (Notepad’s "Unicode", iconv -t utf-16), little- or big-endian: read as the seed', () => {
    const bytes = readFileSync('test/fixtures/cli/villedavray-utf16.txt');
    const bigEndian = Buffer.from(bytes).swap16();
    for (const input of [bytes, bigEndian]) {
      const run = cli(['import', '-'], input);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), { cookies: SEEDS.villedavray.cookies });
      assert.equal(run.stderr, 'platform-url: https://data.villedavray.fr\n');
    }
  });
});
