/**
 * The lazily loaded part renders with the main bundle's Lit. In the script-tag build, rollup.config.mjs
 * replaces `lit` in that part by bindings that this function fills, so it does not carry a second copy
 * of lit-html (3 kB gzip); everywhere else (tests, the ES module build) it imports Lit and this does
 * nothing. Hence: no Lit call at the top level of a lazily loaded module, only inside functions.
 */
export function useLit(_lit: { html: unknown; nothing: unknown }): void {}
