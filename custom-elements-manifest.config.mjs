// `cem analyze` (npm run build) reads this file. Its Lit plugin takes every entry of `static properties`
// for an attribute, `{ state: true }` ones too: internal state (`_open`…) has no attribute, and is
// left out of the manifest.
export default {
  plugins: [
    {
      name: 'no-internal-state-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? [])
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.fieldName?.startsWith('_'));
      },
    },
  ],
};
