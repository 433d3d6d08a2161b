/**
 * The demo's pages on a 320 px phone, as a visitor without scripts first sees them (the page's own
 * layout; the element's banner and charter have their own tests): nothing makes the page wider than
 * the screen.
 */
import { expect } from '@open-wc/testing';

const PAGES = [
  'index',
  'charte',
  'en',
  'enforcement',
  'video',
  'configurator',
  'charters/villedavray',
  'charters/metropole-rouen-normandie',
  'charters/dunkerque-agglo',
  'charters/isere',
  'charters/clermontmetropole',
];

/** The page in a 320×640 frame that runs no script (sandbox without allow-scripts). */
async function phone(page: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 320px; height: 640px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/${page}.html`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('the demo on a 320 px phone', () => {
  for (const page of PAGES)
    it(`${page}: no wider than the screen`, async () => {
      const doc = await phone(page);
      expect(doc.title, 'the page loaded').to.not.equal('');
      expect(doc.documentElement.scrollWidth).to.equal(doc.documentElement.clientWidth);
    });
});
