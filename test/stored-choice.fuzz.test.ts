/**
 * Property-based tests (fast-check) of the stored-choice reader, through the real cookie: whatever
 * value the cookie holds, readChoice never throws and grants a category only where the value says
 * exactly `true`; what writeChoice stores reads back the same; and the element's has() grants nothing
 * that was not given.
 *
 * Values are a valid choice with mutations drawn at random (each known to make it invalid), written
 * encoded as js-cookie does, with encodeURIComponent, or as they are. Runs per property (seeds vary;
 * fast-check prints the seed and the shrunk counterexample on failure): arbitrary values 500,
 * mutated choices 1000, write then read 300, has() on the element 100. Every run starts and ends
 * with no cookie (helpers' afterEach runs once per test, not per run).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import Cookies from 'js-cookie';
import { parseConfig } from '../src/config.js';
import { readChoice, writeChoice, type StoreOptions, type StoredChoice } from '../src/consent-store.js';

/** The store's options, with the categories that need consent (the arbitraries' valid choices hold them all). */
type Options = StoreOptions & { asked: string[] };
import { charter, cleanUp } from './helpers.js';

const NAME = 'cookies_preferences';
const DAY = 864e5;
type Json = Record<string, unknown>;
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Runs `run` with console.error captured; returns what it returned and the errors. */
function capturing<T>(run: () => T): [T, string[]] {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    return [run(), errors];
  } finally {
    console.error = original;
  }
}

/** The cookie's value as the browser keeps it, decoded and parsed; undefined when it is none of that. */
function storedJson(): unknown {
  const found = document.cookie.split('; ').find((c) => c.startsWith(`${NAME}=`));
  try {
    return found && JSON.parse(decodeURIComponent(found.slice(NAME.length + 1)));
  } catch {
    return undefined;
  }
}

/**
 * What holds of any read: a null, or a choice of this version and revision, of booleans for known
 * optional categories (an asked one may be missing: undecided); each granted category holds exactly `true` in the
 * cookie; at most one error, `cookie-charter: `.
 */
function checkRead(options: Options, read: StoredChoice | null, errors: string[]): void {
  expect(errors.length, errors.join('\n')).to.be.at.most(1);
  for (const error of errors) expect(error.startsWith('cookie-charter: '), error).to.equal(true);
  if (read === null) return;
  expect(read.v).to.equal(1);
  expect(read.rev).to.equal(options.rev);
  expect(read.id).to.match(/^[\w-]{1,64}$/);
  expect(Date.parse(read.date), 'not expired').to.be.at.least(Date.now() - options.maxAgeDays * DAY - 1000);
  expect(
    Object.keys(read.choices).every((key) => options.optional.includes(key)),
    'only known optional categories',
  ).to.equal(true);
  const stored = storedJson() as { choices?: Json } | undefined;
  for (const [key, granted] of Object.entries(read.choices)) {
    expect(granted, `${key}: a boolean`).to.be.a('boolean');
    if (granted) expect(stored?.choices && own(stored.choices, key) && stored.choices[key], `${key} stored as exactly true`).to.equal(true);
  }
}

// ---- Arbitraries -------------------------------------------------------------------------------

const categoryId = fc.oneof(fc.constantFrom('statistics', 'media', 'ads', 'length'), fc.stringMatching(/^[A-Za-z][\w-]{0,15}$/));

/** A store's options: optional categories (some exempt), the revision derived or given, a max age. */
const storeOptions = fc
  .record({
    optional: fc.uniqueArray(categoryId, { maxLength: 4 }).filter((ids) => ids.every((id) => !(id in {}))),
    exempt: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    revision: fc.option(fc.string({ unit: 'grapheme', maxLength: 20 })),
    maxAgeDays: fc.constantFrom(1, 30, 180, 395),
  })
  .map(({ optional, exempt, revision, maxAgeDays }): Options => {
    const asked = optional.filter((_, i) => !exempt[i]);
    return { name: NAME, rev: revision || [...asked].sort().join(), maxAgeDays, optional, asked };
  });

