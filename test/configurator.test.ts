/**
 * The configurator page (demo/configurator.html), as a portal's web team uses it: start from presets,
 * edit a row, set an attribute, copy the snippets, and paste them into a fresh page, where the banner
 * must show and the edited row be in the charter (and in the rendered fallback, read with no script).
 * The page itself: axe at zero, usable with the keyboard.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';

type Frame = HTMLIFrameElement & { contentWindow: Window & { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } } };

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
  document.cookie = 'cookies_preferences=; path=/; max-age=0';
});

/** Loads `src` (or `srcdoc`) in a new 1200×900 frame of the test page. */
async function frame(page: { src?: string; srcdoc?: string }): Promise<Frame> {
  const el = document.createElement('iframe') as Frame;
  el.style.width = '1200px';
  el.style.height = '900px';
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  Object.assign(el, page);
  document.body.append(el);
  frames.push(el);
  await loaded;
  return el;
}

async function configurator(): Promise<{ doc: Document; win: Frame['contentWindow'] }> {
  const el = await frame({ src: '/demo/configurator.html' });
  const doc = el.contentDocument!;
  await waitUntil(() => doc.documentElement.hasAttribute('data-ready'), 'the configurator started', { timeout: 5000 });
  return { doc, win: el.contentWindow };
}

/** Types `text` into `input` with real key presses, replacing what it held. */
async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

/** The input of the row whose name input holds `name`, for `key` (provider, purpose…). */
function rowInput(doc: Document, name: string, key: string): HTMLInputElement {
  const nameInput = [...doc.querySelectorAll<HTMLInputElement>('#cookies input[id$="-name"]')].find((i) => i.value == name);
  expect(nameInput, `a row named ${name}`).to.exist;
  return doc.getElementById(nameInput!.id.replace(/-name$/, `-${key}`)) as HTMLInputElement;
}

const PURPOSE = 'Mesurer la bande passante du lecteur (texte revu par le portail).';
const PLATFORM = 'https://data.exemple-portail.fr';

