// Three outputs from src/:
// 1. dist/cookie-charter.js: the one file a portal includes. An IIFE (no import/export), so it works as
//    <script src defer> and as <script type="module">, with Lit and js-cookie inside, minified.
// 2. Files that (1) fetches from beside itself with a relative import() when first needed:
//    dist/cookie-charter-lazy.js (the charter and the preferences), dist/cookie-charter-enforce.js
//    (what makes the choice bind) and dist/cookie-charter-en.js (the banner's English texts). The
//    first two borrow (1)'s Lit and js-cookie instead of carrying their own (see src/borrowed.ts).
// 3. dist/esm/: ES modules for sites that bundle the element themselves (lit and js-cookie left as
//    imports); the lazy part is an ordinary dynamic-import chunk there. Types come from tsc.
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { checkSources, trimLit } from './scripts/trim-lit.mjs';

/** Modules that the script-tag build imports at run time, from files beside it. */
const BESIDE = {
  './lazy.js': './cookie-charter-lazy.js',
  './enforce.js': './cookie-charter-enforce.js',
  './i18n/en.js': './cookie-charter-en.js',
};
const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });
/** Whitespace out of html`` and css`` templates; a failure must fail the build, not ship unminified. */
const templates = () => minifyTemplates({ include: ['src/**'], failOnError: true });
// `_private` members are renamed too, and Lit's own (`_$…`): nothing outside the file reads them (the
// fetched parts use the main file's html and nothing, whose results only the main file's Lit reads).
const minify = (module) =>
  terser({ ecma: 2021, module, compress: { passes: 2 }, mangle: { properties: { regex: /^_[a-z$]/ } }, format: { comments: false } });

/** In the script-tag build, `import('./lazy.js')` stays a runtime import of the file beside the bundle. */
const filesBesideBundle = {
  name: 'files-beside-bundle',
  resolveId: (id) => (BESIDE[id] ? { id: BESIDE[id], external: 'absolute' } : null),
};

/** In the fetched files, `lit`, `js-cookie` (and borrowed.ts) become bindings that the main file fills. */
const BORROWED = '\0borrowed';
const borrow = {
  name: 'borrow',
  resolveId: (id) => (id === 'lit-html' || id === 'js-cookie' || id.endsWith('/borrowed.js') ? BORROWED : null),
  load: (id) =>
    id === BORROWED
      ? 'export let html, nothing, Cookies;\nexport { Cookies as default };\n' +
        'export function borrow(shared) { ({ html, nothing, Cookies } = shared); }\n'
      : null,
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
    plugins: [filesBesideBundle, nodeResolve(), trimmedLit, templates(), typescript(), minify(false)],
  },
  ...['lazy', 'enforce'].map((name) => ({
    input: `src/${name}.ts`,
    output: { file: `dist/cookie-charter-${name}.js`, format: 'es' },
    plugins: [borrow, nodeResolve(), templates(), typescript(), minify(true)],
  })),
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
