// Suggested JSON rows for undeclared cookies: a service preset's row where one fits the name
// (exact or `*` prefix), else a row to fill in. The presets object is a parameter, so that this
// works with the package's presets or without them.

/**
 * @typedef {{ provider: string, service: string, name: string, purpose: string, category?: string, duration?: string }} Row
 * @typedef {Record<string, { id: string, name: string, category: string, cookies: Row[] }>} Presets
 */

/** How long a cookie lives, in the charter's words: "Session", "N jours", "N mois". */
export function durationOf(expires, now = Date.now()) {
  if (expires === 'session') return 'Session';
  const days = Math.round((Date.parse(expires) - now) / 86_400_000);
  if (days < 1) return 'Moins d’un jour';
  if (days < 60) return `${days} jour${days > 1 ? 's' : ''}`;
  return `${Math.round(days / 30.44)} mois`;
}

const fits = (rowName, name) => (rowName.endsWith('*') ? name.startsWith(rowName.slice(0, -1)) : rowName === name);

/**
 * @param {{ name: string, expires?: string }[]} cookies the undeclared cookies (one per name)
 * @param {Presets | null} presets
 * @returns {{ row: Row, preset: string | null }[]} one row per preset row or unknown name, without duplicates
 */
export function suggestRows(cookies, presets) {
  /** @type {{ row: Row, preset: string | null }[]} */
  const suggested = [];
  for (const cookie of cookies) {
    let found = null;
    for (const preset of Object.values(presets ?? {})) {
      const row = (preset.cookies ?? []).find((candidate) => typeof candidate?.name === 'string' && fits(candidate.name, cookie.name));
      if (row) {
        const category = row.category ?? (preset.category !== 'necessary' ? preset.category : undefined);
        found = { row: category ? { ...row, category } : { ...row }, preset: preset.id };
        break;
      }
    }
    if (found) {
      // One row for every name its pattern covers (_ga, _ga_ABC…).
      if (!suggested.some((s) => s.preset === found.preset && s.row.name === found.row.name)) suggested.push(found);
      continue;
    }
    /** @type {Row} */
    const row = { provider: 'À compléter', service: 'À compléter', name: cookie.name, purpose: 'À compléter' };
    if (cookie.expires) row.duration = durationOf(cookie.expires);
    suggested.push({ row, preset: null });
  }
  return suggested;
}
