// The configurator (demo/configurator.html): a configuration built from a pasted charter
// (cli/import-charter.mjs) or from the service presets (presets/index.mjs), edited in a form, shown live
// in two frames (banner and charter, the real element from dist/), and given back as the snippets to
// paste. Plain ES modules with relative imports: served as they are by `npm start`, or by any static
// host with dist/, presets/ and cli/ beside demo/. Everything the visitor types is set as text or as an
// attribute value (escaped in the snippets), never parsed as HTML.
import { applyPresets, presets } from '../presets/index.mjs';

/** The built element, beside this page: the previews load it, the snippets name the CDN's copy. */
const LOCAL_SCRIPT = new URL('../dist/cookie-charter.js', import.meta.url).href;
/** The previews' own cookie name: a choice made in a preview never touches the portal's. */
const PREVIEW_COOKIE = 'cookie-charter-configurator-preview';
/** The platform the previews name while the form gives none (the element's default, the page's origin, is unknown here). */
const EXAMPLE_PLATFORM = 'https://portail.exemple.fr';

/** The Opendatasoft platform's own cookies, which the five portals' charters all list: where a portal starts. */
const START = {
  categories: [],
  cookies: [
    {
      provider: 'Opendatasoft',
      service: 'Authentification (front et back office)',
      name: 'sessionid',
      purpose: 'Se souvenir de l’utilisateur d’une page à une autre.',
      duration: '2 semaines',
    },
    {
      provider: 'Opendatasoft',
      service: 'Sélection de la langue (front et back office)',
      name: 'django_language',
      purpose: 'Se souvenir de la langue du visiteur.',
      duration: 'Session',
    },
    {
      provider: 'Opendatasoft',
      service: 'API (CSRF) (front et back office)',
      name: 'csrftoken',
      purpose: 'Récupérer des données via des appels API.',
      duration: '1 an',
    },
    {
      provider: 'Opendatasoft',
      service: 'Choix concernant vos préférences sur les cookies',
      name: 'cookies_preferences',
      purpose: 'Se souvenir du choix opéré par le visiteur concernant les cookies.',
      duration: '6 mois',
    },
  ],
};

/** The attributes the form sets, with their labels and help; empty ones are left out of the snippets. */
const ATTRIBUTES = [
  ['platform-url', 'URL de la plateforme', 'Nommée dans la charte ; par défaut, l’origine de la page.', 'url'],
  ['policy-url', 'Adresse de la page «\u00a0Charte cookies\u00a0»', 'Liée depuis le bandeau.', 'text'],
  ['lang', 'Langue', 'Par défaut, celle de la page. Les services cochés ensuite donnent leurs lignes dans cette langue.', ['', 'fr', 'en']],
  ['cookie-name', 'Nom du cookie du choix', 'Par défaut cookies_preferences.', 'text'],
  ['cookie-domain', 'Domaine du cookie du choix', 'Par exemple .villedavray.fr, pour le partager entre sous-domaines.', 'text'],
  ['max-age-days', 'Durée du choix (jours)', 'Par défaut 180 (six mois, comme la CNIL le recommande).', 'number'],
  ['proof-url', 'Adresse de la preuve du consentement', 'Chaque choix y est envoyé (facultatif).', 'text'],
];

const state = {
  config: structuredClone(START),
  /** Preset ids checked. */
  chosen: new Set(),
  /** Category ids a preset added (a portal's own are never removed with a preset). */
  addedCategories: new Set(),
  /** Preset id → the rows it added (a portal's own rows of the same name are never removed with it). */
  presetRows: new Map(),
  attributes: /** @type {Record<string, string>} */ ({}),
  scriptUrl: 'https://cdn.jsdelivr.net/npm/cookie-charter@0.1.0/dist/cookie-charter.js',
};

const $ = (id) => document.getElementById(id);

/** An element with attributes (a property when the name is one: `value`, `checked`) and children. */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props))
    if (value === undefined || value === false) continue;
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name in el && name != 'list') el[name] = value;
    else el.setAttribute(name, value === true ? '' : value);
  el.append(...children.flat().filter((c) => c != null));
  return el;
}

