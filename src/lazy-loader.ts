/**
 * Loads the part that only the charter and the preferences need, once per page, from beside the main
 * file (a relative import() resolves against the script's own URL, as a classic script or a module).
 */
import { html, nothing } from 'lit';

export type LazyPart = typeof import('./lazy.js') & { sheet: CSSStyleSheet };

let loading: Promise<LazyPart> | undefined;

export function loadLazyPart(): Promise<LazyPart> {
  return (loading ??= import('./lazy.js').then(
    (part) => {
      part.useLit({ html, nothing });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(part.styles);
      return { ...part, sheet };
    },
    (error) => {
      loading = undefined; // let a later call try again
      throw error;
    },
  ));
}