/** A valid stored choice for `options`: every asked category, some exempt ones, a date within the max age. */
const validChoice = (options: Options) =>
  fc
    .record({
      age: fc.integer({ min: 0, max: options.maxAgeDays * DAY - 60_000 }),
      id: fc.stringMatching(/^[\w-]{1,64}$/),
      granted: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      exemptKept: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    })
    .map(({ age, id, granted, exemptKept }) => ({
      v: 1,
      rev: options.rev,
      date: new Date(Date.now() - age).toISOString(),
      id,
      choices: Object.fromEntries(
        options.optional.flatMap((key, i) => (options.asked.includes(key) || exemptKept[i] ? [[key, granted[i]]] : [])),
      ) as Record<string, boolean>,
    }));

type Value = Json & { choices: Json };
/** A change that makes a valid value invalid; false when it changed nothing (it does not apply to this one). */
type Mutation = (value: Value, options: Options, pick: number) => boolean;
const isObject = (v: unknown): v is Json => typeof v == 'object' && v !== null && !Array.isArray(v);
/** Gives `target` exactly `entries`, in that order (defined, so that `__proto__` is a key like any other). */
function setEntries(target: Json, entries: [string, unknown][]): void {
  for (const key of Object.keys(target)) delete target[key];
  for (const [key, value] of entries) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
/** Replaces the value of `key` in place; true when that changed it. */
function replace(target: Json, key: string, by: unknown): boolean {
  if (!own(target, key) || JSON.stringify(target[key]) === JSON.stringify(by)) return false;
  setEntries(
    target,
    Object.entries(target).map(([k, v]): [string, unknown] => [k, k == key ? by : v]),
  );
  return true;
}
const one = <T>(list: T[], pick: number) => list[pick % list.length];
const MUTATIONS: Record<string, Mutation> = {
  version: (value, _, pick) => replace(value, 'v', one([2, 0, -1, '1', true, null, 1.5], pick)),
  noVersion: (value) => own(value, 'v') && delete value.v,
  revision: (value, options, pick) => replace(value, 'rev', one([`${options.rev}x`, '', 1, null, `Z${options.rev.toUpperCase()}`], pick)),
  future: (value, _, pick) => replace(value, 'date', new Date(Date.now() + DAY + 60_000 + pick * 3_600_000).toISOString()),
  expired: (value, options, pick) =>
    replace(value, 'date', new Date(Date.now() - options.maxAgeDays * DAY - 60_000 - pick * 3_600_000).toISOString()),
  dateFormat: (value, _, pick) => {
    const date = String(value.date);
    return replace(
      value,
      'date',
      one([date.slice(0, 10), date.replace(/\.\d{3}Z$/, 'Z'), date.replace('Z', '+00:00'), 'hier', '', 0, null], pick),
    );
  },
  id: (value, _, pick) => replace(value, 'id', one(['a'.repeat(65), 'a b', 'é', 'a.b', '', 42, null, 'x'.repeat(5000)], pick)),
  noId: (value) => own(value, 'id') && delete value.id,
  notBoolean: (value, _, pick) =>
    isObject(value.choices) &&
    replace(value.choices, one(Object.keys(value.choices), pick), one(['true', 1, null, 'false', 0, [], {}, [true]], pick)),
  unknownCategory: (value, _, pick) => {
    const key = one(['__proto__', 'constructor', 'toString', 'necessary', 'unknown', 'hasOwnProperty'], pick);
    if (!isObject(value.choices) || own(value.choices, key)) return false;
    setEntries(value.choices, [...Object.entries(value.choices), [key, true]]);
    return true;
  },
  choicesOrder: (value) => {
    if (!isObject(value.choices) || Object.keys(value.choices).length < 2) return false;
    setEntries(value.choices, Object.entries(value.choices).reverse());
    return true;
  },
  choicesType: (value, _, pick) => replace(value, 'choices', one([[], 'statistics', null, true, [[]]], pick)),
  keyOrder: (value, _, pick) => {
    const entries = Object.entries(value);
    if (entries.length < 2) return false;
    const i = pick % (entries.length - 1);
    [entries[i], entries[i + 1]] = [entries[i + 1], entries[i]];
    setEntries(value, entries);
    return true;
  },
  extraKey: (value, _, pick) => {
    const key = one(['__proto__', 'extra', 'constructor', 'V'], pick);
    if (own(value, key)) return false;
    setEntries(value, [...Object.entries(value), [key, 1]]);
    return true;
  },
};
/** The text of `value` with `mutations` applied. */
function mutate(value: object, options: Options, mutations: readonly [string, number][]): string {
  const mutated = structuredClone(value) as Value;
  for (const [name, pick] of mutations) MUTATIONS[name](mutated, options, pick);
  return JSON.stringify(mutated);
}

/** Changes to the text itself: [name, change]. */
const TEXT_MUTATIONS: Record<string, (text: string, pick: number) => string> = {
  spaces: (text) => text.replace(/,/g, ', '),
  truncated: (text, pick) => [...text].slice(0, pick % [...text].length).join(''), // whole code points: encodable
  trailing: (text, pick) => text + one([' ', '}', ',', '\u00a0', 'x'], pick),
};
/** How the text becomes the cookie's value; `double` and `badPercent` make it invalid. */
const ENCODINGS = ['js-cookie', 'uri', 'raw', 'double', 'badPercent'] as const;

const mutation = fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(1000));
/** None, one (most often), or a few. */
const mutations = fc.oneof(
  { weight: 1, arbitrary: fc.constant<[string, number][]>([]) },
  { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.array(mutation, { maxLength: 3 }) },
);
/** The faithful encodings more often than those that break the value. */
const encoding = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ENCODINGS.slice(0, 3)) }, fc.constantFrom(...ENCODINGS.slice(3)));

