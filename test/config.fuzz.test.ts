/**
 * Property-based tests (fast-check) of the configuration reader: whatever the inline JSON, parseConfig
 * never throws, keeps exactly what the README's "The JSON" allows, names the place of everything it
 * drops or does not know, and the words for its problems never throw either.
 *
 * The expected result is computed by an oracle written from the README, not from config.ts.
 * Runs per property (seeds vary; fast-check prints the seed and the shrunk counterexample on failure):
 * arbitrary strings 1000, fc.json() 500, fc.jsonValue() under the known keys 500, near-valid
 * configurations 1000, valid configurations 500, the words for arbitrary problems 500 (4 000 in all,
 * a few seconds).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { explainProblems } from '../src/config-problems.js';
import { parseConfig, type Problem } from '../src/config.js';
import { report } from '../src/report.js';
import { charter, consoleErrors } from './helpers.js';

type Json = Record<string, unknown>;

// ---- The oracle: the README's rules ------------------------------------------------------------

const isObject = (v: unknown): v is Json => typeof v == 'object' && v !== null && !Array.isArray(v);
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
/** A string with something else than white space in it. */
const isText = (v: unknown): v is string => typeof v == 'string' && /\S/.test(v);
const isLocalized = (v: unknown) => isText(v) || (isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isText));
/** An identifier that is not a name every object already has (the ids are keys of the stored choices). */
const isId = (v: unknown) =>
  typeof v == 'string' && /^[A-Za-z][A-Za-z0-9_-]*$/.test(v) && !Object.getOwnPropertyNames(Object.prototype).includes(v);
const isLanguages = (v: unknown) => isObject(v) && Object.values(v).every((texts) => isObject(texts) && Object.values(texts).every(isText));

type Rule = (v: unknown) => boolean;
const anything: Rule = () => true;
const TOP: Record<string, Rule> = { categories: Array.isArray, cookies: Array.isArray, texts: isLanguages, consentMode: isObject };
/** `true` or `"cookies"`; a wrong one is named and left out, its category kept. */
const isMatomo = (v: unknown) => v === true || v === 'cookies';
const CATEGORY: Record<string, [Rule, boolean]> = {
  id: [isId, true],
  label: [isLocalized, true],
  description: [isLocalized, false],
  exempt: [(v) => typeof v == 'boolean', false],
  matomo: [anything, false], // see isMatomo
};
const COOKIE: Record<string, [Rule, boolean]> = {
  provider: [isText, true],
  service: [isText, true],
  name: [isText, true],
  purpose: [isText, true],
  category: [isId, false],
  duration: [isText, false],
};

interface Expected {
  categories: Json[];
  cookies: Json[];
  texts: unknown;
  consentMode?: unknown;
  /** Places of what is dropped (or ignored): each must have a problem there or under it. */
  dropped: string[];
  /** Places of unknown keys: each must be reported. */
  unknown: string[];
  /** Indexes of the kept items, whose only problems may be their unknown keys. */
  kept: string[];
}

function usable(item: unknown, fields: Record<string, [Rule, boolean]>): item is Json {
  return isObject(item) && Object.entries(fields).every(([key, [rule, required]]) => (own(item, key) ? rule(item[key]) : !required));
}

function unknownKeys(item: Json, known: string[], place: string): string[] {
  return Object.keys(item)
    .filter((key) => !known.includes(key))
    .map((key) => `${place}.${key}`);
}

/** What the README says parseConfig must make of the JSON text `source`. */
function expected(source: string): Expected {
  const result: Expected = { categories: [], cookies: [], texts: {}, dropped: [], unknown: [], kept: [] };
  let top: unknown;
  try {
    top = JSON.parse(source);
  } catch {
    result.dropped.push('configuration');
    return result;
  }
  if (!isObject(top)) {
    result.dropped.push('configuration');
    return result;
  }
  result.unknown.push(...unknownKeys(top, Object.keys(TOP), 'configuration'));
  for (const key of Object.keys(TOP)) if (own(top, key) && !TOP[key](top[key])) result.dropped.push(`configuration.${key}`);
  if (own(top, 'texts') && isLanguages(top.texts)) result.texts = top.texts;

  const ids = ['necessary'];
  const categories = Array.isArray(top.categories) ? top.categories : [];
  categories.forEach((item, i) => {
    const place = `categories[${i}]`;
    if (isObject(item)) result.unknown.push(...unknownKeys(item, Object.keys(CATEGORY), place));
    if (isObject(item) && own(item, 'matomo') && !isMatomo(item.matomo)) result.dropped.push(`${place}.matomo`);
    if (!usable(item, CATEGORY)) result.dropped.push(place);
    else if (ids.includes(item.id as string)) result.dropped.push(`${place}.id`);
    else {
      ids.push(item.id as string);
      result.categories.push(item);
      result.kept.push(place);
    }
  });
  const cookies = Array.isArray(top.cookies) ? top.cookies : [];
  cookies.forEach((item, i) => {
    const place = `cookies[${i}]`;
    if (isObject(item)) result.unknown.push(...unknownKeys(item, Object.keys(COOKIE), place));
    if (!usable(item, COOKIE)) result.dropped.push(place);
    else if (!ids.includes(own(item, 'category') ? (item.category as string) : 'necessary')) result.dropped.push(`${place}.category`);
    else {
      result.cookies.push(item);
      result.kept.push(place);
    }
  });
  // Consent Mode, whole or not at all: every key a kept category, every value consent types.
  const consentMode = top.consentMode;
  if (isObject(consentMode))
    if (Object.entries(consentMode).every(([id, types]) => ids.includes(id) && Array.isArray(types) && types.every(isText)))
      result.consentMode = consentMode;
    else result.dropped.push('consentMode');
  return result;
}

