/**
 * Accessibility: axe-core in both modes, both languages and both colour schemes; the keyboard path
 * through the banner and the dialog; targets, small screens, large text, and focus never hidden.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, charter, part, partRendered, rawCookie, storedChoice } from './helpers.js';

const focused = (el: CookieCharter) => el.shadowRoot!.activeElement as HTMLElement | null;

/** A focusable button placed before (or after) the element, to start and end keyboard journeys. */
function pageButton(where: 'before' | 'after', el: Element): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = `page ${where}`;
  el[where](button);
  return button;
}

/** Presses Enter on the banner's Personnaliser; returns the dialog once focus has moved into it. */
async function openFromCustomize(el: CookieCharter): Promise<HTMLElement> {
  part(el, 'customize')!.focus();
  await sendKeys({ press: 'Enter' });
  const dialog = await partRendered(el, 'preferences');
  await waitUntil(() => dialog.contains(focused(el)), 'focus moved into the dialog');
  return dialog;
}

describe('accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.fontSize = '';
    document.querySelectorAll('button[data-page]').forEach((b) => b.remove());
  });

  for (const lang of ['fr', 'en']) {
    for (const scheme of ['light', 'dark'] as const) {
      describe(`${lang}, ${scheme}`, () => {
        beforeEach(() => emulateMedia({ colorScheme: scheme }));

        it('banner: no axe violation; a named region with a heading, in the page’s language', async () => {
          const el = await charter(CONFIG, { lang, 'policy-url': '/charte' });
          const banner = await partRendered(el, 'banner');
          expect(banner.tagName, 'a section named by its heading: role region').to.equal('SECTION');
          expect(banner.getAttribute('lang')).to.equal(lang);
          expect(el.shadowRoot!.getElementById(banner.getAttribute('aria-labelledby')!)!.tagName).to.equal('H2');
          await expect(el).to.be.accessible();
        });

        it('preferences: no axe violation; a labelled modal dialog with labelled switches', async () => {
          const el = await charter(CONFIG, { lang });
          await el.show();
          const dialog = await partRendered(el, 'preferences');
          dialog.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true));
          expect(dialog.getAttribute('lang')).to.equal(lang);
          for (const input of dialog.querySelectorAll<HTMLInputElement>('input[role=switch]'))
            expect(input.labels![0].textContent!.trim()).not.to.equal('');
          await expect(el).to.be.accessible();
        });

        it('charter: no axe violation', async () => {
          const el = await charter(
            { ...CONFIG, cookies: CONFIG.cookies.map((c) => ({ ...c, duration: '1 an' })) },
            { lang, mode: 'charter' },
          );
          await partRendered(el, 'charter');
          if (scheme == 'dark') document.documentElement.style.colorScheme = 'dark';
          try {
            await expect(el).to.be.accessible();
          } finally {
            document.documentElement.style.colorScheme = '';
          }
        });
      });
    }
  }

  it('the three banner buttons look exactly alike (CNIL: same weight for refusing), Tout accepter and Tout refuser the same size', async () => {
    const el = await charter();
    const [accept, reject, customize] = ['accept', 'reject', 'customize'].map((name) => getComputedStyle(part(el, name)!));
    for (const property of ['font', 'color', 'background-color', 'border', 'padding', 'height', 'width', 'border-radius'])
      expect(reject.getPropertyValue(property), property).to.equal(accept.getPropertyValue(property));
    for (const property of ['font', 'color', 'background-color', 'border', 'padding', 'height', 'border-radius'])
      expect(customize.getPropertyValue(property), property).to.equal(accept.getPropertyValue(property));
  });

  describe('keyboard', () => {
    it('Tab reaches the three buttons in order, then leaves the banner (no trap); Enter refuses', async () => {
      const el = await charter();
      const before = pageButton('before', el);
      const after = pageButton('after', el);
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.getAttribute('part')).to.equal('accept');
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.getAttribute('part')).to.equal('reject');
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.getAttribute('part')).to.equal('customize');
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === after, 'focus left the banner for the page').to.equal(true);
        await sendKeys({ press: 'Shift+Tab' });
        await sendKeys({ press: 'Shift+Tab' });
        expect(focused(el)?.getAttribute('part')).to.equal('reject');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(storedChoice().choices).to.deep.equal({ statistics: false, media: false });
      } finally {
        before.remove();
        after.remove();
      }
    });

    it('the dialog takes focus, keeps it, closes on Escape without consent, and gives focus back', async () => {
      const el = await charter();
      const after = pageButton('after', el);
      try {
        const dialog = await openFromCustomize(el);
        const seen = new Set<Element>();
        for (let i = 0; i < 14; i++) {
          await sendKeys({ press: 'Tab' });
          const now = focused(el);
          expect(now && dialog.contains(now), `Tab ${i + 1} stays in the dialog`).to.equal(true);
          seen.add(now!);
        }
        expect(seen.size, 'Tab cycles through every control').to.be.greaterThan(5);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !part(el, 'preferences'), 'Escape closes the dialog');
        expect(focused(el)?.getAttribute('part')).to.equal('customize');
        expect(rawCookie(), 'closing is never consent').to.equal(undefined);
        expect(!!part(el, 'banner')).to.equal(true);
      } finally {
        after.remove();
      }
    });

    it('saving from Personnaliser, which takes the banner away, gives focus to what follows the element when the page has no reopen link', async () => {
      const el = await charter();
      const after = pageButton('after', el);
      try {
        await openFromCustomize(el);
        part(el, 'save')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => !part(el, 'preferences'), 'the dialog closes');
        expect(!!part(el, 'banner'), 'the banner is gone').to.equal(false);
        expect(document.activeElement === after, 'focus on the next control of the page').to.equal(true);
        expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.include('Choix enregistré.');
      } finally {
        after.remove();
      }
    });

    it('Space toggles a switch and Enter on "Enregistrer mes choix" saves it', async () => {
      const el = await charter();
      await el.show();
      const dialog = await partRendered(el, 'preferences');
      dialog.querySelector<HTMLInputElement>('#cc-preference-media')!.focus();
      await sendKeys({ press: 'Space' });
      part(el, 'save')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(storedChoice().choices).to.deep.equal({ statistics: false, media: true });
    });

    it('focus is visible: an outline of at least 2px on the buttons', async () => {
      const el = await charter();
      const before = pageButton('before', el);
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        const style = getComputedStyle(focused(el)!);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      } finally {
        before.remove();
      }
    });
  });

  it('announces the saved choice in a status region', async () => {
    const el = await charter();
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent!.trim()).to.equal('');
    part(el, 'reject')!.click();
    await el.updateComplete;
    expect(status.textContent).to.include('Choix enregistré.');
  });

  it('targets are at least 24 × 24 px', async () => {
    const el = await charter();
    await el.show();
    await partRendered(el, 'preferences');
    const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, summary')];
    expect(targets.length).to.be.greaterThan(8);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.outerHTML).to.be.at.least(24);
      expect(box.height, target.outerHTML).to.be.at.least(24);
    }
  });

  it('fits 320 px wide, even at 200 % text size, with nothing cut off', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const el = await charter(CONFIG, { 'policy-url': '/charte' });
    const banner = part(el, 'banner')!;
    const box = banner.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(box.bottom).to.be.at.most(640);
    expect(box.top).to.be.at.least(0);
    expect(banner.scrollWidth, 'no horizontal scrolling').to.be.at.most(banner.clientWidth);
    part(el, 'customize')!.focus();
    const button = part(el, 'customize')!.getBoundingClientRect();
    expect(button.bottom, 'the last button can be scrolled into view').to.be.at.most(640);
  });

  it('the charter fits 320 px: tables scroll in their own region, the page does not', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await charter(CONFIG, { mode: 'charter' });
    await partRendered(el, 'charter');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('never hides the focused element: the page scrolls it above the banner (WCAG 2.4.11)', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await charter();
    const page = document.createElement('div');
    page.innerHTML =
      '<div style="height: 540px"></div><a href="#x" id="below">a link that the banner would cover</a><div style="height: 2000px"></div>';
    document.body.append(page);
    try {
      await waitUntil(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) > 0);
      // The banner's height and 8 px, for the focus outline.
      expect(parseFloat(getComputedStyle(document.documentElement).paddingBottom), 'the page longer by as much').to.be.closeTo(
        part(el, 'banner')!.offsetHeight + 8,
        1,
      );
      const banner = part(el, 'banner')!.getBoundingClientRect();
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)).to.be.closeTo(banner.height + 8, 1);
      const link = page.querySelector<HTMLElement>('#below')!;
      expect(link.getBoundingClientRect().bottom, 'the link starts under the banner').to.be.greaterThan(banner.top);
      const previous = pageButton('before', page);
      previous.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === link, 'the link has focus').to.equal(true);
      expect(link.getBoundingClientRect().bottom).to.be.at.most(part(el, 'banner')!.getBoundingClientRect().top);
      el.rejectAll();
      await el.updateComplete;
      expect(document.documentElement.style.scrollPaddingBottom, 'padding removed with the banner').to.equal('');
    } finally {
      page.remove();
      window.scrollTo(0, 0);
    }
  });
});
