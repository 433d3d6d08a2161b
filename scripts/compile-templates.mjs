/**
 * The element's html`` templates compiled ahead of time (@lit-labs/compiler): each becomes the HTML
 * Lit would have made of it at run time, with the list of its parts, so that the browser skips
 * Lit's template parser (its regular expressions, its walk over each template's DOM) on a first
 * visit. With every template compiled, trim-lit.mjs cuts that parser out of the script-tag build.
 *
 * The compiler is a transformer of TypeScript 5's JS API, which TypeScript 7 lacks: it runs on the
 * TypeScript 5 that @lit-labs/compiler itself depends on, found from where that package is.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const compilerEntry = require.resolve('@lit-labs/compiler');
const ts = require(require.resolve('typescript', { paths: [compilerEntry] }));
const { compileLitTemplates } = await import('@lit-labs/compiler');

// The compiler takes the constructors of attribute-like parts from lit-html's private SSR support
// object, which holds all of lit-html (its parser too). The trimmed lit-html (trim-lit.mjs) exports
// those constructors by name instead.
const PRIVATE_IMPORT = /import \* as (\w+) from "lit-html\/private-ssr-support\.js";\s*const \{([^}]*)\} = \1\._\$LH;/;

/**
 * `code` (TypeScript, from `id`) with its html`` templates compiled, as JavaScript; null when it has
 * none. Throws when a template is left uncompiled: the shipped Lit could not render it.
 */
export function compileTemplates(code, id) {
  if (!/\bhtml\s*`/.test(code)) return null;
  const { outputText } = ts.transpileModule(code, {
    fileName: id,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      useDefineForClassFields: true,
      verbatimModuleSyntax: false,
      isolatedModules: true,
      // Comments go (the minifier drops them anyway): a comment that names html`` is not a template left.
      removeComments: true,
    },
    transformers: { before: [compileLitTemplates()] },
  });
  const left = /\bhtml\s*`/.exec(outputText);
  if (left)
    throw new Error(
      `compile-templates: ${id}: an html\`\` template could not be compiled ahead of time (a binding in a place Lit does not allow?): ` +
        outputText.slice(left.index, left.index + 80),
    );
  return outputText.replace(PRIVATE_IMPORT, (_, __, names) => `import {${names.replaceAll(':', ' as')}} from 'lit-html';`);
}
