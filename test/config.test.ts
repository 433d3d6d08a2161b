/**
 * config.ts on its own, table-driven: each row a JSON text, the configuration read from it (the parts
 * that row is about) and the problems noted, in order.
 */
import { expect } from '@open-wc/testing';
import { parseConfig, type Problem } from '../src/config.js';

const NECESSARY = { id: 'necessary', label: '' };
const STATS = { id: 'statistics', label: 'Mesure d’audience' };
const ROW = { provider: 'Matomo', service: 'Mesure', name: '_pk_id.*', purpose: 'Visiteurs.' };

/** [what, JSON text (null: no script), what is expected of the configuration, the problems]. */
const CASES: [string, string | null, (config: ReturnType<typeof parseConfig>['config']) => unknown, unknown, Problem[]][] = [
  ['no JSON', null, (c) => c.categories, [NECESSARY], [['configuration', 'none']]],
  [
    'invalid JSON',
    '{',
    (c) => c.categories,
    [NECESSARY],
    [['configuration', 'json', "Expected property name or '}' in JSON at position 1 (line 1 column 2)"]],
  ],
  ['not an object', '[]', (c) => c.cookies, [], [['configuration', 'object', []]]],
  ['an empty object', '{}', (c) => [c.categories, c.cookies, c.texts], [[NECESSARY], [], {}], []],
  ['an unknown top key', '{"colour": 1}', (c) => c.categories, [NECESSARY], [['configuration.colour', 'unknown']]],
  ['a category', JSON.stringify({ categories: [STATS] }), (c) => c.categories, [NECESSARY, STATS], []],
  [
    'a category without a label is left out',
    JSON.stringify({ categories: [{ id: 'statistics' }] }),
    (c) => c.categories.length,
    1,
    [['categories[0].label', 'localized', undefined]],
  ],
  [
    'an id objects already have',
    JSON.stringify({ categories: [{ id: 'constructor', label: 'x' }] }),
    (c) => c.categories.length,
    1,
    [['categories[0].id', 'id', 'constructor']],
  ],
  [
    'a duplicate id',
    JSON.stringify({ categories: [STATS, STATS] }),
    (c) => c.categories.length,
    2,
    [['categories[1].id', 'duplicate', 'statistics']],
  ],
  [
    'a wrong matomo is left out, its category kept',
    JSON.stringify({ categories: [{ ...STATS, matomo: 'yes' }] }),
    (c) => c.categories[1],
    { ...STATS, matomo: undefined },
    [['categories[0].matomo', 'matomo', 'yes']],
  ],
  [
    'a cookie row goes to necessary by default',
    JSON.stringify({ cookies: [ROW] }),
    (c) => c.cookies,
    [{ category: 'necessary', ...ROW }],
    [],
  ],
  [
    'a cookie row of no category',
    JSON.stringify({ cookies: [{ ...ROW, category: 'media' }] }),
    (c) => c.cookies,
    [],
    [['cookies[0].category', 'category', 'media']],
  ],
  [
    'a cookie row with an empty name',
    JSON.stringify({ cookies: [{ ...ROW, name: ' ' }] }),
    (c) => c.cookies,
    [],
    [['cookies[0].name', 'text', ' ']],
  ],
  ['texts', JSON.stringify({ texts: { fr: { acceptAll: 'Oui' } } }), (c) => c.texts, { fr: { acceptAll: 'Oui' } }, []],
  [
    'texts not all strings are left out, all of them',
    JSON.stringify({ texts: { fr: { acceptAll: 'Oui', rejectAll: 3 } } }),
    (c) => c.texts,
    {},
    [['configuration.texts', 'languages', { fr: { acceptAll: 'Oui', rejectAll: 3 } }]],
  ],
  [
    'Consent Mode naming a category',
    JSON.stringify({ categories: [STATS], consentMode: { statistics: ['analytics_storage'] } }),
    (c) => c.consentMode,
    { statistics: ['analytics_storage'] },
    [],
  ],
  [
    'Consent Mode naming no category is left out whole',
    JSON.stringify({ consentMode: { statistics: ['analytics_storage'] } }),
    (c) => c.consentMode,
    undefined,
    [['consentMode', 'consentMode', { statistics: ['analytics_storage'] }]],
  ],
];

describe('parseConfig', () => {
  for (const [what, source, pick, expected, problems] of CASES)
    it(what, () => {
      const read = parseConfig(source);
      expect(pick(read.config)).to.deep.equal(expected);
      expect(read.problems).to.deep.equal(problems);
    });
});
