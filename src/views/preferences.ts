import { html } from 'lit-html';
import type { ViewContext } from './context.js';
import { choicesView } from './choices.js';

/**
 * Tab from the last control goes back to the first, and Shift+Tab from the first to the last: a
 * modal dialog alone lets focus leave for the browser's own interface.
 */
function keepFocusIn(event: KeyboardEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  if (event.key != 'Tab') return;
  const controls = [...dialog.querySelectorAll<HTMLElement>('button, input:not(:disabled), summary, [tabindex="0"], a[href]')].filter(
    (control) => control.checkVisibility(),
  );
  const [first, last] = [controls[0], controls[controls.length - 1]];
  const current = (dialog.getRootNode() as ShadowRoot).activeElement;
  const next = event.shiftKey ? (current == first ? last : null) : current == last ? first : null;
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * The second layer, a modal `<dialog>`: showModal() moves focus in and makes the page inert, Escape
 * closes it (a `close` event, never a consent), and the element gives focus back to the opener.
 */
export const preferencesView = (ctx: ViewContext) => html`
  <dialog
    part="preferences"
    class="preferences"
    aria-labelledby="cc-preferences-title"
    lang=${ctx.lang}
    @close=${ctx.close}
    @keydown=${keepFocusIn}
  >
    <div class="dialog-head">
      <h2 id="cc-preferences-title">${ctx.t.preferencesTitle}</h2>
      <button type="button" class="close" @click=${ctx.close}>${ctx.t.close}</button>
    </div>
    <p>${ctx.t.preferencesText}</p>
    ${choicesView(ctx, { prefix: 'cc-preference', withTables: true })}
  </dialog>
`;
