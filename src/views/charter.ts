import { html, nothing } from 'lit-html';
import { fill } from '../format.js';
import type { ViewContext } from './context.js';
import { choicesView } from './choices.js';
import { cookieTable } from './cookie-table.js';

/**
 * The whole "Charte cookies", in the page: the platforms' explanatory text, a table per category, and
 * the visitor's current choice with the controls to change it (withdrawing is as easy as giving).
 */
export const charterView = (ctx: ViewContext) => {
  const { t, stored } = ctx;
  const date = stored && new Date(stored.date).toLocaleString(ctx.lang, { dateStyle: 'long', timeStyle: 'short' });
  return html`
    <article part="charter" class="charter" lang=${ctx.lang} aria-labelledby="cc-charter-title">
      <h2 id="cc-charter-title">${t.charterTitle}</h2>
      <p>${t.charterIntro}</p>
      <h3>${t.whatTitle}</h3>
      <p>${t.whatText}</p>
      <p>${t.typesIntro}</p>
      <ul>
        <li>${t.typeNecessary}</li>
        <li>${t.typeStatistics}</li>
        <li>${t.typeFirstParty}</li>
        <li>${t.typeThirdParty}</li>
      </ul>
      <h3>${fill(t.usageTitle, { platform: ctx.platform })}</h3>
      ${ctx.categories.map(
        (c) => html`
          <h4 id=${`cc-table-${c.id}`}>${c.label}</h4>
          ${c.necessary || !c.description ? nothing : html`<p>${c.description}</p>`}
          ${c.cookies.length ? cookieTable(t, c.cookies, ctx.withDuration, `cc-table-${c.id}`) : nothing}
        `,
      )}
      <section class="choices" aria-labelledby="cc-choices-title">
        <h3 id="cc-choices-title">${t.choicesTitle}</h3>
        <p>${date ? fill(t.choiceDate, { date }) : t.noChoice}</p>
        ${ctx.gpc && !stored ? html`<p>${t.gpcNote}</p>` : nothing}
        ${choicesView(ctx, 'cc-switch', false)}
      </section>
    </article>
  `;
};
