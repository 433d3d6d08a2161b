// Three outputs from src/:
// 1. dist/cookie-charter.js: the one file a portal includes. An IIFE (no import/export), so it works as
//    <script src defer> and as <script type="module">, with Lit and js-cookie inside, minified.
// 2. dist/cookie-charter-lazy.js: what only the charter and the preferences need, fetched by (1) with a
//    relative import() when first needed. It borrows (1)'s Lit instead of carrying its own (see
//    src/lit-link.ts). dist/cookie-charter-en.js: the banner's English texts, fetched by pages in any
//    language but French.
// 3. dist/esm/: ES modules for sites that bundle the element themselves (lit and js-cookie left as
//    imports); the lazy part is an ordinary dynamic-import chunk there. Types come from tsc.
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** Modules that the script-tag build imports at run time, from files beside it. */
const BESIDE = { './lazy.js': './cookie-charter-lazy.js', './i18n/en.js': './cookie-charter-en.js' };
const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });
/** Whitespace out of html`` and css`` templates; a failure must fail the build, not ship unminified. */
const templates = () => minifyTemplates({ include: ['src/**'], failOnError: true });
// `_private` members are renamed too: nothing outside the file reads them (Lit's own are `_$…`).
const minify = (module) =>
  terser({ ecma: 2021, module, compress: { passes: 2 }, mangle: { properties: { regex: /^_[a-z]/ } }, format: { comments: false } });

/** In the script-tag build, `import('./lazy.js')` stays a runtime import of the file beside the bundle. */
const filesBesideBundle = {
  name: 'files-beside-bundle',
  resolveId: (id) => (BESIDE[id] ? { id: BESIDE[id], external: 'absolute' } : null),
};

/** In the lazy file, `lit` (and lit-link.ts) become bindings that the main bundle fills at load. */
const BORROWED_LIT = '\0borrowed-lit';
const borrowLit = {
  name: 'borrow-lit',
  resolveId: (id) => (id === 'lit' || id.endsWith('/lit-link.js') ? BORROWED_LIT : null),
  load: (id) =>
    id === BORROWED_LIT
      ? 'export let html, nothing;\nexport function useLit(lit) { ({ html, nothing } = lit); }\n'
      : null,
};

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/cookie-charter.js', format: 'iife' },
    plugins: [filesBesideBundle, nodeResolve(), templates(), typescript(), minify(false)],
  },
  {
    input: 'src/lazy.ts',
    output: { file: 'dist/cookie-charter-lazy.js', format: 'es' },
    plugins: [borrowLit, nodeResolve(), templates(), typescript(), minify(true)],
  },
  {
    input: 'src/i18n/en.ts',
    output: { file: 'dist/cookie-charter-en.js', format: 'es' },
    plugins: [typescript(), minify(true)],
  },
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    output: { dir: 'dist/esm', format: 'es', chunkFileNames: '[name].js' },
    external: (id) => /^[^./\0]/.test(id),
    plugins: [typescript()],
  },
];
