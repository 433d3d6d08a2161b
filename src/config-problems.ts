/**
 * The words for the configuration's problems (see config.ts). Part of the lazily loaded part: only a
 * page whose JSON has a problem downloads them.
 */
import { isObject, isText, type Kind, type Problem, type ProblemCode } from './config.js';

/** What a value of each kind should have been (texts are worded apart, per text). */
const EXPECTED: Record<Exclude<Kind, 'languages'>, string> = {
  text: 'a non-empty string',
  localized: 'a string or {"fr": …, "en": …}',
  id: 'an id such as "statistics"',
  flag: 'true or false',
  list: 'an array',
  object: 'an object',
  matomo: 'true or "cookies"',
  consentMode: '{"category": ["consent type", …]} naming categories',
};

/** The words for each code, from the place, the value and the value as shown: every code has some (the compiler checks). */
const WORDS: Record<ProblemCode, (place: string, value: unknown, shown: string) => string> = {
  ...(Object.fromEntries(
    Object.entries(EXPECTED).map(([code, expected]) => [
      code,
      (place: string, _: unknown, shown: string) => `${place}: expected ${expected}, got ${shown}`,
    ]),
  ) as Record<keyof typeof EXPECTED, (place: string, value: unknown, shown: string) => string>),
  languages: (place, value) => `${place}: ${wrongTexts(value).join(', ')}; the built-in texts are used instead`,
  unknown: (place) => `${place}: unknown key`,
  duplicate: (place, _, shown) => `${place}: ${shown} is already a category`,
  category: (place, _, shown) => `${place}: ${shown} is not a category`,
  json: (_, value) => `invalid JSON: ${value}`,
  attribute: (place, value) => `the ${place} attribute is not valid; using ${value}`,
  choice: (place, _, shown) => `${place} ignored: not an optional category set to true or false (got ${shown})`,
  none: () => 'none found: give the element a <script type="application/json"> child',
};

/**
 * A value as JSON, or its type when JSON cannot show it: save() may be given anything, a bigint or a
 * circular object, and wording a problem must not throw.
 */
function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'nothing';
  } catch {
    return typeof value;
  }
}

/** One line per problem, naming its place: `cookies[2].name: expected a non-empty string, got 42`. */
export const explainProblems = (problems: Problem[]): string[] =>
  problems.map(([place, code, value]) => WORDS[code](place, value, show(value)));

/** What is wrong in a `texts` value, each named: `fr.acceptAll is 3, not a non-empty string`. */
function wrongTexts(value: unknown): string[] {
  const not = (where: string, got: unknown, expected: string) => `${where} is ${show(got)}, not ${expected}`;
  if (!isObject(value)) return [not('it', value, '{"fr": {"text key": "text", …}, …}')];
  return Object.entries(value).flatMap(([lang, texts]) =>
    isObject(texts)
      ? Object.entries(texts).flatMap(([key, text]) => (isText(text) ? [] : [not(`${lang}.${key}`, text, 'a non-empty string')]))
      : [not(lang, texts, 'an object of texts')],
  );
}
