/**
 * The parts the main file fetches when first needed, once each (see parts.ts): the charter and
 * preferences, the enforcing part, the banner's English texts. Those that render or store get the main
 * file's Lit and js-cookie (see shared-libraries.ts). A failure is reported here; the callers only fall back.
 */
import Cookies from 'js-cookie';
import { html, nothing } from 'lit-html';
import type { borrow } from './shared-libraries.js';
import { fetchPart, type Parts } from './parts.js';

const loading: Record<string, Promise<unknown>> = {};

export function load<Name extends keyof Parts>(name: Name): Promise<Parts[Name]> {
  return (loading[name] ??= fetchPart(name).then(
    (module) => {
      (module as { borrow?: typeof borrow }).borrow?.({ html, nothing, Cookies });
      return module;
    },
    (error) => {
      delete loading[name]; // let a later call try again
      console.error(`cookie-charter: could not load ${name}: ${error}`);
      throw error;
    },
  )) as Promise<Parts[Name]>;
}
