// A configuration read by the element's own reader (dist/esm/config.js, built from src/config.ts) and
// its problems put in the element's own words (config-problems.js), as cli/render-charter.mjs does:
// a command reports what the element would report, the same way.

/** The element's ES modules, in the package (or in a checkout, after `npm run build`). */
const esm = (path) => import(new URL(`../dist/esm/${path}`, import.meta.url).href);

/**
 * @param {unknown} config the element's JSON, parsed
 * @returns {Promise<string[]>} a line per problem the element would report; none when it takes it whole
 */
export async function configProblems(config) {
  const [{ parseConfig }, { explainProblems }] = await Promise.all([esm('config.js'), esm('config-problems.js')]);
  return explainProblems(parseConfig(config ?? null).problems);
}
