/**
 * `cem analyze` (npm run build, after rollup): custom-elements.json, from the JSDoc of the element and
 * its entries. Its paths name the files the package ships: dist/esm/<name>.js, which rollup builds from
 * src/<name>.ts (with their export names, see rollup.config.mjs), not the sources, which it does not ship.
 */
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

/** The built file of a source path (`src/x.ts`, `/src/x.js`, or `./x.js` from the module `from`). */
function shipped(path, from) {
  const source = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  const file = source.replace(/^src\/(.+)\.[jt]s$/, 'dist/esm/$1.js');
  if (!existsSync(file)) throw new Error(`custom-elements.json: ${path} is built to no file (${file})`);
  return file;
}

/** Every `path` and `module` of the manifest, from src/*.ts to the built file. */
const shippedPaths = {
  name: 'shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      const from = module.path;
      const visit = (node) => {
        if (!node || typeof node != 'object') return;
        for (const [key, value] of Object.entries(node))
          if ((key == 'path' || key == 'module') && typeof value == 'string') node[key] = shipped(value, from);
          else visit(value);
      };
      visit(module);
    }
  },
};

/**
 * The Lit plugin takes every entry of `static properties` for an attribute, `{ state: true }` ones too:
 * internal state (`_open`…) has no attribute, and is left out of the manifest.
 */
const noInternalStateAttributes = {
  name: 'no-internal-state-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.fieldName?.startsWith('_'));
  },
};

export default {
  globs: ['src/cookie-charter.ts', 'src/define.ts', 'src/index.ts'],
  litelement: true,
  plugins: [noInternalStateAttributes, shippedPaths],
};
