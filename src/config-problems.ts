/**
 * The words for the configuration's problems (see config.ts). Part of the lazily loaded part: only a
 * page whose JSON has a problem downloads them.
 */
import { isObject, isText, type Problem } from './config.js';

const EXPECTED: Record<string, string> = {
  text: 'a non-empty string',
  localized: 'a string or {"fr": …, "en": …}',
  id: 'an id such as "statistics"',
  flag: 'true or false',
  list: 'an array',
  object: 'an object',
  matomo: 'true or "cookies"',
  consentMode: '{"category": ["consent type", …]} naming categories',
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
export function explainProblems(problems: Problem[]): string[] {
  return problems.map(([place, code, value]) => {
    const shown = show(value);
    if (code == 'languages') return `${place}: ${wrongTexts(value).join(', ')}; the built-in texts are used instead`;
    if (code in EXPECTED) return `${place}: expected ${EXPECTED[code]}, got ${shown}`;
    if (code == 'unknown') return `${place}: unknown key`;
    if (code == 'duplicate') return `${place}: ${shown} is already a category`;
    if (code == 'category') return `${place}: ${shown} is not a category`;
    if (code == 'json') return `invalid JSON: ${value}`;
    if (code == 'attribute') return `the ${place} attribute is not valid; using ${value}`;
    if (code == 'choice') return `${place} ignored: not an optional category set to true or false (got ${shown})`;
    return 'none found: give the element a <script type="application/json"> child, or its config property an object';
  });
}

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
