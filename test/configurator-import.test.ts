/**
 * The configurator's "paste a charter" (demo/configurator.html → cli/import-charter.mjs, importCharter):
 * each of the five portals' published text gives the configurator its rows and its platform URL, shown
 * in the snippets and the live charter; unknown text gives a message, and the form is left as it was.
 * Skipped while cli/import-charter.mjs is not in the tree (it comes from another branch).
 */
import { expect, waitUntil } from '@open-wc/testing';

const PORTALS = ['villedavray', 'metropole-rouen-normandie', 'dunkerque-agglo', 'isere', 'clermontmetropole'];

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function configurator(): Promise<Document> {
  const el = document.createElement('iframe');
  el.style.width = '1200px';
  el.style.height = '900px';
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  el.src = '/demo/configurator.html';
  document.body.append(el);
  frames.push(el);
  await loaded;
  const doc = el.contentDocument!;
  await waitUntil(() => doc.documentElement.hasAttribute('data-ready'), 'the configurator started', { timeout: 5000 });
  return doc;
}

/** A seed's platform URL and its table's cookie names (rows of four tab-separated cells, headers first). */
function seedOf(text: string) {
  const rows = text
    .split('\n')
    .map((line) => line.trim().split('\t'))
    .filter((cells) => cells.length == 4 && !cells[0].startsWith('---'));
  return { url: /<(https:[^>]+)>/.exec(text)![1], names: rows.slice(1).map((cells) => cells[2].trim()) };
}

/** Pastes `text` and presses Importer; resolves with the import's status line once it has one. */
async function importText(doc: Document, text: string): Promise<string> {
  (doc.getElementById('charter-text') as HTMLTextAreaElement).value = text;
  doc.getElementById('import')!.click();
  const status = doc.getElementById('import-status')!;
  await waitUntil(() => status.textContent, 'an import status', { timeout: 5000 });
  return status.textContent!;
}

describe('configurator: paste a charter', () => {
  before(async function () {
    if (!(await fetch('/cli/import-charter.mjs', { method: 'HEAD' })).ok) this.skip();
  });

  for (const portal of PORTALS) {
    it(`${portal}: its rows and its platform URL, in the form, the JSON and the live charter`, async function () {
      this.timeout(20000);
      const text = await (await fetch(`/test/fixtures/seeds/${portal}.txt`)).text();
      const seed = seedOf(text);
      const doc = await configurator();
      expect(await importText(doc, text)).to.match(/^Charte importée : \d+ cookies?/);
      const names = [...doc.querySelectorAll<HTMLInputElement>('#cookies input[id$="-name"]')].map((i) => i.value);
      expect(names).to.deep.equal(seed.names);
      expect((doc.getElementById('attr-platform-url') as HTMLInputElement).value).to.equal(seed.url);
      const json = JSON.parse((doc.getElementById('snippet-json') as HTMLTextAreaElement).value);
      expect(json.cookies.map((r: { name: string }) => r.name)).to.deep.equal(seed.names);
      const element = (doc.getElementById('snippet-element') as HTMLTextAreaElement).value;
      expect(element).to.include(` platform-url="${seed.url}"`);
      // The live charter, and the fallback read from it, show the imported rows.
      const charterArea = doc.getElementById('snippet-charter') as HTMLTextAreaElement;
      await waitUntil(() => seed.names.every((name) => charterArea.value.includes(`>${name}<`)), 'the fallback has every row', {
        timeout: 15000,
      });
    });
  }

  it('text that is no charter: a message naming the problem, the form unchanged', async () => {
    const doc = await configurator();
    const before = (doc.getElementById('snippet-json') as HTMLTextAreaElement).value;
    expect(await importText(doc, 'Bonjour, ceci n’est pas une charte.')).to.match(/^Import impossible : /);
    expect((doc.getElementById('snippet-json') as HTMLTextAreaElement).value).to.equal(before);
  });
});
