import { html, nothing } from 'lit-html';
import { fill } from '../format.js';
import type { ViewContext } from './context.js';
import { cookieTable } from './cookie-table.js';

/**
 * The controls that change the choice, shared by the preferences dialog and the charter: a switch per
 * category (necessary: on and disabled, described by "Toujours actifs"), its description, optionally
 * its cookies, then the buttons.
 * `prefix` keeps ids unique when both are in one shadow root.
 */
export const choicesView = (ctx: ViewContext, { prefix, withTables }: { prefix: string; withTables: boolean }) => {
  const { t } = ctx;
  const optional = ctx.categories.some((c) => !c.necessary);
  return html`
    <ul class="categories">
      ${ctx.categories.map((c) => {
        const id = `${prefix}-${c.id}`;
        // A checkbox with role="switch" has its state from `checked`: ARIA in HTML forbids aria-checked on it.
        /* eslint-disable lit-a11y/role-has-required-aria-attrs */
        return html`
          <li>
            <div class="switch-row">
              <input
                type="checkbox"
                role="switch"
                id=${id}
                aria-describedby=${c.necessary ? `${id}-always ${id}-about` : `${id}-about`}
                .checked=${c.on}
                ?disabled=${c.necessary}
                @change=${(event: Event) => ctx.toggle(c.id, (event.target as HTMLInputElement).checked)}
              />
              <label for=${id} id=${`${id}-label`}>${c.label}</label>
              ${c.necessary ? html`<span class="always-on" id=${`${id}-always`}>${t.alwaysOn}</span>` : nothing}
            </div>
            <p id=${`${id}-about`}>${c.description}${c.exempt ? ` ${t.exemptNote}` : ''}</p>
            ${
              withTables && c.cookies.length
                ? html`<details>
                  <summary id=${`${id}-cookies`}>${fill(t.cookiesList, { count: c.cookies.length })}</summary>
                  ${cookieTable(ctx, { rows: c.cookies, labelledBy: `${id}-label ${id}-cookies` })}
                </details>`
                : nothing
            }
          </li>
        `;
        /* eslint-enable lit-a11y/role-has-required-aria-attrs */
      })}
    </ul>
    ${
      optional
        ? html`<div part="actions" class="actions">
          <button type="button" part="accept" @click=${ctx.acceptAll}>${t.acceptAll}</button>
          <button type="button" part="reject" @click=${ctx.rejectAll}>${t.rejectAll}</button>
          <button type="button" part="save" @click=${ctx.save}>${t.save}</button>
        </div>`
        : nothing
    }
  `;
};