/** A valid choice, then a few mutations: the value written, and whether it must read as valid. */
const written = storeOptions.chain((options) =>
  fc.record({
    options: fc.constant(options),
    value: validChoice(options),
    mutations,
    // Mostly none, so that each mutation is often the only one.
    textMutation: fc.oneof(
      { weight: 6, arbitrary: fc.constant(null) },
      fc.tuple(fc.constantFrom(...Object.keys(TEXT_MUTATIONS)), fc.nat(1000)),
    ),
    encoding,
    at: fc.nat(1000),
  }),
);

/** Writes `text` into the real cookie, encoded as said; returns whether that keeps it readable as is. */
function writeCookie(text: string, encoding: (typeof ENCODINGS)[number], at: number): boolean {
  // Raw only when the browser keeps it as is and js-cookie would not decode anything in it.
  if (encoding == 'raw' && /^[\x21-\x7e]*$/.test(text) && !/[;%]/.test(text)) document.cookie = `${NAME}=${text}; path=/`;
  else if (encoding == 'js-cookie' || encoding == 'raw') Cookies.set(NAME, text);
  else if (encoding == 'uri') document.cookie = `${NAME}=${encodeURIComponent(text)}; path=/`;
  else if (encoding == 'double') document.cookie = `${NAME}=${encodeURIComponent(encodeURIComponent(text))}; path=/`;
  else {
    const encoded = encodeURIComponent(text);
    const i = at % (encoded.length + 1);
    document.cookie = `${NAME}=${encoded.slice(0, i)}${one(['%FF', '%', '%E2%82', '%C0%AF', '%zz'], at)}${encoded.slice(i)}; path=/`;
  }
  return encoding != 'double' && encoding != 'badPercent';
}

/** Runs `property` on a page with no cookie, and leaves none. */
const clean =
  <A extends unknown[]>(property: (...args: A) => unknown) =>
  async (...args: A) => {
    cleanUp();
    try {
      await property(...args);
    } finally {
      cleanUp();
    }
  };

/** fast-check's parameters: `numRuns`, and the failed assertion in the report. */
const runs = (numRuns: number) => ({ numRuns, includeErrorInReport: true });

// ---- Properties --------------------------------------------------------------------------------

