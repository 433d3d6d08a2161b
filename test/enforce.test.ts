/**
 * What a choice does: gated scripts run exactly when their category is granted (frames: frames.test.ts),
 * a withdrawal deletes the category's cookies, Global Privacy Control counts as a refusal, an exempt
 * category runs without asking until switched off, and each choice stored here is sent as proof.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CookieCharter } from '../src/cookie-charter.js';
import {
  addMarkup,
  charter,
  cleanUp,
  CONFIG,
  consoleErrors,
  nothingMoreWithin,
  part,
  partRendered,
  shows,
  storedChoice,
} from './helpers.js';

type Counters = { __inlineRuns?: number; __gatedSrcRuns?: number; __laterRuns?: number; __moduleRuns?: number; __exemptRuns?: number };
const counters = window as unknown as Counters;

/** Appends markup to the page (removed after the test). */
const page = addMarkup;

/** innerHTML does not run scripts, text/plain or not: gated scripts are built as a page's parser would leave them. */
function gatedScript(category: string, attributes: Record<string, string>, text = ''): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.cookieCategory = category;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.text = text;
  page('').append(script);
  return script;
}

const nextMillisecond = () =>
  waitUntil(
    (
      (start) => () =>
        Date.now() > start
    )(Date.now()),
    'the clock moves',
    { interval: 1 },
  );