/** A labelled field: `<label for>` and its control, with a hint tied by aria-describedby. */
function field(id, label, control, hint) {
  control.id = id;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', {}, h('label', { htmlFor: id }, label), control, hint && h('p', { className: 'hint', id: `${id}-hint` }, hint));
}

/** The French text of a text given once or per language, and its English. */
const textIn = (value, lang) => (typeof value == 'string' ? (lang == 'fr' ? value : '') : (value?.[lang] ?? ''));
/** Back to the JSON's form: one string when there is no English, else one per language. */
const textOf = (fr, en) => (en ? { fr, en } : fr);

// ---------------------------------------------------------------- the form

function renderPresets() {
  const box = $('presets');
  box.replaceChildren(box.querySelector('legend'));
  for (const preset of Object.values(presets))
    box.append(
      h(
        'label',
        { className: 'check' },
        h('input', {
          type: 'checkbox',
          value: preset.id,
          checked: state.chosen.has(preset.id),
          onchange: (e) => togglePreset(preset.id, e.target.checked),
        }),
        // The presets' names are English (the command line's): marked as such in this French page.
        h('span', { lang: 'en' }, preset.name),
      ),
    );
}

/** The category a row is in: `necessary` when it names none. */
const categoryOfRow = (row) => row.category ?? 'necessary';

function togglePreset(id, on) {
  if (on) addPreset(id);
  else {
    state.chosen.delete(id);
    removePreset(presets[id]);
    $('presets-status').textContent = '';
  }
  renderCategories();
  renderCookies();
  refresh();
}

/** Merges a preset in, keeping the rows already there as they are, and remembers the rows it added. */
function addPreset(id) {
  const before = new Set(state.config.categories.map((c) => c.id));
  const rows = state.config.cookies;
  const skipped = [];
  const merged = applyPresets(state.config, [id], {
    lang: state.attributes.lang || 'fr',
    onSkipped: (s) => skipped.push(s),
  });
  // applyPresets copies the configuration: the rows already there stay these objects (the form's and
  // the other presets' own), the new ones follow them.
  const added = merged.cookies.slice(rows.length);
  state.config = { ...merged, cookies: [...rows, ...added] };
  for (const c of state.config.categories) if (!before.has(c.id)) state.addedCategories.add(c.id);
  state.presetRows.set(id, new Set(added));
  state.chosen.add(id);
  $('presets-status').textContent = skipped
    .map(
      ({ row, category }) =>
        `${presets[id].name} : le cookie ${row.name} n’est pas ajouté à la catégorie ${categoryOfRow(row)}, ` +
        `il reste dans la catégorie ${category} (un même nom dans deux catégories serait supprimé au refus de l’une ou l’autre).`,
    )
    .join(' ');
}

/**
 * Takes a preset's rows and settings out again: only the rows it added (a portal's own rows of the same
 * name stay), and of them those another checked preset also brings go to that preset instead.
 */
function removePreset(preset) {
  const others = [...state.chosen].map((id) => presets[id]);
  const key = (r) => `${categoryOfRow(r)}\u0000${r.name}`;
  const config = state.config;
  const mine = state.presetRows.get(preset.id) ?? new Set();
  state.presetRows.delete(preset.id);
  for (const row of mine) {
    const other = others.find((p) => Object.values(p.cookiesIn).flat().some((r) => key(r) == key(row)));
    if (other) state.presetRows.get(other.id)?.add(row);
  }
  const gone = new Set([...mine].filter((row) => !others.some((p) => state.presetRows.get(p.id)?.has(row))));
  config.cookies = config.cookies.filter((r) => !gone.has(r));
  const id = preset.category.id;
  const used = others.some((p) => p.category.id == id) || config.cookies.some((r) => r.category == id);
  if (!used && state.addedCategories.has(id)) {
    config.categories = config.categories.filter((c) => c.id != id);
    state.addedCategories.delete(id);
  }
  const category = config.categories.find((c) => c.id == id);
  if (category && preset.matomo && !others.some((p) => p.matomo)) delete category.matomo;
  for (const [categoryId, types] of Object.entries(preset.consentMode ?? {})) {
    if (!config.consentMode?.[categoryId]) continue;
    const still = new Set(others.flatMap((p) => p.consentMode?.[categoryId] ?? []));
    config.consentMode[categoryId] = config.consentMode[categoryId].filter((t) => !types.includes(t) || still.has(t));
    if (!config.consentMode[categoryId].length || !config.categories.some((c) => c.id == categoryId)) delete config.consentMode[categoryId];
  }
  if (config.consentMode && !Object.keys(config.consentMode).length) delete config.consentMode;
}

