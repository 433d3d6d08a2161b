// The scan's report: readable text (a table per state, the problems, suggested rows), or the JSON
// object `{ url, pages, states: { none, refused, accepted }, problems }`.

const titles = { none: 'No choice', refused: 'After Tout refuser', accepted: 'After Tout accepter' };

/**
 * A value from the scanned page as one inert line: its control characters (line breaks, the terminal's
 * escapes, C1 controls, the Unicode line separators) as \xNN or \uNNNN, so that a page cannot forge a
 * report line nor drive the terminal through a cookie name, a storage key or a URL.
 */
const inert = (value) =>
  // eslint-disable-next-line no-control-regex -- finding them is the point
  String(value).replace(/[\0-\x1f\x7f-\x9f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });

/** A table: columns padded to their widest cell, each cell made inert. */
function table(head, cells) {
  if (!cells.length) return ['  (none)'];
  const rows = cells.map((row) => row.map(inert));
  const widths = head.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => ('  ' + cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ')).trimEnd();
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

/**
 * @param {{ url: string, pages: string[], states: Record<string, import('./record.mjs').StateRecord>,
 *   problems: import('./compare.mjs').Problem[], suggestions: { row: object, preset: string | null }[],
 *   failures: string[], presetsMissing: boolean }} scan
 */
export function textReport({ url, pages, states, problems, suggestions, failures, presetsMissing }) {
  const origin = new URL(url).origin;
  // Pages of the scanned site by their path, the rest whole.
  const short = (text) => (text ?? '?').replaceAll(origin + '/', '/');
  const out = [`cookie-charter scan ${inert(url)}`, '', `Pages (${pages.length}):`, ...pages.map((page) => `  ${inert(short(page))}`)];
  for (const failure of failures) out.push(`  not scanned: ${inert(failure)}`);
  for (const [state, record] of Object.entries(states)) {
    out.push('', `${titles[state]} (${state})`, '', ' Cookies:');
    out.push(
      ...table(
        ['name', 'domain', 'path', 'expires', 'kept', 'set by', 'first seen on'],
        record.cookies.map((c) => [
          c.name,
          c.domain,
          c.path,
          c.expires === 'session' ? 'session' : c.expires.slice(0, 10),
          c.removed ? 'removed' : 'yes',
          short(c.setBy ?? 'not told'),
          short(c.page),
        ]),
      ),
    );
    out.push(
      '',
      ' Storage keys:',
      ...table(
        ['key', 'storage', 'first seen on'],
        record.storage.map((k) => [k.name, k.area, short(k.page)]),
      ),
    );
    out.push(
      '',
      ' Requests to other sites:',
      ...table(
        ['host', 'first request', 'page'],
        record.requests.map((r) => [r.host, r.url, short(r.page)]),
      ),
    );
  }
  out.push('', `Problems (${problems.length}):`);
  out.push(
    ...table(
      ['kind', 'name', 'state', 'page'],
      problems.map((p) => [p.kind, p.name, p.state, short(p.page)]),
    ),
  );
  if (suggestions.length) {
    out.push('', 'Suggested rows for the undeclared cookies (add them to the charter’s "cookies"):');
    out.push(...suggestions.map(({ row, preset }) => inert(`  ${JSON.stringify(row)},${preset ? ` // preset "${preset}"` : ''}`)));
    if (presetsMissing) out.push('  (no service presets in this install: rows to fill in)');
  }
  return out.join('\n') + '\n';
}

/** The `--json` object, exactly `{ url, pages, states: { none, refused, accepted }, problems }`. */
export function jsonReport({ url, pages, states, problems }) {
  return (
    JSON.stringify(
      { url, pages, states, problems: problems.map(({ kind, name, state, page }) => ({ kind, name, state, page })) },
      null,
      2,
    ) + '\n'
  );
}
