/**
 * The parts fetched when first needed, as the tests and the ES module build (dist/esm) have them: an
 * ordinary dynamic import, which a portal's bundler splits into a chunk of its own. The script-tag
 * build replaces this file by parts-beside.ts (see rollup.config.mjs).
 */
const PARTS = {
  lazy: () => import('./charter-and-preferences.js'),
  enforce: () => import('./enforce.js'),
  en: () => import('./i18n/en.js'),
};

export type Parts = { [Name in keyof typeof PARTS]: Awaited<ReturnType<(typeof PARTS)[Name]>> };

export const fetchPart = <Name extends keyof Parts>(name: Name) => PARTS[name]() as Promise<Parts[Name]>;
