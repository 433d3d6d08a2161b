/**
 * docs/api.md from custom-elements.json: the API reference of each element of the manifest (attributes,
 * properties, methods, events, parts, custom properties), as the JSDoc in src/ gives it. A pure function,
 * so that the tests (in the browser) and scripts/api-doc.mjs (which writes the file) make the same text.
 */

/** A table cell: one line, and `|` escaped (also inside code, as GitHub's tables want). */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '');

function table(headings, rows) {
  if (!rows.length) return [];
  return [
    `| ${headings.join(' | ')} |`,
    `|${headings.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** A default worth showing: a value, not the code that computes one (`new Promise(…)`). */
const shownDefault = (value) => (value && !/^new |=>/.test(value) ? code(value) : '');

/** The members a page may use: public, not static, not Lit's lifecycle. */
const isPublic = (member) => !member.static && !member.name.startsWith('_') && (member.privacy ?? 'public') == 'public';

function element(declaration, modules) {
  const { tagName, name, summary, description } = declaration;
  const members = (declaration.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind == 'field');
  const methods = members.filter((m) => m.kind == 'method');
  const defined = modules.find((m) => m.exports?.some((e) => e.kind == 'custom-element-definition' && e.name == tagName));
  const exported = modules.filter((m) => m.exports?.some((e) => e.kind == 'js' && e.name == name));
  return [
    `## \`<${tagName}>\``,
    '',
    ...(summary ? [summary, ''] : []),
    description.replace(/\n(?!\n)/g, ' '),
    '',
    ...(defined
      ? [`Defined by \`${defined.path}\`; the class \`${name}\` is exported by ${exported.map((m) => code(m.path)).join(', ')}.`, '']
      : []),
    '### Attributes',
    '',
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (declaration.attributes ?? []).map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        shownDefault(a.default),
        a.description,
      ]),
    ),
    '### Properties',
    '',
    ...table(
      ['property', 'attribute', 'type', 'default', 'description'],
      fields.map((f) => [
        code(f.name) + (f.readonly ? ' (read-only)' : ''),
        code(f.attribute),
        code(f.type?.text),
        shownDefault(f.default),
        f.description,
      ]),
    ),
    '### Methods',
    '',
    ...table(
      ['method', 'returns', 'description'],
      methods.map((m) => [
        code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')})`),
        code(m.return?.type?.text),
        m.description,
      ]),
    ),
    '### Events',
    '',
    ...table(
      ['event', 'type', 'description'],
      (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]),
    ),
    '### CSS parts',
    '',
    ...table(
      ['part', 'description'],
      (declaration.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
    '### CSS custom properties',
    '',
    ...table(
      ['property', 'default', 'description'],
      (declaration.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]),
    ),
  ];
}

export function apiMarkdown(manifest) {
  const modules = manifest.modules ?? [];
  const elements = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  return [
    '# API reference',
    '',
    '<!-- Generated from custom-elements.json by `npm run docs`: edit the JSDoc in src/, not this file. -->',
    '',
    ...elements.flatMap((d) => element(d, modules)),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
