/**
 * The files the main file fetches from beside itself, once each, when first needed (a relative
 * import() resolves against the script's own URL, whether it was loaded as a classic script or as a
 * module): the charter and preferences, the enforcing part, the banner's English texts. Those that
 * render or store get the main file's Lit and js-cookie (see borrowed.ts). A failure is reported here;
 * the callers only fall back.
 */
import Cookies from 'js-cookie';
import { html, nothing } from 'lit-html';
import type { borrow } from './borrowed.js';

const FILES = {
  lazy: () => import('./lazy.js'),
  enforce: () => import('./enforce.js'),
  en: () => import('./i18n/en.js'),
};

type Files = typeof FILES;
const loading: Record<string, Promise<unknown>> = {};

export function load<Name extends keyof Files>(name: Name): ReturnType<Files[Name]> {
  return (loading[name] ??= (FILES[name]() as Promise<object>).then(
    (module) => {
      (module as { borrow?: typeof borrow }).borrow?.({ html, nothing, Cookies });
      return module;
    },
    (error) => {
      delete loading[name]; // let a later call try again
      console.error(`cookie-charter: could not load ${name}: ${error}`);
      throw error;
    },
  )) as ReturnType<Files[Name]>;
}
