import { html, nothing } from 'lit-html';
import type { CookieRow } from '../config.js';
import type { ViewContext } from './context.js';

/**
 * One category's cookies, with the charters' four columns (five when durations are given). The table
 * scrolls sideways in its own labelled, focusable region when the screen is narrower than it; the
 * table itself carries the same name, so that a screen reader's table list tells them apart.
 */
export const cookieTable = ({ t, withDuration }: ViewContext, { rows, labelledBy }: { rows: CookieRow[]; labelledBy: string }) => html`
  <div class="table-scroll" role="region" aria-labelledby=${labelledBy} tabindex="0">
    <table part="table" aria-labelledby=${labelledBy}>
      <thead>
        <tr>
          <th scope="col">${t.colProvider}</th>
          <th scope="col">${t.colService}</th>
          <th scope="col">${t.colName}</th>
          <th scope="col">${t.colPurpose}</th>
          ${withDuration ? html`<th scope="col">${t.colDuration}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`
            <tr>
              <td>${row.provider}</td>
              <td>${row.service}</td>
              <td><code>${row.name}</code></td>
              <td>${row.purpose}</td>
              ${withDuration ? html`<td>${row.duration ?? '–'}</td>` : nothing}
            </tr>
          `,
        )}
      </tbody>
    </table>
  </div>
`;