afterEach(() => {
  for (const name of ['__inlineRuns', '__gatedSrcRuns', '__laterRuns', '__moduleRuns', '__exemptRuns'] as const) delete counters[name];
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('gated scripts', () => {
  it('do not run before consent, run once on accept, without a reload', async () => {
    gatedScript('statistics', {}, 'window.__inlineRuns = (window.__inlineRuns || 0) + 1');
    gatedScript('statistics', { 'data-src': '/test/fixtures/gated.js' });
    const el = await charter();
    await nothingMoreWithin(100);
    expect(counters.__inlineRuns).to.equal(undefined);
    expect(counters.__gatedSrcRuns).to.equal(undefined);
    part(el, 'accept')!.click();
    await waitUntil(() => counters.__inlineRuns == 1 && counters.__gatedSrcRuns == 1, 'both scripts ran');
    el.save({ statistics: true, media: true });
    await nothingMoreWithin(100);
    expect(counters.__inlineRuns, 'once').to.equal(1);
    expect(counters.__gatedSrcRuns, 'once').to.equal(1);
  });

  it('never run after a refusal', async () => {
    gatedScript('statistics', {}, 'window.__inlineRuns = (window.__inlineRuns || 0) + 1');
    const el = await charter();
    part(el, 'reject')!.click();
    await nothingMoreWithin(300);
    expect(counters.__inlineRuns).to.equal(undefined);
    expect(document.querySelectorAll('script[type="text/plain"][data-cookie-category]')).to.have.length(1);
  });

  it('run once at load when a stored choice already grants them', async () => {
    const first = await charter();
    first.save({ statistics: true, media: false });
    first.remove();
    gatedScript('statistics', {}, 'window.__inlineRuns = (window.__inlineRuns || 0) + 1');
    gatedScript('media', {}, 'window.__laterRuns = (window.__laterRuns || 0) + 1');
    await charter();
    await waitUntil(() => counters.__inlineRuns == 1, 'the granted script ran at load');
    await nothingMoreWithin(100);
    expect(counters.__laterRuns, 'the refused one did not').to.equal(undefined);
  });

  it('keep their attributes, their nonce and their place; data-type makes a module', async () => {
    const before = document.createElement('p');
    const gated = gatedScript(
      'statistics',
      { id: 'stats', 'data-type': 'module', nonce: 'n0nce', 'data-owner': 'portal', crossorigin: 'anonymous' },
      'window.__moduleRuns = (window.__moduleRuns || 0) + 1',
    );
    gated.before(before);
    const external = gatedScript('statistics', {
      'data-src': '/test/fixtures/gated.js',
      async: '',
      defer: '',
      integrity: 'sha384-doesnotmatter',
      referrerpolicy: 'no-referrer',
    });
    const el = await charter();
    el.acceptAll();
    await waitUntil(() => counters.__moduleRuns == 1, 'the module ran');
    const real = document.getElementById('stats') as HTMLScriptElement;
    expect(real.type).to.equal('module');
    expect(real.nonce).to.equal('n0nce');
    expect(real.dataset.owner).to.equal('portal');
    expect(real.dataset.cookieCategory).to.equal('statistics');
    expect(real.getAttribute('crossorigin')).to.equal('anonymous');
    expect(real.previousElementSibling === before, 'in the same place').to.equal(true);
    const realExternal = before.parentElement!.parentElement!.querySelector<HTMLScriptElement>('script[src$="gated.js"]')!;
    expect(realExternal.async).to.equal(true);
    expect(realExternal.defer).to.equal(true);
    expect(realExternal.integrity).to.equal('sha384-doesnotmatter');
    expect(realExternal.referrerPolicy).to.equal('no-referrer');
    expect(external.isConnected, 'the text/plain one is gone').to.equal(false);
  });

  it('gives the element’s nonce to a script that has none', async () => {
    gatedScript('statistics', { id: 'no-nonce' }, 'window.__inlineRuns = 1');
    const el = await charter(CONFIG, { nonce: 'from-element' });
    el.acceptAll();
    await waitUntil(() => counters.__inlineRuns == 1);
    expect((document.getElementById('no-nonce') as HTMLScriptElement).nonce).to.equal('from-element');
  });

  it('added later (by a tag manager) are gated too', async () => {
    const el = await charter();
    el.save({ statistics: true, media: false });
    await nothingMoreWithin(100);
    gatedScript('statistics', {}, 'window.__laterRuns = (window.__laterRuns || 0) + 1');
    gatedScript('media', {}, 'window.__inlineRuns = (window.__inlineRuns || 0) + 1');
    await waitUntil(() => counters.__laterRuns == 1, 'the granted late script ran');
    await nothingMoreWithin(100);
    expect(counters.__inlineRuns, 'the refused late script did not').to.equal(undefined);
  });
});

describe('withdrawal', () => {
  const WITHDRAWABLE = {
    ...CONFIG,
    cookies: [
      ...CONFIG.cookies,
      { provider: 'Matomo', service: 'Sessions', name: '_pk_ses.*', purpose: 'Visites.', category: 'statistics' },
      { provider: 'Matomo', service: 'Essai', name: 'session*', purpose: 'Un motif trop large.', category: 'statistics' },
    ],
  };

  it('deletes the category’s exact and prefixed cookies, keeps the necessary and the others', async () => {
    const el = await charter(WITHDRAWABLE);
    el.acceptAll();
    for (const cookie of ['_pk_id.1.abcd=1', '_pk_id.2.ef=2', '_pk_ses.1.abcd=3', 'sessionid=s', 'VISITOR_INFO1_LIVE=v', 'unrelated=u'])
      document.cookie = `${cookie}; path=/`;
    el.save({ statistics: false });
    await waitUntil(() => !document.cookie.includes('_pk_id'), 'the statistics cookies are deleted');
    const names = document.cookie.split('; ').map((c) => c.split('=')[0]);
    expect(names).not.to.include.members(['_pk_id.1.abcd', '_pk_id.2.ef', '_pk_ses.1.abcd']);
    expect(names, 'necessary, even when a withdrawn pattern matches it').to.include('sessionid');
    expect(names, 'still granted').to.include('VISITOR_INFO1_LIVE');
    expect(names).to.include('unrelated');
  });

  it('Tout refuser also deletes what an earlier, expired consent left', async () => {
    document.cookie = '_pk_id.1.abcd=1; path=/';
    document.cookie = 'VISITOR_INFO1_LIVE=v; path=/';
    const el = await charter(WITHDRAWABLE);
    el.save({ statistics: false, media: true });
    await waitUntil(() => !document.cookie.includes('_pk_id'), 'the refused category’s cookie is deleted');
    expect(document.cookie, 'a granted category’s is kept').to.include('VISITOR_INFO1_LIVE=v');
  });
});

describe('clean-up cannot be turned against the visitor', () => {
  const TOO_WIDE = {
    ...CONFIG,
    cookies: [
      ...CONFIG.cookies,
      { provider: 'Erreur', service: 'Tout', name: '*', purpose: 'Tous les cookies.', category: 'statistics' },
      { provider: 'Erreur', service: 'Préférences', name: 'cookies_*', purpose: 'Un motif trop large.', category: 'media' },
    ],
  };

  it('a row named * or matching the stored choice is reported once; the choice and the other cookies stay', async () => {
    document.cookie = 'unrelated=u; path=/';
    document.cookie = 'cookies_other=o; path=/';
    let el!: CookieCharter;
    const errors = await consoleErrors(async () => {
      el = await charter(TOO_WIDE);
      el.rejectAll();
      await waitUntil(() => !document.cookie.includes('cookies_other'), 'what cookies_* names is deleted');
      // Two more choices, each in a millisecond of its own (a choice is told apart by its date).
      await nextMillisecond();
      el.save({ media: true });
      await nextMillisecond();
      document.cookie = 'cookies_again=a; path=/';
      el.rejectAll();
      await waitUntil(() => !document.cookie.includes('cookies_again'), 'the last choice is enforced');
    }, 2);
    expect(errors).to.deep.equal([
      'cookie-charter: cookies: the name "*" (category statistics) would match every cookie: left out of the clean-up',
      'cookie-charter: cookies: the name "cookies_*" (category media) matches the cookie of the stored choice, cookies_preferences, which is never deleted',
    ]);
    expect(storedChoice().choices, 'the refusal is kept').to.deep.equal({ statistics: false, media: false });
    expect(document.cookie).to.include('unrelated=u');
    el.remove();
    expect(shows(await charter(TOO_WIDE), 'banner'), 'and not asked again').to.equal(false);
  });

  it('keeps the stored choice under its cookie-name', async () => {
    const config = {
      ...CONFIG,
      cookies: [...CONFIG.cookies, { provider: 'Portail', service: 'Essai', name: 'consent*', purpose: 'Essai.', category: 'statistics' }],
    };
    const errors = await consoleErrors(async () => {
      const el = await charter(config, { 'cookie-name': 'consent_portal' });
      el.rejectAll();
    }, 1);
    expect(errors[0]).to.include('"consent*" (category statistics) matches the cookie of the stored choice, consent_portal');
    expect(storedChoice('consent_portal').choices).to.deep.equal({ statistics: false, media: false });
  });
});

describe('Global Privacy Control', () => {
  beforeEach(() => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true }));

  it('counts as Tout refuser: no banner, optional categories refused, gated scripts not run', async () => {
    gatedScript('statistics', {}, 'window.__inlineRuns = 1');
    const el = await charter();
    await nothingMoreWithin(200);
    expect(shows(el, 'banner')).to.equal(false);
    expect(el.has('statistics')).to.equal(false);
    expect(counters.__inlineRuns).to.equal(undefined);
  });

  it('still lets the visitor opt in from the preferences', async () => {
    const el = await charter();
    await el.show();
    const dialog = await partRendered(el, 'preferences');
    dialog.querySelector<HTMLInputElement>('#cc-preference-statistics')!.click();
    part(el, 'save')!.click();
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: false });
    expect(el.has('statistics')).to.equal(true);
  });

  it('is said in the charter', async () => {
    const el = await charter(CONFIG, { mode: 'charter' });
    const root = await partRendered(el, 'charter');
    expect(root.querySelector('.choices')!.textContent).to.include('Global Privacy Control');
  });

  it('is ignored with ignore-gpc', async () => {
    const el = await charter(CONFIG, { 'ignore-gpc': '' });
    expect(shows(el, 'banner')).to.equal(true);
  });

  it('ignore-gpc is the ignoreGpc property; adding or removing it shows or hides the banner at once', async () => {
    const el = await charter(CONFIG);
    expect([el.ignoreGpc, shows(el, 'banner')]).to.deep.equal([undefined, false]);
    el.setAttribute('ignore-gpc', '');
    await el.updateComplete;
    expect([el.ignoreGpc, shows(el, 'banner')]).to.deep.equal([true, true]);
    el.removeAttribute('ignore-gpc');
    await el.updateComplete;
    expect([el.ignoreGpc, shows(el, 'banner')]).to.deep.equal([false, false]);
    el.ignoreGpc = true;
    await el.updateComplete;
    expect(shows(el, 'banner'), 'the property alone').to.equal(true);
  });
});