function renderAttributes() {
  $('attributes').replaceChildren(
    ...ATTRIBUTES.map(([name, label, hint, type]) => {
      const onInput = (e) => {
        state.attributes[name] = e.target.value.trim();
        refresh();
      };
      const control = Array.isArray(type)
        ? h(
            'select',
            { onchange: onInput },
            ...type.map((v) => h('option', { value: v, selected: state.attributes[name] == v }, v || 'celle de la page')),
          )
        : h('input', { type, value: state.attributes[name] ?? '', oninput: onInput, spellcheck: false });
      return field(`attr-${name}`, `${label} (${name})`, control, hint);
    }),
    field(
      'attr-script',
      'Adresse du script',
      h('input', {
        type: 'url',
        value: state.scriptUrl,
        spellcheck: false,
        oninput: (e) => ((state.scriptUrl = e.target.value.trim()), refresh()),
      }),
      'Le CDN, version fixée ; ou la copie du portail de dist/cookie-charter.js.',
    ),
  );
}

function renderCategories() {
  const { categories } = state.config;
  $('categories').replaceChildren(
    ...categories.map((category, i) => {
      const n = i + 1;
      const set = (change) => (e) => {
        change(e.target);
        refresh();
      };
      return h(
        'fieldset',
        {},
        h('legend', {}, `Catégorie ${n}`),
        h(
          'div',
          { className: 'fields' },
          field(
            `cat-${i}-id`,
            'Identifiant',
            h('input', {
              value: category.id,
              spellcheck: false,
              // On commit, not per key: on its way to "statistics-exempt" the text is "statistics",
              // another category's id, whose rows a rename per key would take.
              onchange: (e) => commitCategoryId(category, e.target),
            }),
            'Lettres, chiffres, - et _ ; la clé du choix enregistré.',
          ),
          field(
            `cat-${i}-label-fr`,
            'Nom (français)',
            h('input', {
              value: textIn(category.label, 'fr'),
              oninput: set((t) => (category.label = textOf(t.value, textIn(category.label, 'en')))),
            }),
          ),
          field(
            `cat-${i}-label-en`,
            'Nom (anglais)',
            h('input', {
              value: textIn(category.label, 'en'),
              oninput: set((t) => (category.label = textOf(textIn(category.label, 'fr'), t.value))),
            }),
          ),
          field(
            `cat-${i}-description-fr`,
            'Description (français)',
            h('input', {
              value: textIn(category.description, 'fr'),
              oninput: set((t) => setDescription(category, t.value, textIn(category.description, 'en'))),
            }),
          ),
          field(
            `cat-${i}-description-en`,
            'Description (anglais)',
            h('input', {
              value: textIn(category.description, 'en'),
              oninput: set((t) => setDescription(category, textIn(category.description, 'fr'), t.value)),
            }),
          ),
        ),
        h(
          'label',
          { className: 'check' },
          h('input', {
            type: 'checkbox',
            checked: !!category.exempt,
            onchange: set((t) => (t.checked ? (category.exempt = true) : delete category.exempt)),
          }),
          'Exemptée de consentement (mesure d’audience que la CNIL exempte)',
        ),
        h('button', { type: 'button', onclick: () => removeCategory(category) }, `Supprimer la catégorie ${n}`),
      );
    }),
  );
}

function setDescription(category, fr, en) {
  if (fr || en) category.description = textOf(fr, en);
  else delete category.description;
}

/** The id typed for a category, taken when no other category has it; else refused, said, and put back. */
function commitCategoryId(category, input) {
  const id = input.value.trim();
  if (id == category.id) return;
  const status = $('categories-status');
  const taken = id == 'necessary' || state.config.categories.some((c) => c != category && c.id == id);
  if (!id || taken) {
    status.textContent = id
      ? `L’identifiant « ${id} » est déjà celui d’une autre catégorie : la catégorie garde « ${category.id} ».`
      : `Une catégorie a besoin d’un identifiant : la catégorie garde « ${category.id} ».`;
    input.value = category.id;
    input.setAttribute('aria-invalid', 'true');
    return;
  }
  input.removeAttribute('aria-invalid');
  status.textContent = '';
  renameCategory(category, id);
  renderCookies();
  refresh();
}

