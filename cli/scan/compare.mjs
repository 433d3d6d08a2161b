// What the charter declares, and what the recorded states show against it. Pure: no browser.

/**
 * @typedef {{ name: string, category: string, provider?: string }} DeclaredRow
 * @typedef {{ rows: DeclaredRow[], consent: Set<string> }} Declaration the rows, and the categories that need consent
 * @typedef {{ kind: 'undeclared' | 'before-consent' | 'after-refusal', name: string, state: 'none' | 'refused' | 'accepted', page: string }} Problem
 */

/**
 * The declaration of one or more charters (the pages' JSON may differ: a row declared on any of
 * them counts). The element's own cookie (`cookie-name`, default cookies_preferences) is declared
 * by the element itself, as necessary.
 * @param {any[]} configs the element's JSON objects
 * @param {string[]} cookieNames the elements' `cookie-name` attributes
 * @returns {Declaration}
 */
export function declaration(configs, cookieNames) {
  /** @type {DeclaredRow[]} */
  const rows = [];
  const consent = new Set();
  const exempt = new Set();
  for (const config of configs) {
    for (const category of Array.isArray(config?.categories) ? config.categories : []) {
      if (typeof category?.id !== 'string') continue;
      (category.exempt === true ? exempt : consent).add(category.id);
    }
    for (const row of Array.isArray(config?.cookies) ? config.cookies : []) {
      if (typeof row?.name !== 'string' || !row.name) continue;
      const category = typeof row.category === 'string' ? row.category : 'necessary';
      rows.push({ name: row.name, category, provider: typeof row.provider === 'string' ? row.provider : undefined });
    }
  }
  // A row of a category that no charter lists is optional all the same: its category was meant to
  // be asked for (exempt only when a charter says so).
  for (const row of rows) if (row.category !== 'necessary' && !exempt.has(row.category)) consent.add(row.category);
  for (const name of new Set(cookieNames.length ? cookieNames : ['cookies_preferences'])) {
    rows.push({ name, category: 'necessary', provider: 'cookie-charter' });
  }
  return { rows, consent };
}

/** Whether a row's name (exact, or a prefix ending in `*`) fits a cookie's or key's name. */
export const fits = (rowName, name) => (rowName.endsWith('*') ? name.startsWith(rowName.slice(0, -1)) : rowName === name);

/** The row that declares a name: an exact one first, else the longest prefix. */
export function rowFor(rows, name) {
  const exact = rows.find((row) => row.name === name);
  if (exact) return exact;
  return rows.filter((row) => row.name.endsWith('*') && fits(row.name, name)).sort((a, b) => b.name.length - a.name.length)[0];
}

const stateOrder = /** @type {const} */ (['none', 'refused', 'accepted']);
/** The problem an optional thing present in a state is, if any. */
const optionalKind = { none: 'before-consent', refused: 'after-refusal', accepted: null };

/**
 * @param {Record<'none' | 'refused' | 'accepted', import('./record.mjs').StateRecord>} states
 * @param {Declaration} declared
 * @returns {Problem[]} each problem once: an undeclared name in the first state it shows in, an
 *   optional one in each state where it should not be, at the first page it is seen on
 */
export function compare(states, declared) {
  /** @type {Problem[]} */
  const problems = [];
  const add = (problem) => {
    if (
      !problems.some((p) => p.kind === problem.kind && p.name === problem.name && (p.kind === 'undeclared' || p.state === problem.state))
    ) {
      problems.push(problem);
    }
  };
  for (const state of stateOrder) {
    const record = states[state];
    if (!record) continue;
    for (const { name, page } of [...record.cookies, ...record.storage]) {
      const row = rowFor(declared.rows, name);
      if (!row) add({ kind: 'undeclared', name, state, page });
      else if (declared.consent.has(row.category) && optionalKind[state]) add({ kind: optionalKind[state], name, state, page });
    }
    // A request to another site sends the visitor's address there, and often reads or sets its
    // cookies: with no choice, or after a refusal, it is a problem as an optional cookie is.
    for (const { host, page } of record.requests) {
      if (optionalKind[state]) add({ kind: optionalKind[state], name: host, state, page });
    }
  }
  return problems;
}