describe('configurator', () => {
  it('fits a 320 px wide phone: nothing wider than the screen (the previews stack)', async () => {
    const { doc } = await configurator();
    (doc.defaultView!.frameElement as HTMLIFrameElement).style.width = '320px';
    await waitUntil(() => doc.documentElement.clientWidth <= 320, 'the frame at 320 px');
    const width = doc.documentElement.clientWidth;
    const wider = [...doc.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.localName}#${el.id}`);
    expect(wider).to.deep.equal([]);
    expect(doc.documentElement.scrollWidth).to.equal(width);
  });

  it('from presets, a row edited and an attribute set, the copied snippets work in a fresh page', async function () {
    this.timeout(30000);
    const { doc, win } = await configurator();
    doc.querySelector<HTMLInputElement>('#presets input[value="youtube"]')!.click();
    await typeInto(rowInput(doc, 'VISITOR_INFO1_LIVE', 'purpose'), PURPOSE);
    await typeInto(doc.getElementById('attr-platform-url') as HTMLInputElement, PLATFORM);

    // The fallback comes from the live charter's rendering, once the preview has rendered the edit.
    const charterArea = doc.getElementById('snippet-charter') as HTMLTextAreaElement;
    await waitUntil(
      () => charterArea.value.includes(PURPOSE) && charterArea.value.includes(`${PLATFORM}<`),
      'the rendered fallback has the edits',
      {
        timeout: 15000,
      },
    );

    const copied: Record<string, string> = {};
    for (const id of ['script', 'element', 'charter']) {
      Object.defineProperty(win.navigator.clipboard, 'writeText', {
        configurable: true,
        value: async (text: string) => (copied[id] = text),
      });
      doc.querySelector<HTMLButtonElement>(`[data-copy="${id}"]`)!.click();
      await waitUntil(() => copied[id], `${id} copied`);
    }
    expect(doc.getElementById('copy-status')!.textContent).to.equal('Copié dans le presse-papiers.');
    expect(copied.script).to.match(
      /^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/cookie-charter@\d+\.\d+\.\d+\/dist\/cookie-charter\.js" defer><\/script>$/,
    );
    expect(copied.element).to.include(` platform-url="${PLATFORM}"`);

    // Scripts off: the charter snippet alone is the charter, with the edited row and the platform.
    const still = new DOMParser().parseFromString(copied.charter, 'text/html');
    const cells = [...still.querySelectorAll('cookie-charter td, cookie-charter th')].map((c) => c.textContent!.trim());
    expect(cells).to.include(PURPOSE);
    expect(still.querySelector('cookie-charter')!.textContent).to.include(`À quoi servent les cookies sur la plateforme ${PLATFORM}`);

    // A fresh page: the element, the script (the CDN is out of reach here: the same file from dist/), the charter.
    const script = copied.script.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/cookie-charter@[^/]+\//, '/');
    const page = await frame({ srcdoc: `<!doctype html><html lang="fr"><body>${copied.element}${script}${copied.charter}</body></html>` });
    const [banner, charter] = [...page.contentDocument!.querySelectorAll('cookie-charter')];
    await waitUntil(() => banner.shadowRoot?.querySelector('[part~="banner"]'), 'the banner shows', { timeout: 8000 });
    await waitUntil(() => charter.shadowRoot?.querySelector('[part~="charter"] table'), 'the charter renders', { timeout: 8000 });
    const rendered = charter.shadowRoot!.querySelector('[part~="charter"]')!;
    const rows = [...rendered.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows.find((cells) => cells[2] == 'VISITOR_INFO1_LIVE')![3]).to.equal(PURPOSE);
    expect(rendered.textContent).to.include(PLATFORM);
    // The fallback, in the element's light DOM, is not shown beside the element's own charter.
    expect(charter.querySelector('article')!.textContent).to.include(PURPOSE);
    expect(charter.querySelector('article')!.getClientRects().length, 'the fallback is hidden').to.equal(0);
  });

  it('unchecking a preset takes its rows and its category out again; the portal’s rows stay', async function () {
    this.timeout(15000);
    const { doc } = await configurator();
    const names = () => [...doc.querySelectorAll<HTMLInputElement>('#cookies input[id$="-name"]')].map((i) => i.value);
    const start = names();
    const ga4 = doc.querySelector<HTMLInputElement>('#presets input[value="ga4"]')!;
    ga4.click();
    expect(names()).to.deep.equal([...start, '_ga', '_ga_*']);
    // The preview's banner names a platform even with none set (a srcdoc page has no origin of its own).
    const preview = doc.querySelector<HTMLIFrameElement>('#preview-banner')!;
    await waitUntil(
      () => preview.contentDocument?.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="description"]')?.textContent,
      'the preview’s banner',
      { timeout: 8000 },
    );
    const description = preview.contentDocument!.querySelector('cookie-charter')!.shadowRoot!.querySelector('[part~="description"]')!;
    expect(description.textContent).to.match(/^portail\.exemple\.fr utilise/);
    expect((doc.getElementById('snippet-json') as HTMLTextAreaElement).value).to.include('"analytics_storage"');
    ga4.click();
    expect(names()).to.deep.equal(start);
    expect(doc.querySelectorAll('#categories fieldset')).to.have.length(0);
    expect((doc.getElementById('snippet-json') as HTMLTextAreaElement).value).not.to.include('consentMode');
  });

  it('with the keyboard: a preset checked with Space, a row added with Enter, typed into, removed', async function () {
    this.timeout(15000);
    const { doc } = await configurator();
    doc.querySelector<HTMLInputElement>('#presets input[value="vimeo"]')!.focus();
    await sendKeys({ press: 'Space' });
    expect(doc.querySelector<HTMLInputElement>('#presets input[value="vimeo"]')!.checked).to.equal(true);
    doc.getElementById('add-cookie')!.focus();
    await sendKeys({ press: 'Enter' });
    const provider = doc.activeElement as HTMLInputElement;
    expect(provider.id).to.match(/^row-\d+-provider$/);
    await sendKeys({ type: 'Portail' });
    await sendKeys({ press: 'Tab' });
    expect((doc.activeElement as HTMLElement).id).to.equal(provider.id.replace('provider', 'service'));
    expect((doc.getElementById('snippet-json') as HTMLTextAreaElement).value).to.include('"provider": "Portail"');
    // Its remove button, with Enter: the row is gone, focus back on "Ajouter un cookie".
    const rows = doc.querySelectorAll('#cookies fieldset').length;
    const remove = [...doc.querySelectorAll<HTMLButtonElement>('#cookies button')].at(-1)!;
    expect(remove.textContent).to.equal(`Supprimer le cookie ${rows}`);
    remove.focus();
    await sendKeys({ press: 'Enter' });
    expect(doc.querySelectorAll('#cookies fieldset')).to.have.length(rows - 1);
    expect(doc.activeElement!.id).to.equal('add-cookie');
    expect((doc.getElementById('snippet-json') as HTMLTextAreaElement).value).not.to.include('"provider": "Portail"');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the page itself has no axe violation (${scheme}), with presets, categories and rows shown`, async function () {
      this.timeout(15000);
      await emulateMedia({ colorScheme: scheme });
      try {
        const { doc, win } = await configurator();
        doc.querySelector<HTMLInputElement>('#presets input[value="matomo-exempt"]')!.click();
        doc.querySelector<HTMLInputElement>('#presets input[value="youtube"]')!.click();
        const axe = doc.createElement('script');
        const loaded = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
        axe.src = '/node_modules/axe-core/axe.min.js';
        doc.head.append(axe);
        await loaded;
        // The previews are the element's own pages, checked by a11y.test.ts: this checks the page around them.
        const { violations } = await win.axe.run(doc, { iframes: false });
        expect(violations).to.deep.equal([]);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }

  /** The configuration the snippets give, parsed. */
  const configOf = (doc: Document) => JSON.parse((doc.getElementById('snippet-json') as HTMLTextAreaElement).value);
  const rowsOf = (doc: Document) =>
    configOf(doc).cookies.map((r: { name: string; category?: string }) => [r.name, r.category ?? 'necessary']);
  /** Pastes a charter's text and imports it. */
  async function importText(doc: Document, text: string) {
    (doc.getElementById('charter-text') as HTMLTextAreaElement).value = text;
    doc.getElementById('import')!.click();
    await waitUntil(() => doc.getElementById('import-status')!.textContent, 'imported', { timeout: 5000 });
  }
  const HEADER = 'Nom du prestataire\tService et emplacement\tNom du cookie\tFinalités';

  it('a category’s id typed through another one’s renames on commit only, and an id already taken is refused, said', async function () {
    this.timeout(15000);
    const { doc } = await configurator();
    doc.querySelector<HTMLInputElement>('#presets input[value="ga4"]')!.click();
    doc.querySelector<HTMLInputElement>('#presets input[value="matomo-exempt"]')!.click();
    const before = configOf(doc);
    const idInput = (id: string) => [...doc.querySelectorAll<HTMLInputElement>('#categories input[id$="-id"]')].find((i) => i.value == id)!;
    // Real keys: on the way to "statistics-exempt" the text is "statistics", GA4's category.
    await typeInto(idInput('audience'), 'statistics-exempt');
    expect(configOf(doc), 'nothing renamed while typing').to.deep.equal(before);
    await sendKeys({ press: 'Tab' });
    const after = configOf(doc);
    expect(after.categories.map((c: { id: string }) => c.id)).to.deep.equal(['statistics', 'statistics-exempt']);
    expect(after.consentMode).to.deep.equal({ statistics: ['analytics_storage'] });
    expect(rowsOf(doc).filter(([, c]: string[]) => c != 'necessary')).to.deep.equal([
      ['_ga', 'statistics'],
      ['_ga_*', 'statistics'],
      ['_pk_id.*', 'statistics-exempt'],
      ['_pk_ses.*', 'statistics-exempt'],
    ]);
    // Another category's id: refused, the field put back, the refusal in a status line.
    await typeInto(idInput('statistics-exempt'), 'statistics');
    await sendKeys({ press: 'Tab' });
    expect(configOf(doc)).to.deep.equal(after);
    const input = doc.getElementById('cat-1-id') as HTMLInputElement;
    expect(input.value).to.equal('statistics-exempt');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const status = doc.getElementById('categories-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal(
      'L’identifiant « statistics » est déjà celui d’une autre catégorie : la catégorie garde « statistics-exempt ».',
    );
  });

  it('removing a category removes its rows and unticks the presets whose category it was, and says so', async function () {
    this.timeout(15000);
    const { doc } = await configurator();
    const youtube = () => doc.querySelector<HTMLInputElement>('#presets input[value="youtube"]')!;
    youtube().click();
    doc.querySelector<HTMLInputElement>('#presets input[value="ga4"]')!.click();
    const start = rowsOf(doc).filter(([, c]: string[]) => c == 'necessary');
    [...doc.querySelectorAll<HTMLButtonElement>('#categories button')].find((b) => b.textContent == 'Supprimer la catégorie 1')!.click();
    const config = configOf(doc);
    expect(config.categories.map((c: { id: string }) => c.id)).to.deep.equal(['statistics']);
    // No YouTube cookie left, and none turned into a necessary one (set without consent).
    expect(rowsOf(doc)).to.deep.equal([...start, ['_ga', 'statistics'], ['_ga_*', 'statistics']]);
    expect(youtube().checked).to.equal(false);
    expect((doc.getElementById('snippet-services') as HTMLTextAreaElement).value).not.to.include('data-cookie-category="media"');
    expect(doc.getElementById('categories-status')!.textContent).to.equal(
      'Catégorie « media » supprimée, avec ses 3 cookies (VISITOR_INFO1_LIVE, YSC, PREF) ; service décoché : YouTube (youtube.com embeds).',
    );
    // Unticked for real: ticking it again brings its rows back.
    youtube().click();
    expect(rowsOf(doc).filter(([, c]: string[]) => c == 'media')).to.have.length(3);
  });

  it('unticking a preset removes the rows it added, not the portal’s own rows of the same name', async function () {
    this.timeout(15000);
    const { doc } = await configurator();
    await importText(
      doc,
      `Cookies nécessaires\n\n${HEADER}\nODS\tAuth\tsessionid\tSession\n\nCookies de mesure d’audience\n\n${HEADER}\nNotre Matomo\tStatistiques du portail\t_pk_id.*\tTexte du portail\n`,
    );
    const imported = configOf(doc).cookies;
    const matomo = doc.querySelector<HTMLInputElement>('#presets input[value="matomo"]')!;
    matomo.click();
    expect(rowsOf(doc).map(([name]: string[]) => name)).to.deep.equal(['sessionid', '_pk_id.*', '_pk_ses.*', '_pk_ref.*']);
    matomo.click();
    expect(configOf(doc).cookies).to.deep.equal(imported);
    // Two presets bringing the same row: unticking the first leaves it to the second.
    doc.querySelector<HTMLInputElement>('#presets input[value="matomo"]')!.click();
    doc.querySelector<HTMLInputElement>('#presets input[value="matomo-integration"]')!.click();
    matomo.click();
    expect(rowsOf(doc).map(([name]: string[]) => name)).to.include.members(['_pk_ses.*', '_pk_ref.*', 'mtm_consent']);
  });

  it('a preset’s cookie the form lists in another category stays there, and the page says so', async function () {
    this.timeout(15000);
    const { doc } = await configurator();
    await importText(doc, `Cookies publicitaires\n\n${HEADER}\nRégie\tPublicité\t_ga\tCibler\n`);
    doc.querySelector<HTMLInputElement>('#presets input[value="ga4"]')!.click();
    expect(rowsOf(doc)).to.deep.equal([
      ['_ga', 'ads'],
      ['_ga_*', 'statistics'],
    ]);
    const status = doc.getElementById('presets-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.match(
      /^Google Analytics 4.* : le cookie _ga n’est pas ajouté à la catégorie statistics, il reste dans la catégorie ads /,
    );
  });
});
