/**
 * What the script-tag build (dist/cookie-charter.js, every visitor's download) cuts out of Lit's
 * minified production modules: the parts this element never uses. Each cut is an exact piece of
 * Lit's file; a Lit update that changes one fails the build (and the tests) instead of silently
 * shipping it again or cutting something else. The tests serve Lit trimmed the same way
 * (web-test-runner.config.mjs), so the whole suite runs on the Lit that ships; the ES module build
 * (dist/esm/) keeps Lit whole.
 *
 * A cut is only made where this code, and lit-html and @lit/reactive-element themselves, never
 * reach the code cut. What makes that true of the sources is checked by `checkSources` below, so a
 * change that starts to need a cut feature fails the build with the reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Per module (the end of its path): [what it is, [piece of Lit, replacement]…]. */
const TRIMS = {
  '@lit/reactive-element/reactive-element.js': [
    [
      // Lit's hooks for polyfills and its version registry (for Lit's dev tools).
      'polyfill and version hooks',
      [/\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, 'void 0'],
    ],
    [
      // Reactive controllers (addController): none is added.
      'controllers',
      [
        'addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}',
        '',
      ],
      [',this._$EO?.forEach(t=>t.hostConnected?.())', ''],
      ['disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}', 'disconnectedCallback(){}'],
      ['this._$EO?.forEach(t=>t.hostUpdate?.()),', ''],
      ['this._$EO?.forEach(t=>t.hostUpdated?.()),', ''],
    ],
    [
      // What decorators use: class initializers and property metadata (with the global Symbol.metadata
      // and litPropertyMetadata this defines for them). The element declares `static properties`.
      'decorators',
      ['static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
      [',this.constructor.l?.forEach(t=>t(this))', ''],
      ['void 0!==t.l&&(this.l=[...t.l]),', ''],
      ['Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
      [
        'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
        '',
      ],
    ],
    [
      // Property options other than `attribute`, `type: Number`, `type: Boolean` and `state` (see
      // OPTIONS): reflecting to the attribute, `useDefault`, custom converters and `hasChanged`, Object/Array
      // attributes, symbol-named properties, and properties over an accessor of the class ("wrapped").
      'property options',
      ['c=a.trustedTypes,l=c?c.emptyScript:"",', ''],
      [
        'u={toAttribute(t,s){switch(s){case Boolean:t=t?l:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t},fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}}return i}}',
        'u={fromAttribute:(t,s)=>s===Boolean?null!==t:s===Number&&null!==t?Number(t):t}',
      ],
      ['converter:u,reflect:!1,useDefault:!1,', ''],
      ['this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', ''],
      ['s=[...r(t),...o(t)]', 's=r(t)'],
      ['getOwnPropertySymbols:o,', ''],
      [
        '_$ET(t,s){const i=this.constructor.elementProperties.get(t),e=this.constructor._$Eu(t,i);if(void 0!==e&&!0===i.reflect){const h=(void 0!==i.converter?.toAttribute?i.converter:u).toAttribute(s,i.type);this._$Em=t,null==h?this.removeAttribute(e):this.setAttribute(e,h),this._$Em=null}}',
        '',
      ],
      ['h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u;', 'h=u;'],
      ['this[e]=r??this._$Ej?.get(e)??r', 'this[e]=r'],
      ['||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', ''],
      [
        'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}',
        'C(t,s){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s))}',
      ],
      [
        'const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}',
        '',
      ],
      ['update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}', 'update(t){this._$EM()}'],
    ],
    [
      // Update hooks the element never overrides (checkSources): scheduleUpdate, shouldUpdate, firstUpdated.
      'update hooks',
      [
        'const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}',
        'return this.performUpdate(),!this.isUpdatePending}',
      ],
      ['t=this.shouldUpdate(s),t?(this.willUpdate(s),this.update(s)):this._$EM()', 't=!0,this.willUpdate(s),this.update(s)'],
      ['shouldUpdate(t){return!0}', ''],
      ['this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),', 'this.hasUpdated=!0,'],
      ['firstUpdated(t){}', ''],
    ],
    [
      // `styles` as an array (flattened, deduplicated) and the conversion of each for browsers without
      // constructable style sheets: the element gives one CSSResult, for browsers that have them.
      'styles',
      [
        'static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(t(s))}else void 0!==s&&i.push(t(s));return i}',
        'static finalizeStyles(s){return s?[s]:[]}',
      ],
    ],
  ],
  '@lit/reactive-element/css-tag.js': [
    [
      // Browsers without constructable style sheets (the element does not support them: README,
      // Browsers): the <style> elements made for them, and the CSSResult's constructor check and
      // cache, which only the `css` tag (not in the bundle) needs.
      'constructable style sheets only',
      [
        'e=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype',
        'e=!0',
      ],
      [
        'if(this._$cssResult$=!0,o!==s)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");',
        'this._$cssResult$=!0;',
      ],
      [
        'get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o.set(s,t))}return t}',
        'get styleSheet(){return this.o||(this.o=new CSSStyleSheet).replaceSync(this.cssText),this.o}',
      ],
    ],
  ],
  'lit-html/lit-html.js': [
    ['polyfill and version hooks', [/;\w+\?\.\(\w+,\w+\),\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, ';']],
    [
      // Directives (none is imported: see IMPORTS), so resolving a value's directive returns the value,
      // and what only directives read: the parts' connection state for async directives and their
      // public getters (parentNode, startNode, endNode, tagName).
      'directives',
      [
        'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
        'function M(t,i){return i}',
      ],
      ['this._$AN=void 0,', ''],
      ['get _$AU(){return this._$AM._$AU}', ''],
      ['get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
      [',this._$Cv=e?.isConnected??!0', ''],
      ['for(this._$AP?.(!1,!0,s);', 'for(;'],
      ['setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
      ['get parentNode(){return this._$AM.parentNode}', ''],
      [
        'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
        '',
      ],
      ['get tagName(){return this.element.tagName}', ''],
    ],
    [
      // Lit's template parser: every html`` template of the element is compiled ahead of time
      // (scripts/compile-templates.mjs, which fails the build on one it cannot compile), so only compiled
      // templates reach lit-html: the parser (getTemplateHtml, its regular expressions, the walk that
      // finds the parts) and the cache of parsed templates go. The parser's two ends are matched, not its
      // whole text.
      'template parser',
      [/const N=\(t,i\)=>\{const s=t\.length-1,e=\[\];[\s\S]*?\]\};(?=class S\{)/, ''],
      [/constructor\(\{strings:t,_\$litType\$:i\},e\)\{[\s\S]*?l\+\+\}\}(?=static createElement)/, ''],
      ['L:N,', ''],
      [
        'e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
        'e=(s.el??=S.createElement(V(s.h,s.h[0])),s)',
      ],
      ['_$AC(t){let i=C.get(t.strings);return void 0===i&&C.set(t.strings,i=new S(t)),i}', ''],
      // Bindings on an element itself (checkSources: none in the templates).
      [
        ':1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t))',
        ':1===r.type&&(i=new r.ctor(h,r.name,r.strings,this,t))',
      ],
      // The compiled templates name the constructors of attribute-like parts (scripts/compile-templates.mjs).
      [
        'export{j as _$LH,b as html,T as mathml,E as noChange,A as nothing,D as render,w as svg};',
        'export{j as _$LH,b as html,T as mathml,E as noChange,A as nothing,D as render,w as svg,H as AttributePart,I as PropertyPart,L as BooleanAttributePart,z as EventPart};',
      ],
    ],
    [
      // Render options the element never gives (it renders with `{ host }` only): renderBefore, creationScope.
      'render options',
      [
        'const D=(t,i,s)=>{const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{})}return h._$AI(t),h}',
        'const D=(t,i,s)=>{let h=i._$litPart$;return void 0===h&&(i._$litPart$=h=new k(i.appendChild(c()),null,void 0,s)),h._$AI(t),h}',
      ],
      ['(t?.creationScope??l).importNode', 'l.importNode'],
    ],
  ],
  // Not Lit, cut the same way: js-cookie's API but for what src/ calls (checkSources: `set`, `get`,
  // `remove`), in a browser (never without `document`).
  'js-cookie/dist/js.cookie.mjs': [
    [
      'withAttributes and withConverter',
      [
        `,
      withAttributes: function (attributes) {
        return init(this.converter, assign({}, this.attributes, attributes))
      },
      withConverter: function (converter) {
        return init(assign({}, this.converter, converter), this.attributes)
      }`,
        '',
      ],
      ['return Object.create(\n    {', 'return ({'],
      [
        `,
    {
      attributes: { value: Object.freeze(defaultAttributes) },
      converter: { value: Object.freeze(converter) }
    }
  )`,
        ')',
      ],
    ],
    [
      'no document',
      [
        `    if (typeof document === 'undefined') {
      return
    }
`,
        '',
      ],
      ["typeof document === 'undefined' || ", ''],
    ],
  ],
};

/** `code` of the module `id` with its cuts made; null for a module with none. Throws when a cut is not found. */
export function trimLit(code, id) {
  const path = id.replaceAll('\\', '/');
  const file = Object.keys(TRIMS).find((end) => path.endsWith(`/node_modules/${end}`));
  if (!file) return null;
  for (const [what, ...cuts] of TRIMS[file])
    for (const [piece, replacement] of cuts) {
      const found = typeof piece == 'string' ? code.includes(piece) : piece.test(code);
      if (!found) throw new Error(`trim-lit: ${file} changed (${what}): update scripts/trim-lit.mjs`);
      code = typeof piece == 'string' ? code.split(piece).join(replacement) : code.replace(piece, replacement);
    }
  return code;
}

/** What the sources may import from Lit; anything else may need a part that is cut. */
const IMPORTS = {
  'lit-html': ['html', 'nothing', 'render'],
  '@lit/reactive-element': ['ReactiveElement', 'PropertyValues', 'unsafeCSS'],
};
/** What the sources may call of js-cookie. */
const COOKIES = ['set', 'get', 'remove'];
/** The property options the trimmed ReactiveElement handles: an attribute name, a Number or Boolean type, internal state. */
const OPTIONS = /^\s*(attribute:\s*'[\w-]+'|type:\s*(Number|Boolean)|state:\s*true)\s*$/;

/** What `source` (a TypeScript file) needs of Lit that is cut: one reason per finding. */
function needsOf(source) {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [];
  for (const [, names, module] of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'((?:@?lit)[^']*)'/g))
    for (const name of names
      .split(',')
      .map((n) => n.replace(/\btype\s+/, '').trim())
      .filter(Boolean))
      if (!IMPORTS[module]?.includes(name)) found.push(`imports ${name} from ${module}`);
  for (const [, module] of code.matchAll(/import\s+(?:\w+|\*\s+as\s+\w+)\s+from\s+'((?:@?lit)[^']*)'/g)) found.push(`imports ${module}`);
  for (const [, use] of code.matchAll(/\bCookies\.(\w+)/g)) if (!COOKIES.includes(use)) found.push(`uses Cookies.${use} (js-cookie)`);
  for (const [, use] of code.matchAll(
    /\b(addController|addInitializer|createProperty|renderBefore|creationScope|scheduleUpdate|shouldUpdate|firstUpdated)\b/g,
  ))
    found.push(`uses ${use}`);
  if (/static\s+(?:override\s+)?styles\s*=\s*\[/.test(code)) found.push('gives an array of styles');
  const properties = /static\s+(?:override\s+)?properties\s*=\s*\{([\s\S]*?)\n\s*\};/.exec(code)?.[1] ?? '';
  for (const [, options] of properties.matchAll(/\{([^{}]*)\}/g))
    for (const option of options.split(',').filter((o) => o.trim()))
      if (!OPTIONS.test(option)) found.push(`gives the property option ${option.trim()}`);
  found.push(...templateNeeds(code));
  return found;
}

/**
 * What the html`` templates in `code` need of lit-html's parser that is cut: bindings on an element
 * itself (`<div ${…}>`), in a comment, or in the text of script, style, textarea or title.
 */
function templateNeeds(code) {
  const found = [];
  /** Skips a template literal's text from `i` (after its backtick); `html` when it is an html`` template. */
  const literal = (i, html) => {
    let text = '';
    let inTag = false;
    let quote = '';
    for (; code[i] != '`'; i++) {
      if (code[i] == '\\') {
        text += code[i++];
      } else if (code[i] == '$' && code[i + 1] == '{') {
        if (html && inTag && !quote && !/=\s*$/.test(text)) found.push(`binds an element in html\`…${text.slice(-30)}\``);
        if (html && /<!--(?![\s\S]*-->)/.test(text)) found.push('binds in an HTML comment');
        if (html && /<(script|style|textarea|title)\b[^>]*>(?![\s\S]*<\/\1)/i.test(text))
          found.push('binds in the text of script, style, textarea or title');
        i = expression(i + 2);
        text += '\0';
        continue;
      } else if (inTag && (code[i] == '"' || code[i] == "'")) quote = quote == code[i] ? '' : quote || code[i];
      else if (code[i] == '<' && !quote) inTag = /[a-z]/i.test(code[i + 1]);
      else if (code[i] == '>' && !quote) inTag = false;
      text += code[i];
    }
    return i;
  };
  /** Skips a `${…}` expression from `i` (after its `${`), templates inside it included. */
  const expression = (i) => {
    for (let depth = 1; depth; i++) {
      if (code[i] == '`') i = literal(i + 1, code.slice(i - 4, i) == 'html');
      else if (code[i] == "'" || code[i] == '"') for (const quote = code[i++]; code[i] != quote; i++) i += code[i] == '\\' ? 1 : 0;
      else depth += code[i] == '{' ? 1 : code[i] == '}' ? -1 : 0;
    }
    return i - 1;
  };
  for (let i = code.indexOf('html`'); i != -1; i = code.indexOf('html`', i)) i = literal(i + 5, true);
  return found;
}

/** What in `dir`'s TypeScript files needs a part of Lit that is cut: one line per finding. */
export function checkSources(dir) {
  const found = [];
  for (const name of readdirSync(dir, { recursive: true }))
    if (name.endsWith('.ts')) for (const need of needsOf(readFileSync(join(dir, name), 'utf8'))) found.push(`${join(dir, name)}: ${need}`);
  return found;
}
