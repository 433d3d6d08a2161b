/**
 * The stored choice's canonical form (consent-store.ts's `canonical`) on its own, table-driven: what
 * a value becomes, or that it cannot be one (it throws; the reader then asks again).
 */
import { expect } from '@open-wc/testing';
import { canonical, type StoreOptions } from '../src/consent-store.js';

const OPTIONS: StoreOptions = {
  name: 'c',
  rev: 'media,statistics',
  maxAgeDays: 180,
  optional: ['statistics', 'media'],
};
const DATE = '2026-01-02T03:04:05.678Z';

/** [what, input, the canonical value (JSON), or null when it cannot be one]. */
const CASES: [string, { date: string; id: string; choices: Record<string, unknown> }, string | null][] = [
  [
    'keys in a fixed order, categories in the configuration’s',
    { choices: { media: false, statistics: true }, id: 'abc', date: DATE },
    `{"v":1,"rev":"media,statistics","date":"${DATE}","id":"abc","choices":{"statistics":true,"media":false}}`,
  ],
  [
    'unknown categories dropped',
    { date: DATE, id: 'abc', choices: { statistics: true, ads: true } },
    `{"v":1,"rev":"media,statistics","date":"${DATE}","id":"abc","choices":{"statistics":true}}`,
  ],
  [
    'a value other than true is false',
    { date: DATE, id: 'abc', choices: { statistics: 'yes', media: 1 } },
    `{"v":1,"rev":"media,statistics","date":"${DATE}","id":"abc","choices":{"statistics":false,"media":false}}`,
  ],
  [
    'a date in another form is written as ISO',
    { date: 'Fri, 02 Jan 2026 03:04:05 GMT', id: 'abc', choices: {} },
    `{"v":1,"rev":"media,statistics","date":"2026-01-02T03:04:05.000Z","id":"abc","choices":{}}`,
  ],
  ['a date more than a day ahead', { date: new Date(Date.now() + 2 * 864e5).toISOString(), id: 'abc', choices: {} }, null],
  ['a date that is none', { date: 'soon', id: 'abc', choices: {} }, null],
  ['an id with other characters', { date: DATE, id: 'a b', choices: {} }, null],
  ['an id of 65 characters', { date: DATE, id: 'a'.repeat(65), choices: {} }, null],
  [
    'an id of 64 characters',
    { date: DATE, id: 'a'.repeat(64), choices: {} },
    `{"v":1,"rev":"media,statistics","date":"${DATE}","id":"${'a'.repeat(64)}","choices":{}}`,
  ],
];

describe('the stored choice’s canonical form', () => {
  for (const [what, input, expected] of CASES)
    it(what, () => {
      const write = () => JSON.stringify(canonical(input as Parameters<typeof canonical>[0], OPTIONS));
      if (expected == null) expect(write).to.throw();
      else expect(write()).to.equal(expected);
    });
});