/** The fields a kept item is shown with (shallow: a summary that a deeply nested value cannot overflow). */
const categoryShown = (c: object) => shown(c as Json, ['id', 'label', 'description', 'exempt']);
const cookieShown = (c: object) =>
  shown({ category: 'necessary', ...c }, ['provider', 'service', 'name', 'purpose', 'category', 'duration']);
const shown = (c: Json, keys: string[]) => JSON.stringify(keys.map((key) => c[key]));
const under = (problem: Problem, place: string) => problem[0] == place || problem[0].startsWith(`${place}.`);

/** Runs the reader on `source` and checks every property against the oracle; returns whether it was valid. */
function checkReader(source: string | null): boolean {
  const { config, problems } = parseConfig(source);
  expect(config.categories[0], 'necessary first').to.deep.equal({ id: 'necessary', label: '' });
  if (source === null) {
    expect(problems.map((p) => p[0])).to.deep.equal(['configuration']);
    checkWords(problems);
    return false;
  }
  const want = expected(source);
  expect(config.categories.slice(1).map(categoryShown), 'the valid categories, all of them, in order').to.deep.equal(
    want.categories.map(categoryShown),
  );
  expect(config.cookies.map(cookieShown), 'the valid rows, all of them, in order').to.deep.equal(want.cookies.map(cookieShown));
  expect(JSON.stringify(config.texts), 'texts: all or nothing').to.equal(JSON.stringify(want.texts));
  expect(JSON.stringify(config.consentMode), 'consentMode: all or nothing').to.equal(JSON.stringify(want.consentMode));
  for (const cookie of config.cookies) expect(cookie.category, 'a row has a category').to.be.a('string');
  for (const place of want.dropped)
    expect(
      problems.some((p) => under(p, place)),
      `a problem names ${place}`,
    ).to.equal(true);
  for (const place of want.unknown)
    expect(
      problems.some((p) => p[0] == place && p[1] == 'unknown'),
      `the unknown key ${place} is reported`,
    ).to.equal(true);
  for (const place of want.kept)
    for (const problem of problems.filter((p) => under(p, place)))
      expect(problem[1], `a kept item's only problems are unknown keys or its matomo (${problem[0]})`).to.be.oneOf(['unknown', 'matomo']);
  const valid = !want.dropped.length && !want.unknown.length;
  if (valid) expect(problems, 'a valid configuration has no problem').to.deep.equal([]);
  checkWords(problems);
  return valid;
}

/** The words for the problems: never a throw, one `cookie-charter: ` error, each place named. */
function checkWords(problems: Problem[]): void {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    report(explainProblems(problems));
  } finally {
    console.error = original;
  }
  if (!problems.length) return void expect(errors).to.deep.equal([]);
  expect(errors).to.have.length(1);
  expect(errors[0].startsWith('cookie-charter: '), errors[0].slice(0, 200)).to.equal(true);
  for (const [place, code] of problems)
    if (code == 'json' || code == 'none') expect(errors[0].toLowerCase()).to.include('json');
    else expect(errors[0]).to.include(place);
}

// ---- Arbitraries -------------------------------------------------------------------------------

/** Keys that objects already have, or that look like known ones. */
const trickyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  'ID',
  'labels',
  ' id',
  '',
);
const anyKey = fc.oneof(trickyKey, fc.string({ maxLength: 8 }));
const huge = fc
  .tuple(fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }), fc.integer({ min: 300, max: 3000 }))
  .map(([s, n]) => s.repeat(n));
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '\u00a0', '\ufeff', '\u2028', '\t\n', '<img src=x onerror=alert(1)>', 'necessary', '__proto__'),
  huge,
);
const text = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter(isText) },
  { weight: 3, arbitrary: fc.constantFrom('Statistiques', 'Vidéos 🎬', '<b>gras</b>', '\u202eRTL', 'a\u0000b') },
  { weight: 1, arbitrary: huge.filter(isText) },
);

