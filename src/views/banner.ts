import { html, nothing } from 'lit-html';
import { fill } from '../format.js';
import type { BannerHost } from '../host.js';
import type { BannerTexts } from '../i18n/fr.js';

/** What the banner renders, and the element whose methods its buttons call. */
export interface BannerContext {
  host: BannerHost;
  t: BannerTexts;
  lang: string;
  /** The platform's host name. */
  site: string;
  /** The categories that need consent, with their providers: Tout accepter and Tout refuser decide them all. */
  purposes: string;
}

/**
 * The first layer, a region (a `<section>` named by its heading, which runs into the text: the space
 * between them, kept by the build, lets the line break there): who sets cookies and what for, that
 * refusing changes nothing, how to change one's mind, the charter; then Tout accepter and Tout refuser,
 * alike, and Personnaliser.
 * Lit calls the listeners with the element as `this`. (A button in a shadow root submits no form of
 * the page: no `type="button"` needed.)
 */
export const bannerView = ({ host, t, lang, site, purposes }: BannerContext) => html`
  <section part="banner" class="banner" aria-labelledby="cc-banner-title" lang=${lang}>
    <h2 part="title" id="cc-banner-title">${t.bannerTitle}</h2>${' '}<p part="description">
      ${fill(t.bannerText, { site, purposes })} ${t.bannerRefuse} ${t.bannerChange}
      ${host.policyUrl ? html`<a href=${host.policyUrl}>${t.policyLink}</a>` : nothing}
    </p>
    <div part="actions" class="actions">
      <button part="accept" @click=${host.acceptAll}>${t.acceptAll}</button>
      <button part="reject" @click=${host.rejectAll}>${t.rejectAll}</button>
      <button part="customize" @click=${host.show}>${t.customize}</button>
    </div>
  </section>
`;
