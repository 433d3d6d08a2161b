/**
 * The files that the main file fetches when needed use its copies of Lit and js-cookie. In the
 * script-tag build, rollup.config.mjs replaces `lit` and `js-cookie` in those files by bindings that
 * this function fills when the main file loads them, so that neither is downloaded twice; everywhere
 * else (tests, the ES module build) they import the packages and this does nothing. Hence: no use of
 * Lit or js-cookie at the top level of a lazily loaded module, only inside functions.
 */
export function borrow(_shared: { html: unknown; nothing: unknown; Cookies: unknown }): void {}
