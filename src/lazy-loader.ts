/**
 * What the main file fetches from beside itself when first needed (a relative import() resolves
 * against the script's own URL, whether it was loaded as a classic script or a module): the part that
 * only the charter and the preferences need, and the English texts of the banner.
 */
import { html, nothing } from 'lit';
import type { BannerTexts } from './i18n/fr.js';
import { report } from './report.js';

export type LazyPart = typeof import('./lazy.js') & { sheet: CSSStyleSheet };

let lazyPart: Promise<LazyPart> | undefined;
let english: BannerTexts | undefined;
let englishLoading: Promise<unknown> | undefined;

export function loadLazyPart(): Promise<LazyPart> {
  return (lazyPart ??= import('./lazy.js').then(
    (part) => {
      part.useLit({ html, nothing });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(part.styles);
      return { ...part, sheet };
    },
    (error) => {
      lazyPart = undefined; // let a later call try again
      throw error;
    },
  ));
}

/** The English banner texts once fetched; until then undefined, and `then` is called when they arrive. */
export function loadEnglish(then: () => void): BannerTexts | undefined {
  englishLoading ??= import('./i18n/en.js').then(
    (texts) => (english = texts.bannerEn),
    (error) => report([`loading the English texts failed: ${error}`]),
  );
  if (!english) englishLoading.then(then);
  return english;
}
