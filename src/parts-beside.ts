/**
 * parts.ts in the script-tag build (rollup.config.mjs swaps it in): each part is the file
 * dist/cookie-charter-<name>.js beside the script. Such a file puts its exports in
 * `self.cookieCharterParts[name]` and has no import or export, so that it runs both as a module and as
 * a classic script.
 *
 * Its URL is resolved against the script's own, read while the script is evaluated (by the time a part
 * is needed, document.currentScript is gone): a relative import() from a classic script of another
 * origin, a CDN, has no base URL ("base URL is about:blank") unless its tag has `crossorigin`. In a
 * module script, currentScript is null, and a relative import() resolves against the module's URL.
 *
 * import() of another origin is a CORS fetch: from a host that sends no CORS header it fails, whatever
 * the URL. A classic script then loads the part as a classic `<script>`, which needs no CORS, with the
 * script's CSP nonce and a Trusted Types policy of its own. (A module script, or a tag with
 * `crossorigin`, from such a host never runs at all.)
 *
 * The parts that render or store use this file's Lit and js-cookie instead of carrying their own:
 * rollup.config.mjs makes `lit-html` and `js-cookie` in their files read `self.cookieCharterParts.lent`,
 * which this file fills before the first fetch, since their compiled templates name Lit's part
 * constructors as soon as they run.
 */
import Cookies from 'js-cookie';
import { nothing } from 'lit-html';
import type { fetchPart as fetchModule } from './parts.js';
import * as templateParts from './template-parts.js';

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src;

/** What is used of Trusted Types (TypeScript's DOM types have none of it). */
type ScriptURLPolicy = { createScriptURL(url: string): string };

/** What the parts' files put in the page's one global, and the policy created here. */
const parts = (): Record<string, unknown> => ((self as { cookieCharterParts?: Record<string, unknown> }).cookieCharterParts ??= {});

export const fetchPart: typeof fetchModule = (name) => {
  parts().lent ??= { nothing, Cookies, ...templateParts };
  const url = base ? new URL(`cookie-charter-${name}.js`, base).href : `./cookie-charter-${name}.js`;
  return import(url)
    .catch((error) => {
      if (!base) throw error;
      // A strict CSP lets the script in by its nonce: the part gets the same. Under Trusted Types, a URL
      // from a policy that only this file can call, with its own parts' URLs.
      const tag = document.createElement('script');
      tag.nonce = script!.nonce;
      // One policy of that name per page, made by the first classic fallback (a host with CORS never needs
      // it), kept with the parts: the enforcing part uses it too (see enforce/trusted-types.ts).
      const policy = (parts().policy ??= (
        self as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptURLPolicy } }
      ).trustedTypes?.createPolicy('cookie-charter', { createScriptURL: String, createScript: String, createHTML: String })) as
        ScriptURLPolicy | undefined;
      tag.src = policy ? policy.createScriptURL(url) : url;
      document.head.append(tag);
      return new Promise((resolve, reject) => {
        tag.onload = resolve;
        tag.onerror = () => reject(error);
      });
    })
    .then(() => parts()[name] as never);
};