describe('exempt audience measurement', () => {
  const EXEMPT = {
    categories: [...CONFIG.categories, { id: 'audience', label: 'Mesure d’audience exemptée', exempt: true }],
    cookies: [...CONFIG.cookies, { provider: 'Matomo', service: 'Audience', name: '_pk_ref.*', purpose: 'Origine.', category: 'audience' }],
  };

  it('runs without asking and stays out of the banner', async () => {
    gatedScript('audience', {}, 'window.__exemptRuns = (window.__exemptRuns || 0) + 1');
    const el = await charter(EXEMPT);
    await waitUntil(() => counters.__exemptRuns == 1, 'the exempt script ran without a choice');
    expect(part(el, 'banner')!.textContent).not.to.include('exemptée');
    el.rejectAll();
    expect(storedChoice().choices, 'Tout refuser leaves it on').to.deep.equal({ statistics: false, media: false, audience: true });
    expect(el.has('audience')).to.equal(true);
  });

  it('can be switched off: stored, cleaned up and enforced on the next page', async () => {
    const el = await charter(EXEMPT);
    document.cookie = '_pk_ref.1.x=1; path=/';
    await el.show();
    const dialog = await partRendered(el, 'preferences');
    const audience = dialog.querySelector<HTMLInputElement>('#cc-preference-audience')!;
    expect(audience.checked, 'on by default').to.equal(true);
    expect(dialog.textContent).to.include('exemptée de consentement');
    audience.click();
    part(el, 'save')!.click();
    expect(storedChoice().choices).to.deep.equal({ statistics: false, media: false, audience: false });
    await waitUntil(() => !document.cookie.includes('_pk_ref'), 'its cookies are deleted');
    el.remove();
    gatedScript('audience', {}, 'window.__exemptRuns = (window.__exemptRuns || 0) + 1');
    const next = await charter(EXEMPT);
    await nothingMoreWithin(300);
    expect(counters.__exemptRuns).to.equal(undefined);
    expect(shows(next, 'banner'), 'the refusal of the others was stored too').to.equal(false);
  });

  it('a portal whose only optional category is exempt shows no banner', async () => {
    const el = await charter({ categories: [EXEMPT.categories[2]] });
    expect(shows(el, 'banner')).to.equal(false);
  });
});

