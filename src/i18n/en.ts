import type { BannerTexts } from './fr.js';

/** English texts of the banner (see fr.ts). */
export const bannerEn: BannerTexts = {
  bannerTitle: 'Your cookie choices',
  bannerText:
    '{site} sets the cookies it needs to work and, only if you agree, cookies for: {purposes}.',
  bannerRefuse: 'Refusing changes nothing in how you can use this portal.',
  bannerChange: 'You can change your mind at any time with the “Cookie settings” link at the bottom of the page.',
  policyLink: 'Read the cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customise',
  saved: 'Choice saved.',
  savedPageOnly: 'Choice applied to this page only: your browser refuses cookies.',
};