/** A category's new id, followed by its rows and its Consent Mode entry. */
function renameCategory(category, id) {
  const old = category.id;
  category.id = id;
  for (const row of state.config.cookies) if (row.category == old) row.category = id;
  const mode = state.config.consentMode;
  if (mode?.[old]) {
    mode[id] = mode[old];
    delete mode[old];
  }
}

/**
 * A category out, with its rows (kept, they would become necessary cookies, set without consent) and
 * the presets whose category it was (unticked: their frames' snippets would name it); said.
 */
function removeCategory(category) {
  const config = state.config;
  const { id } = category;
  config.categories = config.categories.filter((c) => c != category);
  const rows = config.cookies.filter((r) => r.category == id);
  config.cookies = config.cookies.filter((r) => r.category != id);
  if (config.consentMode) delete config.consentMode[id];
  if (config.consentMode && !Object.keys(config.consentMode).length) delete config.consentMode;
  state.addedCategories.delete(id);
  const unticked = [...state.chosen].filter((presetId) => presets[presetId].category.id == id);
  for (const presetId of unticked) {
    state.chosen.delete(presetId);
    state.presetRows.delete(presetId);
  }
  const names = rows.map((r) => r.name || '(sans nom)');
  $('categories-status').textContent =
    `Catégorie « ${id} » supprimée` +
    (rows.length ? `, avec ${rows.length > 1 ? `ses ${rows.length} cookies` : 'son cookie'} (${names.join(', ')})` : '') +
    (unticked.length ? ` ; service${unticked.length > 1 ? 's' : ''} décoché${unticked.length > 1 ? 's' : ''} : ${unticked.map((p) => presets[p].name).join(', ')}` : '') +
    '.';
  renderPresets();
  renderCategories();
  renderCookies();
  refresh();
  $('add-category').focus();
}

const COLUMNS = [
  ['provider', 'Nom du prestataire'],
  ['service', 'Service et emplacement'],
  ['name', 'Nom du cookie'],
  ['purpose', 'Finalités'],
  ['duration', 'Durée de conservation'],
];

function renderCookies() {
  const { cookies, categories } = state.config;
  $('cookies').replaceChildren(
    ...cookies.map((row, i) => {
      const n = i + 1;
      const legend = h('legend', {}, `Cookie ${n}${row.name ? ` : ${row.name}` : ''}`);
      return h(
        'fieldset',
        {},
        legend,
        h(
          'div',
          { className: 'fields' },
          ...COLUMNS.map(([key, label]) =>
            field(
              `row-${i}-${key}`,
              label,
              h('input', {
                value: row[key] ?? '',
                spellcheck: key != 'name',
                oninput: (e) => {
                  if (key == 'duration' && !e.target.value.trim()) delete row.duration;
                  else row[key] = e.target.value;
                  if (key == 'name') legend.textContent = `Cookie ${n} : ${row.name}`;
                  refresh();
                },
              }),
            ),
          ),
          field(
            `row-${i}-category`,
            'Catégorie',
            h(
              'select',
              {
                onchange: (e) => {
                  if (e.target.value == 'necessary') delete row.category;
                  else row.category = e.target.value;
                  refresh();
                },
              },
              h('option', { value: 'necessary', selected: !row.category || row.category == 'necessary' }, 'Nécessaires (necessary)'),
              ...categories.map((c) =>
                h('option', { value: c.id, selected: row.category == c.id }, `${textIn(c.label, 'fr') || c.id} (${c.id})`),
              ),
            ),
          ),
        ),
        h('button', { type: 'button', onclick: () => removeCookie(row) }, `Supprimer le cookie ${n}`),
      );
    }),
  );
}

function removeCookie(row) {
  state.config.cookies = state.config.cookies.filter((r) => r != row);
  renderCookies();
  refresh();
  $('add-cookie').focus();
}

