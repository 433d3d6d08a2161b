// ESLint over the TypeScript sources, the tests and the scripts: JavaScript's recommended rules that
// the type check does not already cover, Lit's template rules (eslint-plugin-lit), accessibility in
// templates (eslint-plugin-lit-a11y) and custom elements' rules (eslint-plugin-wc). TypeScript is
// parsed by Babel: TypeScript 7 has no JavaScript API for typescript-eslint (TOOLCHAIN.md), and the
// type check (`npm run typecheck`) covers what type-aware rules would.
import babelParser from '@babel/eslint-parser';
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default [
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'site/'] },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] },
      },
    },
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...js.configs.recommended.rules,
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs['flat/best-practice'].rules,
      // The type check knows TypeScript's names (types, globals, declared members): these would not.
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-redeclare': 'off',
      // TypeScript checks it, and the rule fails on Babel's tree for an abstract method.
      'getter-return': 'off',
      // shoelace's rule: throw errors, not values.
      'no-throw-literal': 'error',
    },
  },
];