describe('proof of consent', () => {
  it('sends every choice stored on the page to proof-url, with the fields to prove it', async () => {
    await executeServerCommand('proofs');
    const el = await charter(CONFIG, { 'proof-url': '/test/proof' });
    part(el, 'customize')!.click();
    const dialog = await partRendered(el, 'preferences');
    dialog.querySelector<HTMLInputElement>('#cc-preference-media')!.click();
    part(el, 'save')!.click();
    const stored = storedChoice();
    let proofs: { contentType: string; body: Record<string, unknown> }[] = [];
    await waitUntil(async () => (proofs = await executeServerCommand('proofs')).length > 0, 'the proof arrived', { timeout: 3000 });
    expect(proofs).to.have.length(1);
    const { body } = proofs[0];
    expect(Object.keys(body).sort()).to.deep.equal(['choices', 'configHash', 'date', 'id', 'rev', 'url']);
    expect(body.id).to.equal(stored.id);
    expect(body.rev).to.equal(stored.rev);
    expect(body.date).to.equal(stored.date);
    expect(body.choices).to.deep.equal({ statistics: false, media: true });
    expect(body.url, 'the page, without its query (see below)').to.equal(location.origin + location.pathname);
    expect(body.configHash).to.match(/^[0-9a-f]{64}$/);

    el.rejectAll();
    await waitUntil(async () => (proofs = await executeServerCommand('proofs')).length > 0, 'the second proof arrived', { timeout: 3000 });
    expect(proofs[0].body.choices).to.deep.equal({ statistics: false, media: false });
    expect(proofs[0].body.configHash, 'same configuration, same hash').to.equal(body.configHash);
  });

  it('leaves out the query and the fragment, which can hold tokens, unless proof-full-url', async () => {
    const url = location.href;
    const proofUrl = async (attributes: Record<string, string>) => {
      await executeServerCommand('proofs');
      const el = await charter(CONFIG, { 'proof-url': '/test/proof', ...attributes });
      el.acceptAll();
      let proofs: { body: Record<string, unknown> }[] = [];
      await waitUntil(async () => (proofs = await executeServerCommand('proofs')).length > 0, 'the proof arrived', { timeout: 3000 });
      el.remove();
      cleanUp();
      return proofs[0].body.url;
    };
    history.replaceState(null, '', `${location.pathname}?reset-token=s3cret#access_token=t0ken`);
    try {
      expect(await proofUrl({})).to.equal(`${location.origin}${location.pathname}`);
      expect(await proofUrl({ 'proof-full-url': '' })).to.equal(
        `${location.origin}${location.pathname}?reset-token=s3cret#access_token=t0ken`,
      );
    } finally {
      history.replaceState(null, '', url);
    }
  });

  it('ties the hash to the wording: other texts, another hash', async () => {
    await executeServerCommand('proofs');
    const el = await charter({ ...CONFIG, texts: { fr: { bannerTitle: 'Cookies' } } }, { 'proof-url': '/test/proof' });
    el.acceptAll();
    let proofs: { body: Record<string, unknown> }[] = [];
    await waitUntil(async () => (proofs = await executeServerCommand('proofs')).length > 0, 'the proof arrived', { timeout: 3000 });
    el.remove();
    const other = await charter(CONFIG, { 'proof-url': '/test/proof' });
    other.rejectAll();
    let others: { body: Record<string, unknown> }[] = [];
    await waitUntil(async () => (others = await executeServerCommand('proofs')).length > 0, 'the other proof arrived', { timeout: 3000 });
    expect(others[0].body.configHash).not.to.equal(proofs[0].body.configHash);
  });
});
