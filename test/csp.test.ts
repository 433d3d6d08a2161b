/**
 * The built file under the strict Content Security Policy with Trusted Types that the README gives
 * portals (set as a header by web-test-runner.config.mjs on test/pages/csp*.html): the banner, the
 * preferences, the charter, gated scripts and frames, with every `securitypolicyviolation` of the
 * page collected. Zero is the expected count.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CookieCharter } from '../src/cookie-charter.js';
import { openPage, storedChoice } from './helpers.js';

type PageWindow = Window & { __violations: string[]; __errors?: string[]; __inlineRuns?: number; __gatedSrcRuns?: number };

let frame: HTMLIFrameElement;
const win = () => frame.contentWindow as PageWindow;
const doc = () => frame.contentDocument!;

async function load(page: string): Promise<CookieCharter> {
  let el: CookieCharter;
  ({ frame, el } = await openPage(page));
  return el;
}

const shadowPart = (el: CookieCharter, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/**
 * The page's violations so far. Adds an inline `<style>` (which the policy blocks) and waits for its
 * report: the reports of what happened before it have come by then, and the collector is shown to
 * work. Returns the others.
 */
async function violations(): Promise<string[]> {
  const before = win().__violations.length;
  doc().body.append(Object.assign(doc().createElement('style'), { textContent: 'p { color: red }' }));
  await waitUntil(() => win().__violations.length > before, 'the inline style is reported: the page is under the policy');
  const all = win().__violations;
  expect(all.at(-1)).to.match(/^style-src-elem: inline/);
  return all.slice(0, -1);
}

describe('under a strict CSP with Trusted Types (dist)', () => {
  afterEach(() => frame?.remove());

  it('banner, Tout accepter: the gated scripts run and the frames load, without a violation', async () => {
    const el = await load('csp.html');
    await waitUntil(() => doc().querySelectorAll('.cookie-charter-placeholder').length == 2, 'a placeholder for each frame');
    shadowPart(el, 'accept')!.click();
    await waitUntil(() => win().__inlineRuns == 1 && win().__gatedSrcRuns == 1, 'both gated scripts ran');
    const [video, map] = doc().querySelectorAll('iframe');
    await waitUntil(() => video.getAttribute('src') == '/test/fixtures/frame.html', 'the frame loads');
    await waitUntil(() => map.srcdoc == '<p>Une carte.</p>', 'the srcdoc frame loads');
    await waitUntil(() => map.contentDocument?.body?.textContent == 'Une carte.', 'and shows its content');
    expect(doc().querySelector('.cookie-charter-placeholder')).to.equal(null);
    expect(await violations()).to.deep.equal([]);
  });

  it('the preferences (the lazily loaded part): open, choose, save, without a violation', async () => {
    const el = await load('csp.html');
    shadowPart(el, 'customize')!.click();
    await waitUntil(() => shadowPart(el, 'preferences'), 'the preferences open');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('#cc-preference-statistics')!.click();
    shadowPart(el, 'save')!.click();
    await waitUntil(() => win().__inlineRuns == 1 && win().__gatedSrcRuns == 1, 'the statistics scripts ran');
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: false });
    expect(doc().querySelectorAll('.cookie-charter-placeholder'), 'the refused frames keep their placeholder').to.have.length(2);
    expect(await violations()).to.deep.equal([]);
  });

  it('the charter: rendered, a choice made in it, without a violation', async () => {
    const el = await load('csp-charter.html');
    await waitUntil(() => shadowPart(el, 'charter'), 'the charter renders');
    expect(shadowPart(el, 'charter')!.querySelectorAll('table')).to.have.length(2);
    shadowPart(el, 'charter')!.querySelector<HTMLElement>('[part~=accept]')!.click();
    await waitUntil(() => win().__inlineRuns == 1, 'the gated script ran');
    expect(await violations()).to.deep.equal([]);
  });

  it('a policy that does not allow "cookie-charter": reported once, the src frames still load', async () => {
    const el = await load('csp.html?trusted-types=lit-html');
    shadowPart(el, 'accept')!.click();
    const [video, map] = doc().querySelectorAll('iframe');
    await waitUntil(() => video.getAttribute('src') == '/test/fixtures/frame.html', 'the frame loads');
    await waitUntil(() => win().__errors!.length, 'the policy is reported');
    el.save({ media: false }); // gated again: still reported once
    await violations();
    expect(win().__errors).to.have.length(1);
    expect(win().__errors![0]).to.match(/^cookie-charter: Trusted Types: .*"cookie-charter"/);
    expect(win().__inlineRuns, 'Trusted Types blocks the gated scripts').to.equal(undefined);
    expect(win().__gatedSrcRuns).to.equal(undefined);
    expect(map.hasAttribute('srcdoc'), 'and srcdoc (an HTML sink)').to.equal(false);
  });

  describe('a page that also uses Lit of its own (a second lit-html policy)', () => {
    const ownLit = () => doc().querySelector('#own-lit p')?.textContent;

    it("works with 'allow-duplicates' added to trusted-types, without a violation", async () => {
      const el = await load(`csp-own-lit.html?trusted-types=${encodeURIComponent("cookie-charter lit-html 'allow-duplicates'")}`);
      await waitUntil(() => ownLit() == 'Le Lit de la page.', 'the page’s own Lit renders');
      shadowPart(el, 'accept')!.click();
      await waitUntil(() => win().__inlineRuns == 1, 'the gated script ran');
      expect(await violations()).to.deep.equal([]);
    });

    it('needs it: without, the second policy is refused', async () => {
      await load('csp-own-lit.html');
      const reported = await violations();
      expect(reported).to.have.length(1);
      expect(reported[0]).to.match(/^trusted-types: trusted-types-policy at .*\/lit-html\.js/);
    });
  });
});
