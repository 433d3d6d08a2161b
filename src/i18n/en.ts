import type { BannerTexts } from './fr.js';

/** English texts of the banner (see fr.ts). */
export const bannerEn: BannerTexts = {
  bannerTitle: 'Your cookie choices',
  bannerText: '{site} uses necessary cookies and, with your consent, cookies for: {purposes}.',
  bannerRefuse: 'Refusing changes nothing for your visit.',
  bannerChange: 'Change your mind with “Cookie settings” at the bottom of the page.',
  policyLink: 'Cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customise',
  saved: 'Choice saved.',
  savedPageOnly: 'Choice applied to this page only: your browser refuses cookies.',
};