// ---------------------------------------------------------------- the snippets

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** The configuration as the JSON child's text: `<` escaped, so that no `</script>` can end it early. */
const jsonText = () => JSON.stringify(state.config, null, 2).replace(/</g, '\\u003c');
const attributesText = (extra = {}) =>
  Object.entries({ ...state.attributes, ...extra })
    .filter(([, value]) => value)
    .map(([name, value]) => ` ${name}="${attr(value)}"`)
    .join('');
/** Consent Mode and Matomo need their defaults before the tags' snippets: the script then runs without defer. */
const integrated = () => !!state.config.consentMode || state.config.categories.some((c) => c.matomo);

const snippets = {
  script: () =>
    integrated()
      ? `<!-- Juste après l’élément, sans defer, avant les codes de Google ou de Matomo (README « Use it ») -->\n<script src="${attr(state.scriptUrl)}"></script>`
      : `<script src="${attr(state.scriptUrl)}" defer></script>`,
  element: (extra) =>
    `<cookie-charter${attributesText(extra)}>\n  <script type="application/json">\n${jsonText()}\n  </script>\n</cookie-charter>`,
  json: () => JSON.stringify(state.config, null, 2),
  // No JSON: on the charter page it borrows the banner element's (README "Use it").
  charter: () =>
    (state.attributes['platform-url']
      ? ''
      : `<!-- Renseignez l’URL de la plateforme (platform-url) : la charte rendue nomme ${EXAMPLE_PLATFORM}. -->\n`) +
    `<cookie-charter mode="charter"${attributesText()}>\n${state.fallback ?? ''}\n</cookie-charter>`,
  services: () =>
    [...state.chosen]
      .map((id) => presets[id])
      .filter((p) => p.placeholder || p.note)
      .map((p) => [`<!-- ${p.name}${p.note ? ` : ${p.note}` : ''} -->`, p.placeholder?.snippet].filter(Boolean).join('\n'))
      .join('\n\n'),
};

const SNIPPETS = [
  ['script', 'Le script, dans chaque page, avec l’élément (sa place : voir le commentaire)'],
  ['element', 'L’élément et sa configuration, dans chaque page, premier dans <body>'],
  ['json', 'La configuration seule (JSON), pour la propriété config ou cookie-charter add'],
  ['charter', 'La page «\u00a0Charte cookies\u00a0» : l’élément et la charte rendue, lisible sans JavaScript'],
  ['services', 'Dans les pages : les vidéos, cartes et scripts des services, bloqués jusqu’au consentement'],
];

function renderSnippets() {
  $('snippets').replaceChildren(
    ...SNIPPETS.map(([id, label]) =>
      h(
        'div',
        {},
        field(`snippet-${id}`, label, h('textarea', { rows: 8, readOnly: true, spellcheck: false })),
        h('button', { type: 'button', 'data-copy': id, onclick: () => copy(id) }, `Copier : ${label.split(',')[0].split(' (')[0]}`),
      ),
    ),
  );
}

async function copy(id) {
  const area = $(`snippet-${id}`);
  try {
    await navigator.clipboard.writeText(area.value);
    $('copy-status').textContent = 'Copié dans le presse-papiers.';
  } catch {
    // No clipboard (an insecure origin, a refused permission): the text is selected for Ctrl+C.
    area.focus();
    area.select();
    $('copy-status').textContent = 'Texte sélectionné : copiez-le avec Ctrl+C (Cmd+C).';
  }
}

function updateSnippets() {
  for (const [id] of SNIPPETS) $(`snippet-${id}`).value = snippets[id]();
}

// ---------------------------------------------------------------- the previews

/** A page with the snippet, the script loaded from beside this page. */
const previewPage = (body) =>
  `<!doctype html><html lang="${attr(state.attributes.lang || 'fr')}"><head><meta charset="utf-8">` +
  `<style>body{font:1rem/1.5 system-ui,sans-serif;margin:1rem}</style></head><body>${body}` +
  `<script src="${attr(LOCAL_SCRIPT)}"></script></body></html>`;

/** Changes made in the form: a preview rendered before the latest one gives no fallback. */
let changes = 0;

