/** config-problems.ts on its own: the words for every problem code, one row each. */
import { expect } from '@open-wc/testing';
import type { Problem, ProblemCode } from '../src/config.js';
import { explainProblems } from '../src/config-problems.js';

/** Every code (the type makes a missing one a compile error), with a problem and its words. */
const CASES: Record<ProblemCode, [Problem, string]> = {
  text: [['cookies[2].name', 'text', 42], 'cookies[2].name: expected a non-empty string, got 42'],
  localized: [['categories[0].label', 'localized', undefined], 'categories[0].label: expected a string or {"fr": …, "en": …}, got nothing'],
  id: [['categories[0].id', 'id', 'a b'], 'categories[0].id: expected an id such as "statistics", got "a b"'],
  flag: [['categories[0].exempt', 'flag', 'yes'], 'categories[0].exempt: expected true or false, got "yes"'],
  list: [['configuration.cookies', 'list', {}], 'configuration.cookies: expected an array, got {}'],
  object: [['cookies[0]', 'object', 3], 'cookies[0]: expected an object, got 3'],
  matomo: [['categories[0].matomo', 'matomo', 1], 'categories[0].matomo: expected true or "cookies", got 1'],
  consentMode: [['consentMode', 'consentMode', []], 'consentMode: expected {"category": ["consent type", …]} naming categories, got []'],
  languages: [
    ['configuration.texts', 'languages', { fr: { acceptAll: 3 }, en: 'x' }],
    'configuration.texts: fr.acceptAll is 3, not a non-empty string, en is "x", not an object of texts; the built-in texts are used instead',
  ],
  unknown: [['cookies[0].colour', 'unknown'], 'cookies[0].colour: unknown key'],
  duplicate: [['categories[1].id', 'duplicate', 'media'], 'categories[1].id: "media" is already a category'],
  category: [['cookies[0].category', 'category', 'ads'], 'cookies[0].category: "ads" is not a category'],
  json: [['configuration', 'json', 'Unexpected end'], 'invalid JSON: Unexpected end'],
  none: [['configuration', 'none'], 'none found: give the element a <script type="application/json"> child'],
  attribute: [['max-age-days', 'attribute', 180], 'the max-age-days attribute is not valid; using 180'],
  choice: [['save(): ads', 'choice', 1n], 'save(): ads ignored: not an optional category set to true or false (got bigint)'],
};

describe('explainProblems', () => {
  for (const [code, [problem, words]] of Object.entries(CASES))
    it(code, () => {
      expect(explainProblems([problem])).to.deep.equal([words]);
    });
});
