// Three outputs from src/:
// 1. dist/cookie-charter.js: the one file a portal includes. An IIFE (no import/export), so it works as
//    <script src defer> and as <script type="module">, with Lit and js-cookie inside, minified.
// 2. Files that (1) fetches from beside its own URL with import() when first needed (src/parts-beside.ts):
//    dist/cookie-charter-lazy.js (the charter and the preferences), dist/cookie-charter-enforce.js
//    (what makes the choice bind) and dist/cookie-charter-en.js (the banner's English texts). The
//    first two borrow (1)'s Lit and js-cookie, lent before they are fetched, instead of carrying their own
//    (see src/parts-beside.ts). Each is one function that puts its exports in `self.cookieCharterParts`,
//    so that it also runs as a classic script (from a host without CORS).
// 3. dist/esm/: ES modules for sites that bundle the element themselves (lit and js-cookie left as
//    imports), one module per source file; the lazy part is an ordinary dynamic import there. Types come from tsc.
// Lit's and js-cookie's licences go beside them all, in dist/THIRD-PARTY-NOTICES.txt (see that plugin).
import { resolve } from 'node:path';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { compileTemplates } from './scripts/compile-templates.mjs';
import { checkSources, trimLit } from './scripts/trim-lit.mjs';
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';

const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });
/** Whitespace out of html`` and css`` templates; a failure must fail the build, not ship unminified. */
const templates = () => minifyTemplates({ include: ['src/**'], failOnError: true });
/**
 * Then each html`` template compiled ahead of time (scripts/compile-templates.mjs): the shipped Lit has no
 * template parser (scripts/trim-lit.mjs). The output is JavaScript, which esbuild then takes as it is.
 */
const compiledTemplates = {
  name: 'compile-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    try {
      const compiled = compileTemplates(code, id);
      return compiled && { code: compiled, map: null };
    } catch (error) {
      this.error(error.message);
    }
  },
};
// `_private` members are renamed too, and Lit's own (`_$…`): nothing outside the file reads them, but for
// `_$litType$`, the key of a template's result, which the fetched parts' compiled templates write and the
// main file's Lit reads.
// Unused trailing parameters are dropped (keep_fargs: false): nothing here, in Lit or in js-cookie reads
// a function's `length`.
// Function-valued properties of object literals become methods (unsafe_methods): none of them is
// called with `new` or read for its `prototype`, here, in Lit or in js-cookie.
const minify = (module) =>
  terser({
    ecma: 2021,
    module,
    compress: { passes: 2, keep_fargs: false, unsafe_methods: true },
    mangle: { properties: { regex: /^_(?!\$litType\$)[a-z$]/ } },
    // ASCII only (other characters as escapes): a script with a character beyond Latin-1 (a French
    // text's ’) is kept by the browser as UTF-16, two bytes a character, for as long as the page lives.
    format: { comments: false, ascii_only: true },
  });

/**
 * In the script-tag build, the parts are the files beside the bundle, fetched from the script's own URL
 * (src/parts-beside.ts), instead of modules that rollup would bundle (src/parts.ts).
 */
const partsBesideBundle = {
  name: 'parts-beside-bundle',
  resolveId: (id, importer) =>
    id === './parts.js' && importer?.endsWith('/src/load-part.ts')
      ? resolve('src/parts-beside.ts')
      : id === './template-parts.js' && importer?.endsWith('/src/parts-beside.ts')
        ? TEMPLATE_PARTS
        : null,
  load: (id) =>
    id === TEMPLATE_PARTS ? "export { AttributePart, PropertyPart, BooleanAttributePart, EventPart } from 'lit-html';\n" : null,
};
/** What the main file lends the parts for their compiled templates: the constructors those name (src/template-parts.ts). */
const TEMPLATE_PARTS = '\0template-parts';

/** The fetched parts, by name: dist/cookie-charter-<name>.js. */
const PARTS = { lazy: 'src/charter-and-preferences.ts', enforce: 'src/enforce.ts', en: 'src/i18n/en.ts' };
/**
 * Each part's file is one function that puts the part's exports in `self.cookieCharterParts[name]`: with
 * no import or export, the same file runs as a module (import(), the usual way) and as a classic script
 * (from a host that sends no CORS header, see src/parts-beside.ts).
 */
const PART = '\0part:';
const registerPart = {
  name: 'register-part',
  resolveId: (id) => (id.startsWith(PART) ? id : null),
  load(id) {
    if (!id.startsWith(PART)) return null;
    const name = id.slice(PART.length);
    return `import * as part from ${JSON.stringify(resolve(PARTS[name]))};\n(self.cookieCharterParts ??= {}).${name} = part;\n`;
  },
};

/**
 * In the fetched files, `lit-html` and `js-cookie` are what the main file lends them (src/parts-beside.ts),
 * read when the file runs: their compiled templates name Lit's part constructors at the top level.
 */
const BORROWED = '\0borrowed';
const borrow = {
  name: 'borrow',
  resolveId: (id) => (id === 'lit-html' || id === 'js-cookie' ? BORROWED : null),
  load: (id) =>
    id === BORROWED
      ? // A part run without the main file of its version (a stale copy of either on a CDN, a part included by
        // hand) says so, instead of failing later at its first render.
        'const lent = self.cookieCharterParts?.lent;\n' +
        "if (!lent) throw Error('cookie-charter: this file needs dist/cookie-charter.js of the same version, which loads it');\n" +
        'export const { nothing, Cookies, AttributePart, PropertyPart, BooleanAttributePart, EventPart } = lent;\n' +
        'export { Cookies as default };\n'
      : null,
};

/**
 * V8's explicit compile hint (Chrome 136+): every function of the main file is compiled eagerly, on the
 * thread that streams the script in, instead of lazily on the main thread when first called; nearly all
 * of them are called while the banner is first shown. Other engines ignore the comment. Added after the
 * minifier, which drops comments, and in the file's first line, where V8 looks for it.
 */
const compileHint = {
  name: 'compile-hint',
  renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
};

/** Lit without what this element never uses (see scripts/trim-lit.mjs); the sources are checked first. */
const trimmedLit = {
  name: 'trim-lit',
  buildStart() {
    const found = checkSources('src');
    if (found.length) this.error(`Lit is trimmed of what these need (see scripts/trim-lit.mjs):\n${found.join('\n')}`);
  },
  transform(code, id) {
    try {
      return trimLit(code, id);
    } catch (error) {
      this.error(error.message);
    }
  },
};

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/cookie-charter.js', format: 'iife' },
    plugins: [
      partsBesideBundle,
      nodeResolve(),
      trimmedLit,
      templates(),
      compiledTemplates,
      typescript(),
      minify(false),
      compileHint,
      thirdPartyNotices(),
    ],
  },
  ...Object.keys(PARTS).map((name) => ({
    input: PART + name,
    // The registered namespace is not frozen: Object.freeze costs bytes and protects nothing there.
    output: { file: `dist/cookie-charter-${name}.js`, format: 'iife', freeze: false },
    plugins: [registerPart, borrow, nodeResolve(), templates(), compiledTemplates, typescript(), minify(false), thirdPartyNotices()],
  })),
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    // One module per source file (dist/esm/<name>.js from src/<name>.ts, as dist/types/ has them), so
    // that custom-elements.json can name the file and export of each declaration.
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external: (id) => /^[^./\0]/.test(id),
    plugins: [typescript(), thirdPartyNotices()],
  },
];