/** Both previews again from the current configuration; then the fallback, from the charter's rendering. */
function renderPreviews() {
  const render = changes;
  document.cookie = `${PREVIEW_COOKIE}=; path=/; max-age=0`;
  // A srcdoc page has no origin of its own to default platform-url to: the previews name an example one.
  const preview = {
    'platform-url': state.attributes['platform-url'] || EXAMPLE_PLATFORM,
    'cookie-name': PREVIEW_COOKIE,
    'cookie-domain': '',
    'proof-url': '',
  };
  $('preview-banner').srcdoc = previewPage(
    `${snippets.element(preview)}<p>La page du portail. Le bandeau s’affiche en bas quand une catégorie demande un consentement.</p>`,
  );
  const charterFrame = $('preview-charter');
  charterFrame.srcdoc = previewPage(`${snippets.element({ ...preview, mode: 'charter', 'policy-url': '' })}`);
  charterFrame.addEventListener('load', () => readFallback(charterFrame, render), { once: true });
}

/**
 * The rendered fallback: the live charter's own rendering (its shadow root's `[part=charter]`), taken
 * as static HTML: Lit's markers dropped, and the visitor's choices left out (switches need the script).
 */
async function readFallback(frame, render) {
  for (let tries = 0; tries < 300 && render == changes; tries++) {
    const article = frame.contentDocument?.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="charter"]');
    if (article) {
      const copy = article.cloneNode(true);
      copy.querySelector('.choices')?.remove();
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.remove());
      state.fallback = copy.outerHTML.replace(/\n\s*\n/g, '\n');
      $('snippet-charter').value = snippets.charter();
      $('snippet-charter').dataset.render = String(render);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let pending = 0;
/** After each change: the snippets at once, the previews a moment later (one render per burst of typing). */
function refresh() {
  changes++;
  state.fallback = undefined;
  updateSnippets();
  clearTimeout(pending);
  pending = setTimeout(renderPreviews, 300);
}

// ---------------------------------------------------------------- importing a charter

async function importText() {
  const status = $('import-status');
  const text = $('charter-text').value;
  if (!text.trim()) {
    status.textContent = 'Collez d’abord le texte ou le HTML de la charte.';
    return;
  }
  let importCharter;
  try {
    ({ importCharter } = await import('../cli/import-charter.mjs'));
  } catch {
    status.textContent = 'L’importeur (cli/import-charter.mjs) n’est pas disponible ici : partez des services.';
    return;
  }
  try {
    const { config, platformUrl } = importCharter(text);
    state.config = { categories: [], cookies: [], ...config };
    state.chosen.clear();
    state.addedCategories.clear();
    state.presetRows.clear();
    if (platformUrl) state.attributes['platform-url'] = platformUrl;
    renderAll();
    const n = state.config.cookies.length;
    status.textContent = `Charte importée : ${n} cookie${n > 1 ? 's' : ''}${platformUrl ? `, plateforme ${platformUrl}` : ''}.`;
  } catch (error) {
    status.textContent = error.message.replace(/^cookie-charter: /, 'Import impossible : ');
  }
}

// ---------------------------------------------------------------- start

function renderAll() {
  renderPresets();
  renderAttributes();
  renderCategories();
  renderCookies();
  refresh();
}

$('import').addEventListener('click', importText);
$('add-category').addEventListener('click', () => {
  const taken = new Set(state.config.categories.map((c) => c.id));
  let n = state.config.categories.length + 1;
  while (taken.has(`categorie${n}`)) n++;
  state.config.categories.push({ id: `categorie${n}`, label: `Catégorie ${n}` });
  renderCategories();
  renderCookies();
  refresh();
  $(`cat-${state.config.categories.length - 1}-id`).focus();
});
$('add-cookie').addEventListener('click', () => {
  state.config.cookies.push({ provider: '', service: '', name: '', purpose: '' });
  renderCookies();
  refresh();
  $(`row-${state.config.cookies.length - 1}-provider`).focus();
});
renderSnippets();
renderAll();
// The version this page was built with, for the CDN URL (npm start serves package.json; a static copy may not).
fetch(new URL('../package.json', import.meta.url))
  .then((response) => response.json())
  .then(({ version }) => {
    if (!version || state.scriptUrl.includes(`@${version}/`)) return;
    state.scriptUrl = `https://cdn.jsdelivr.net/npm/cookie-charter@${version}/dist/cookie-charter.js`;
    renderAttributes();
    updateSnippets();
  })
  .catch(() => {});
document.documentElement.dataset.ready = '';
