import { html, nothing } from 'lit-html';
import { fill } from '../format.js';
import type { ViewContext } from './context.js';
import { choicesView } from './choices.js';
import { cookieTable } from './cookie-table.js';

/** `<h1>` to `<h6>` (a tag name cannot be a binding): the charter's headings at the level the page wants. */
const HEADINGS = [
  (content: unknown, id: unknown, rank: number) => html`<h1 id=${id} class=${`rank${rank}`}>${content}</h1>`,
  (content: unknown, id: unknown, rank: number) => html`<h2 id=${id} class=${`rank${rank}`}>${content}</h2>`,
  (content: unknown, id: unknown, rank: number) => html`<h3 id=${id} class=${`rank${rank}`}>${content}</h3>`,
  (content: unknown, id: unknown, rank: number) => html`<h4 id=${id} class=${`rank${rank}`}>${content}</h4>`,
  (content: unknown, id: unknown, rank: number) => html`<h5 id=${id} class=${`rank${rank}`}>${content}</h5>`,
  (content: unknown, id: unknown, rank: number) => html`<h6 id=${id} class=${`rank${rank}`}>${content}</h6>`,
];

/**
 * The whole "Charte cookies", in the page: the platforms' explanatory text, a table per category, and
 * the visitor's current choice with the controls to change it (withdrawing is as easy as giving).
 */
export const charterView = (ctx: ViewContext) => {
  const { t, stored } = ctx;
  /** A heading `rank` levels under the charter's own (0: its title, 1: a section, 2: a category). */
  const heading = (rank: number, content: unknown, id: unknown = nothing) => HEADINGS[ctx.headingLevel - 1 + rank](content, id, rank);
  const date = stored && new Date(stored.date).toLocaleString(ctx.lang, { dateStyle: 'long', timeStyle: 'short' });
  return html`
    <article part="charter" class="charter" lang=${ctx.lang} aria-labelledby="cc-charter-title">
      ${heading(0, t.charterTitle, 'cc-charter-title')}
      <p>${t.charterIntro}</p>
      ${heading(1, t.whatTitle)}
      <p>${t.whatText}</p>
      <p>${t.typesIntro}</p>
      <ul>
        <li>${t.typeNecessary}</li>
        <li>${t.typeStatistics}</li>
        <li>${t.typeFirstParty}</li>
        <li>${t.typeThirdParty}</li>
      </ul>
      ${heading(1, fill(t.usageTitle, { platform: ctx.platform }))}
      ${ctx.categories.map(
        (c) => html`
          ${heading(2, c.label, `cc-table-${c.id}`)}
          ${c.necessary || !c.description ? nothing : html`<p>${c.description}</p>`}
          ${c.cookies.length ? cookieTable(ctx, { rows: c.cookies, labelledBy: `cc-table-${c.id}` }) : nothing}
        `,
      )}
      <section class="choices" aria-labelledby="cc-choices-title">
        ${heading(1, t.choicesTitle, 'cc-choices-title')}
        <p>${date ? fill(t.choiceDate, { date }) : t.noChoice}</p>
        ${ctx.gpc && !stored ? html`<p>${t.gpcNote}</p>` : nothing}
        ${choicesView(ctx, { prefix: 'cc-switch', withTables: false })}
      </section>
    </article>
  `;
};
