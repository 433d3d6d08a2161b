// The build's ahead-of-time template compilation (scripts/compile-templates.mjs): the shipped Lit has
// no template parser, so a template left uncompiled must fail the build, not the visitor's page.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { compileTemplates } from '../../scripts/compile-templates.mjs';

describe('compileTemplates', () => {
  test('a template becomes its prepared HTML and parts, with the part constructors from lit-html by name', () => {
    const out = compileTemplates(
      "import { html } from 'lit-html';\nexport const v = (x: string, f: () => void) => html`<p class=${x} @click=${f}>${x}</p>`;\n",
      'src/v.ts',
    );
    assert.doesNotMatch(out, /html`/);
    assert.match(out, /_\$litType\$/);
    assert.match(out, /<p><\?><\/p>/);
    assert.match(out, /import \{ AttributePart as \w+, EventPart as \w+ \} from 'lit-html';/);
    assert.doesNotMatch(out, /private-ssr-support/);
  });

  test('a module without templates is left alone', () => {
    assert.equal(compileTemplates('export const a: number = 1;\n', 'src/a.ts'), null);
  });

  test('a template the compiler cannot take (a binding in a textarea) fails with the file named', () => {
    assert.throws(
      () =>
        compileTemplates(
          "import { html } from 'lit-html';\nexport const v = (x: string) => html`<textarea>${x}</textarea>`;\n",
          'src/t.ts',
        ),
      /compile-templates: src\/t\.ts: an html`` template could not be compiled/,
    );
  });

  test('every template of the sources compiles', () => {
    for (const name of readdirSync('src', { recursive: true }).filter((n) => n.endsWith('.ts'))) {
      const out = compileTemplates(readFileSync(join('src', name), 'utf8'), join('src', name));
      if (out) assert.doesNotMatch(out, /\bhtml\s*`/, name);
    }
  });
});