/** A value nested `depth` arrays deep: stands in the JSON as a marker, replaced in the text (kept cheap: no recursion). */
const DEEP = '\u0001deep:';
const deep = fc.integer({ min: 1, max: 3000 }).map((depth) => `${DEEP}${depth}`);
const toSource = (value: unknown) =>
  JSON.stringify(value).replace(/"\\u0001deep:(\d+)"/g, (_, depth) => '['.repeat(+depth) + ']'.repeat(+depth));

const junk = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: anyString },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, [], {}, [[]], { fr: '' }, { fr: 3 }) },
  { weight: 1, arbitrary: deep },
);

/** An object with `entries` as own properties (`__proto__` included, as JSON.parse makes it); ABSENT ones left out. */
function objectOf(entries: [string, unknown][]): Json {
  const object: Json = {};
  for (const [key, value] of entries)
    if (value !== ABSENT) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}
const ABSENT = Symbol('absent');
const entry = (key: string, value: fc.Arbitrary<unknown>) => value.map((v): [string, unknown] => [key, v]);
/** Now and then, unknown keys with junk values. */
const extras = fc.oneof(
  { weight: 4, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.array(fc.tuple(anyKey, junk), { minLength: 1, maxLength: 2 }) },
);
/** Mostly `valid`, sometimes junk, or left out (`absentWeight`). */
const field = (valid: fc.Arbitrary<unknown>, absentWeight = 1) =>
  fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: junk }, { weight: absentWeight, arbitrary: fc.constant(ABSENT) });
/** An object of `fields` (each an entry), plus extras. */
const item = (...fields: fc.Arbitrary<[string, unknown]>[]) =>
  fc.tuple(fc.tuple(...fields), extras).map(([known, more]) => objectOf([...known, ...more]));
/** Usually `valid`, now and then junk instead. */
const mostly = (valid: fc.Arbitrary<unknown>, weight: number) => fc.oneof({ weight, arbitrary: valid }, { weight: 1, arbitrary: junk });

/** Ids that repeat (duplicates), that are taken (necessary, constructor…), or malformed. */
const id = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('statistics', 'media', 'ads', 'necessary') },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z][\w-]{0,12}$/) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', '1x', 'a b', 'é', ' media') },
);
const languageKey = fc.constantFrom('fr', 'en', 'de', 'fr-FR', '__proto__', 'constructor', '');
const perLanguage = fc.array(fc.tuple(languageKey, mostly(text, 6)), { maxLength: 3 }).map(objectOf);
const localized = fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: perLanguage });

const category = item(
  entry('id', field(id, 0)),
  entry('label', field(localized, 0)),
  entry('description', field(localized, 8)),
  entry('exempt', field(fc.boolean(), 8)),
  entry('matomo', field(fc.constantFrom(true, 'cookies'), 16)),
);
const cookie = item(
  entry('provider', field(text, 0)),
  entry('service', field(text, 0)),
  entry('name', field(text, 0)),
  entry('purpose', field(text, 0)),
  entry('category', field(id, 4)),
  entry('duration', field(text, 8)),
);
const textKey = fc.constantFrom('acceptAll', 'bannerTitle', 'saved', '__proto__');
const languages = fc
  .array(fc.tuple(languageKey, fc.array(fc.tuple(textKey, mostly(text, 8)), { maxLength: 3 }).map(objectOf)), { maxLength: 2 })
  .map(objectOf);
const list = <T>(of: fc.Arbitrary<T>) => fc.array(mostly(of, 10), { maxLength: 6 });

/** A portal's configuration with mutations: wrong types, unknown keys, duplicates, taken names, huge and nested junk. */
const nearValid = item(
  entry('categories', field(list(category))),
  entry('cookies', field(list(cookie))),
  entry('texts', field(languages, 4)),
  entry(
    'consentMode',
    field(fc.oneof(fc.dictionary(id, fc.array(mostly(text, 8), { maxLength: 3 }), { maxKeys: 3 }), fc.jsonValue({ maxDepth: 2 })), 6),
  ),
);

/** A configuration the README allows in every detail. */
const validId = fc.stringMatching(/^[A-Za-z][\w-]{0,15}$/).filter((v) => isId(v) && v != 'necessary');
const validCategory = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      label: localized.filter(isLocalized),
      description: localized.filter(isLocalized),
      exempt: fc.boolean(),
      matomo: fc.constantFrom(true, 'cookies'),
    },
    { requiredKeys: ['id', 'label'] },
  );
const validCookie = (ids: string[]) =>
  fc.record(
    { provider: text, service: text, name: text, purpose: text, category: fc.constantFrom('necessary', ...ids), duration: text },
    { requiredKeys: ['provider', 'service', 'name', 'purpose'] },
  );
