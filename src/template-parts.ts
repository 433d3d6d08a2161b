/**
 * What the main file lends the fetched parts for their compiled templates (see parts-beside.ts): in
 * the script-tag build, rollup.config.mjs swaps in lit-html's constructors of attribute-like parts,
 * which those templates name (scripts/compile-templates.mjs). The trimmed lit-html exports them;
 * Lit's own declarations do not, hence this module.
 */
export {};
