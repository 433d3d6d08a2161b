import { html, nothing } from 'lit';
import type { BannerTexts } from '../i18n/fr.js';
import { fill } from '../format.js';

export interface BannerProps {
  t: BannerTexts;
  lang: string;
  /** Who sets the cookies: the platform's host name. */
  site: string;
  /** What for: the categories that need consent, each with its providers. */
  purposes: string;
  policyUrl?: string;
  accept(): void;
  reject(): void;
  customize(): void;
}

/**
 * The first layer: who, what for, that refusing changes nothing, how to change one's mind, then three
 * buttons that look exactly alike (same element, same part styles, same order in the tab sequence).
 */
export const bannerView = (p: BannerProps) => html`
  <div part="banner" class="banner" role="region" aria-labelledby="cc-banner-title" lang=${p.lang}>
    <h2 part="title" id="cc-banner-title">${p.t.bannerTitle}</h2>
    <p part="description">
      ${fill(p.t.bannerText, { site: p.site, purposes: p.purposes })} ${p.t.bannerRefuse} ${p.t.bannerChange}
      ${p.policyUrl ? html`<a href=${p.policyUrl}>${p.t.policyLink}</a>` : nothing}
    </p>
    <div part="actions" class="actions">
      <button type="button" part="accept" @click=${p.accept}>${p.t.acceptAll}</button>
      <button type="button" part="reject" @click=${p.reject}>${p.t.rejectAll}</button>
      <button type="button" part="customize" @click=${p.customize}>${p.t.customize}</button>
    </div>
  </div>
`;
