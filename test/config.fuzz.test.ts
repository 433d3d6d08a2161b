/**
 * Property-based tests (fast-check) of the configuration reader, and the counterexamples they found.
 */
import { expect } from '@open-wc/testing';
import { parseConfig } from '../src/config.js';

describe('fuzzed configuration reader: counterexamples found, now fixed', () => {
  it('unknown keys named like what every object has are reported, as any other (found by fast-check)', () => {
    // Shrunk counterexamples: {"toString":0}, {"categories":[{"toString":false}]}, and keys "__proto__",
    // "valueOf", "hasOwnProperty" beside valid fields were kept without a word.
    const source =
      '{"toString":0,"categories":[{"id":"a","label":"!","__proto__":{"fr":""},"constructor":1}],' +
      '"cookies":[{"provider":"p","service":"s","name":"n","purpose":"x","valueOf":2,"hasOwnProperty":false}]}';
    const { config, problems } = parseConfig(source);
    expect(problems).to.deep.equal([
      ['configuration.toString', 'unknown'],
      ['categories[0].__proto__', 'unknown'],
      ['categories[0].constructor', 'unknown'],
      ['cookies[0].valueOf', 'unknown'],
      ['cookies[0].hasOwnProperty', 'unknown'],
    ]);
    expect(config.categories.map((c) => c.id), 'an unknown key is harmless: the item is kept').to.deep.equal(['necessary', 'a']);
    expect(config.cookies).to.have.length(1);
  });
});