describe('fuzzed stored-choice reader', function () {
  this.timeout(60_000); // the properties run hundreds of cases; the suite's 5 s is for one case

  it('any value, encoded or not: never a throw, a grant only where the cookie holds exactly true (500 runs)', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.json(),
      storeOptions.chain(validChoice).map((value) => JSON.stringify(value).replace(/false/g, '"true"')),
      storeOptions.chain(validChoice).map((value) => JSON.stringify(value).replace(/false/g, '1')),
    );
    await fc.assert(
      fc.asyncProperty(
        storeOptions,
        text,
        fc.constantFrom(...ENCODINGS),
        fc.nat(1000),
        clean((options: Options, text: string, encoding: (typeof ENCODINGS)[number], at: number) => {
          writeCookie(text, encoding, at);
          const [read, errors] = capturing(() => readChoice(options));
          checkRead(options, read, errors);
        }),
      ),
      runs(500),
    );
  });

  it('a valid choice reads back as it is; any mutation of it reads as none (1000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        written,
        clean(({ options, value, mutations, textMutation, encoding, at }) => {
          let text = mutate(value, options, mutations);
          if (textMutation) text = TEXT_MUTATIONS[textMutation[0]](text, textMutation[1]);
          // Mutations may undo each other (a key order swapped twice): valid is what this version writes, exactly.
          const valid = writeCookie(text, encoding, at) && text === JSON.stringify(value);
          const [read, errors] = capturing(() => readChoice(options));
          checkRead(options, read, errors);
          if (valid) {
            expect(read, 'the valid value, as it is').to.deep.equal(value);
            expect(errors, 'and no error').to.deep.equal([]);
          } else expect(read, `mutated (${JSON.stringify([mutations, textMutation, encoding])}): no choice`).to.equal(null);
        }),
      ),
      runs(1000),
    );
  });

  it('write then read: the same choices, and the consent id kept when the choice changes (300 runs)', async () => {
    const granted = fc.array(fc.boolean(), { minLength: 4, maxLength: 4 });
    const choices = storeOptions.chain((options) => fc.tuple(fc.constant(options), granted, granted));
    await fc.assert(
      fc.asyncProperty(
        choices,
        clean(([options, first, second]: [Options, boolean[], boolean[]]) => {
          const of = (granted: boolean[]) => Object.fromEntries(options.optional.map((key, i) => [key, granted[i]]));
          const [kept] = capturing(() => writeChoice(options, of(first)));
          expect(kept, 'the browser keeps it').to.equal(true);
          const stored = storedJson() as StoredChoice;
          const [read, errors] = capturing(() => readChoice(options));
          checkRead(options, read, errors);
          expect(errors).to.deep.equal([]);
          expect(read).to.deep.equal(stored);
          expect(read!.choices).to.deep.equal(of(first));
          capturing(() => writeChoice(options, of(second)));
          const again = storedJson() as StoredChoice;
          const [readAgain] = capturing(() => readChoice(options));
          expect(readAgain!.choices).to.deep.equal(of(second));
          expect(again.id, 'the consent id is kept').to.equal(stored.id);
          expect(storedJson(), 'the cookie holds exactly that').to.deep.equal(readAgain);
        }),
      ),
      runs(300),
    );
  });

  it("the element's has(): necessary always, an exempt category unless refused, any other only when stored as true (100 runs)", async () => {
    const pool = ['statistics', 'media', 'ads', 'length'];
    const config = fc
      .uniqueArray(fc.constantFrom(...pool), { maxLength: 4 })
      .chain((ids) => fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), label: fc.constant(id), exempt: fc.boolean() }))));
    const cases = config.chain((categories) => {
      const ids = categories.map((c) => c.id);
      const asked = categories.filter((c) => !c.exempt).map((c) => c.id);
      const options: Options = { name: NAME, rev: [...asked].sort().join(), maxAgeDays: 180, optional: ids, asked };
      return fc.record({
        categories: fc.constant(categories),
        options: fc.constant(options),
        value: validChoice(options),
        mutations,
        encoding,
        at: fc.nat(1000),
      });
    });
    await fc.assert(
      fc.asyncProperty(
        cases,
        clean(async ({ categories, options, value, mutations, encoding, at }) => {
          const text = mutate(value, options, mutations);
          const valid = writeCookie(text, encoding, at) && text === JSON.stringify(value);
          const json = { categories };
          expect(parseConfig(JSON.stringify(json)).problems, 'a valid configuration').to.deep.equal([]);
          const [connected, errors] = capturing(() => charter(json));
          const el = await connected;
          expect(
            errors.every((e) => e.startsWith('cookie-charter: ')),
            errors.join('\n'),
          ).to.equal(true);
          const stored = valid ? value.choices : null;
          expect(el.choices).to.deep.equal(stored);
          const storedJsonChoices = (storedJson() as { choices?: Json } | undefined)?.choices;
          for (const id of [...pool, 'necessary', 'constructor', '__proto__', 'toString', 'unknown']) {
            const category = categories.find((c) => c.id == id);
            const granted = stored && own(stored, id) ? stored[id] : !!category?.exempt;
            expect(el.has(id), `has(${id})`).to.equal(id == 'necessary' || (!!category && granted));
            if (el.has(id) && id != 'necessary' && !category!.exempt)
              expect(storedJsonChoices && own(storedJsonChoices, id) && storedJsonChoices[id], `${id} stored as exactly true`).to.equal(
                true,
              );
          }
        }),
      ),
      runs(100),
    );
  });
});