const valid = fc.uniqueArray(validId, { maxLength: 5 }).chain((ids) =>
  fc.record(
    {
      categories: fc.tuple(...ids.map(validCategory)),
      cookies: fc.array(validCookie(ids), { maxLength: 6 }),
      texts: languages.filter(isLanguages),
      consentMode: fc.dictionary(fc.constantFrom('necessary', ...ids), fc.array(text.filter(isText), { maxLength: 3 }), { maxKeys: 3 }),
    },
    { requiredKeys: ['categories'] },
  ),
);

// ---- Properties --------------------------------------------------------------------------------

/** fast-check's parameters: `numRuns`, and the failed assertion in the report. */
const runs = (numRuns: number) => ({ numRuns, includeErrorInReport: true });

describe('fuzzed configuration reader', function () {
  this.timeout(60_000); // the properties run hundreds of cases; the suite's 5 s is for one case

  it('any string, or none: a valid result or a named problem, never a throw (1000 runs)', () => {
    const source = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('{', '[]', '{"categories":', '\ufeff{}'));
    fc.assert(
      fc.property(fc.option(source), (source) => void checkReader(source)),
      runs(1000),
    );
  });

  it('any JSON text (1000 runs)', () => {
    fc.assert(
      fc.property(fc.json(), (source) => void checkReader(source)),
      runs(500),
    );
    const known = fc.record(
      { categories: fc.jsonValue(), cookies: fc.jsonValue(), texts: fc.jsonValue(), consentMode: fc.jsonValue() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(known, (json) => void checkReader(JSON.stringify(json))),
      runs(500),
    );
  });

  it('near-valid configurations: exactly the valid items kept, every other one named (1000 runs)', () => {
    fc.assert(
      fc.property(nearValid, (json) => void checkReader(toSource(json))),
      runs(1000),
    );
  });

  it('a valid configuration: no problem, everything kept (500 runs)', () => {
    fc.assert(
      fc.property(valid, (json) => {
        expect(checkReader(JSON.stringify(json)), 'the oracle finds it valid').to.equal(true);
        const { config } = parseConfig(JSON.stringify(json));
        expect(config.categories.length).to.equal((json.categories?.length ?? 0) + 1);
        expect(config.cookies.length).to.equal(json.cookies?.length ?? 0);
      }),
      runs(500),
    );
  });

  it('the words for any problem, with any value (from JSON or a save() call): never a throw (500 runs)', () => {
    const circular: Json = {};
    circular.self = circular;
    const value = fc.oneof(
      fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withBoxedValues: true }),
      fc.constantFrom(circular, Symbol('s'), () => 1, undefined),
    );
    // The codes whose value comes from outside get anything; the others, what the element gives them.
    const outside = fc.constantFrom('text', 'localized', 'id', 'flag', 'list', 'object', 'languages', 'duplicate', 'category', 'choice');
    const problem: fc.Arbitrary<Problem> = fc.oneof(
      fc.tuple(fc.string(), outside, value),
      fc.tuple(fc.string(), fc.constant('json'), fc.string()),
      fc.tuple(fc.string(), fc.constant('attribute'), fc.oneof(fc.integer(), fc.string())),
      fc.tuple(fc.string(), fc.constantFrom('unknown', 'none')),
    );
    const problems = fc.array(problem, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(problems, (problems) => checkWords(problems)),
      runs(500),
    );
  });
});

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
    expect(
      config.categories.map((c) => c.id),
      'an unknown key is harmless: the item is kept',
    ).to.deep.equal(['necessary', 'a']);
    expect(config.cookies).to.have.length(1);
  });

  it('a problem whose value JSON cannot show (a bigint, a circular object from save()) is still worded (found by fast-check)', () => {
    // Shrunk counterexample: [["", "text", [{"": 0n}]]]: explainProblems threw "Do not know how to serialize a BigInt".
    const circular: Json = {};
    circular.self = circular;
    expect(
      explainProblems([
        ['save(): statistics', 'choice', 10n],
        ['save(): media', 'choice', circular],
      ]),
    ).to.deep.equal([
      'save(): statistics ignored: not an optional category set to true or false (got bigint)',
      'save(): media ignored: not an optional category set to true or false (got object)',
    ]);
  });

  it('save() with such values: one cookie-charter: error naming them, and the element keeps working', async () => {
    const el = await charter();
    const circular: Json = {};
    circular.self = circular;
    const errors = await consoleErrors(() => el.save({ statistics: 10n, media: circular } as unknown as Record<string, boolean>), 1);
    expect(errors, errors.join('\n')).to.have.length(1);
    expect(errors[0]).to.match(/^cookie-charter: 2 problems:/);
    expect(errors[0]).to.include('save(): statistics ignored').and.include('(got bigint)').and.include('save(): media ignored');
    el.acceptAll();
    expect(el.choices).to.deep.equal({ statistics: true, media: true });
  });
});
