/**
 * Keyboard visitors with the banner shown: real Tab presses through a page with a long body and a
 * footer, at a desktop, a phone and a small phone size; and where focus goes after a choice.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, charter, part, partRendered } from './helpers.js';

/** A portal page: a header, a long main with links, a footer whose first link reopens the preferences. */
function portalPage(): HTMLElement {
  const page = document.createElement('div');
  page.innerHTML = `
    <header><a href="#home">Accueil</a> <a href="#data">Données</a></header>
    <main>${Array.from({ length: 8 }, (_, i) => `<p style="margin: 0 0 120px">Texte <a href="#l${i}">lien ${i}</a></p>`).join('')}</main>
    <footer><ul>
      <li><a href="#cookies" data-cookie-charter="open">Gestion des cookies</a></li>
      <li><a href="#charte">Charte cookies</a></li>
      <li><a href="#legal">Mentions légales</a></li>
      <li><a href="#a11y">Accessibilité</a></li>
    </ul></footer>`;
  document.body.append(page);
  return page;
}

const focusedIn = (el: CookieCharter) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('keyboard, with the banner shown', () => {
  let page: HTMLElement | undefined;
  afterEach(async () => {
    page?.remove();
    page = undefined;
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of [
    [1280, 800],
    [375, 667],
    [320, 640],
  ]) {
    it(`${width}×${height}: Tab reaches every stop of the page, the last ones included, none of them under the banner (WCAG 2.4.11)`, async () => {
      await setViewport({ width, height });
      page = portalPage();
      const links = [...page.querySelectorAll('a')];
      const before = links.map((link) => link.getBoundingClientRect().top + scrollY);
      const el = await charter(CONFIG, { 'policy-url': '/charte' }, document.body);
      document.body.prepend(el);
      await el.updateComplete;
      await waitUntil(() => document.documentElement.style.paddingBottom);
      expect(
        links.map((link) => link.getBoundingClientRect().top + scrollY),
        'no layout shift',
      ).to.deep.equal(before);
      part(el, 'customize')!.focus();
      for (const link of links) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.textContent, `Tab to ${link.textContent}`).to.equal(link.textContent);
        const box = link.getBoundingClientRect();
        const banner = part(el, 'banner')!.getBoundingClientRect();
        expect(box.top, `${link.textContent} in the viewport`).to.be.at.least(0);
        expect(box.bottom + 5, `${link.textContent} and its focus outline (3 px, 2 px away) above the banner`).to.be.at.most(banner.top);
      }
    });
  }

  it('the page gets back its own length when the banner goes', async () => {
    page = portalPage();
    const length = document.documentElement.scrollHeight;
    const el = await charter();
    await waitUntil(() => document.documentElement.style.paddingBottom);
    expect(document.documentElement.scrollHeight).to.be.closeTo(length + part(el, 'banner')!.offsetHeight + 8, 1);
    el.rejectAll();
    await el.updateComplete;
    expect(document.documentElement.style.paddingBottom).to.equal('');
    expect(document.documentElement.scrollHeight).to.be.closeTo(length, 1);
  });

  /** Whether `element` is wholly inside the viewport. */
  const onScreen = (element: Element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top >= 0 && bottom <= innerHeight;
  };
  /** The first link of the page wholly on screen, after the banner went. */
  const firstLinkOnScreen = () => [...page!.querySelectorAll('a')].find(onScreen)!;

  for (const button of ['accept', 'reject']) {
    it(`after ${button == 'accept' ? 'Tout accepter' : 'Tout refuser'} with the reopen link on screen, focus goes to it, and the page does not scroll`, async () => {
      await setViewport({ width: 375, height: 667 });
      page = portalPage();
      const el = await charter();
      await waitUntil(() => document.documentElement.style.paddingBottom);
      window.scrollTo(0, document.documentElement.scrollHeight);
      const scrolled = scrollY;
      part(el, button)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(!!part(el, 'banner'), 'the banner is gone').to.equal(false);
      expect(document.activeElement?.textContent).to.equal('Gestion des cookies');
      expect(onScreen(document.activeElement!), 'on screen').to.equal(true);
      expect(scrollY, 'no scroll but what the page lost at its end').to.be.at.most(scrolled);
    });

    it(`after ${button == 'accept' ? 'Tout accepter' : 'Tout refuser'} with the reopen link off screen, focus goes to the first link on screen, and the page does not scroll`, async () => {
      await setViewport({ width: 375, height: 667 });
      page = portalPage();
      const el = await charter();
      window.scrollTo(0, 300);
      part(el, button)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(scrollY).to.equal(300);
      expect(document.activeElement, 'the first link on screen').to.equal(firstLinkOnScreen());
      expect(onScreen(document.activeElement!), 'on screen').to.equal(true);
    });
  }

  it('after saving from Personnaliser, focus goes to a link on screen, not to a hidden element, and the page does not scroll', async () => {
    await setViewport({ width: 375, height: 667 });
    page = portalPage();
    const el = await charter();
    window.scrollTo(0, 300);
    part(el, 'customize')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await partRendered(el, 'preferences');
    await waitUntil(() => dialog.contains(focusedIn(el)), 'focus moved into the dialog');
    part(el, 'save')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !part(el, 'preferences'), 'the dialog closes');
    await el.updateComplete;
    expect(scrollY).to.equal(300);
    const focused = document.activeElement!;
    expect(focused, 'the first link on screen').to.equal(firstLinkOnScreen());
    const links = [...page.querySelectorAll('a')];
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'Tab goes on from there').to.equal(links[links.indexOf(focused as HTMLAnchorElement) + 1]);
  });

  it('focus stays where it is when a choice made elsewhere takes the banner away', async () => {
    page = portalPage();
    const el = await charter();
    const link = page.querySelector<HTMLElement>('[href="#l2"]')!;
    link.focus();
    el.acceptAll();
    await el.updateComplete;
    expect(document.activeElement?.textContent).to.equal('lien 2');
  });
});
