/**
 * The element API and events, several elements sharing one state, and reopen links.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CookieCharterChangeDetail } from '../src/cookie-charter.js';
import {
  addMarkup,
  browserCookies,
  charter,
  CONFIG,
  consoleErrors,
  nothingMoreWithin,
  part,
  partRendered,
  rawCookie,
  shows,
  storedChoice,
} from './helpers.js';

describe('API and events', () => {
  it('has(): necessary always, optional ones only once granted, unknown ones never', async () => {
    const el = await charter();
    expect(el.has('necessary')).to.equal(true);
    expect(el.has('statistics')).to.equal(false);
    expect(el.has('nothing-like-it')).to.equal(false);
    el.save({ statistics: true });
    expect(el.has('statistics')).to.equal(true);
    expect(el.has('media')).to.equal(false);
  });

  it('every attribute is a property of the class', async () => {
    const el = await charter(CONFIG, {
      'proof-url': '/test/proof',
      'proof-full-url': '',
      'reload-on-withdraw': '',
      'ignore-gpc': '',
      'cookie-name': 'prefs',
      'max-age-days': '30',
    });
    expect([el.proofUrl, el.proofFullUrl, el.reloadOnWithdraw, el.ignoreGpc, el.cookieName, el.maxAgeDays]).to.deep.equal([
      '/test/proof',
      true,
      true,
      true,
      'prefs',
      30,
    ]);
    const plain = await charter();
    expect([plain.proofUrl, plain.proofFullUrl, plain.reloadOnWithdraw, plain.ignoreGpc]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('choices is null until a choice, then a copy of it', async () => {
    const el = await charter();
    expect(el.choices).to.equal(null);
    el.acceptAll();
    const choices = el.choices!;
    expect(choices).to.deep.equal({ statistics: true, media: true });
    choices.statistics = false;
    expect(el.has('statistics'), 'a copy: changing it changes nothing').to.equal(true);
  });

  it('save() keeps the categories it is not given, and reports what it cannot store', async () => {
    const el = await charter();
    el.save({ statistics: true, media: true });
    const errors = await consoleErrors(() => el.save({ media: false, ads: true, statistics: 'yes' as unknown as boolean }), 1);
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: false });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^cookie-charter: 2 problems:/);
    expect(errors[0]).to.include('save(): ads ignored').and.include('save(): statistics ignored');
  });

  it('save() with no object: reported, nothing thrown, the current choices kept', async () => {
    const el = await charter();
    el.save({ statistics: true });
    for (const given of [undefined, null, 'all']) {
      const errors = await consoleErrors(() => el.save(given as unknown as Record<string, boolean>), given == 'all' ? 1 : 0);
      expect(storedChoice().choices, 'media still undecided').to.deep.equal({ statistics: true });
      expect(errors.length).to.equal(given == 'all' ? 1 : 0);
    }
  });

  it('an element never connected answers from its JSON and stores like any other', async () => {
    const el = document.createElement('cookie-charter');
    const json = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(CONFIG) });
    el.append(json);
    expect(el.has('necessary')).to.equal(true);
    expect(el.has('statistics')).to.equal(false);
    el.acceptAll();
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: true });
    document.body.append(el);
    await el.updateComplete;
    expect(el.choices, 'once connected, it reads the stored choice').to.deep.equal({ statistics: true, media: true });
    expect(shows(el, 'banner')).to.equal(false);
    el.remove();
  });

  it('a choice stored before cookie-domain was set is replaced, not read in place of the new one', async () => {
    // A sub-domain page (the test browser maps *.cookie-charter.test here): on localhost a Domain
    // cookie is host-only, so the two cookies could not both exist.
    const tab = window.open(`http://www.cookie-charter.test:${location.port}/test/pages/domain.html`, '_blank')!;
    try {
      const { data } = await new Promise<MessageEvent>((resolve) => addEventListener('message', resolve, { once: true }));
      expect(data.read, 'the old choice is read').to.deep.equal({ statistics: true });
      expect(data.after, 'the new one is what counts').to.deep.equal({ statistics: false });
      const stored = data.cookies.filter((c: string) => c.startsWith('cookies_preferences='));
      expect(stored).to.have.length(1);
      expect(decodeURIComponent(stored[0])).to.include('"choices":{"statistics":false}');
      const domains = (await browserCookies()).filter((c) => c.name == 'cookies_preferences').map((c) => c.domain);
      expect(domains).to.deep.equal(['.cookie-charter.test']);
    } finally {
      tab.close();
    }
  });

  it('fires cookie-charter-change after a choice, bubbling out of the shadow root', async () => {
    const el = await charter();
    const heard = oneEvent(document, 'cookie-charter-change');
    part(el, 'reject')!.click();
    const event = (await heard) as CustomEvent<CookieCharterChangeDetail>;
    expect(event.target === el, 'fired by the element').to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    const stored = storedChoice();
    expect(event.detail).to.deep.equal({ choices: stored.choices, rev: stored.rev, date: stored.date, id: stored.id });
  });

  it('fires it once at start when a valid choice exists, and not when none does', async () => {
    const first = await charter();
    first.acceptAll();
    first.remove();
    const heard: CustomEvent<CookieCharterChangeDetail>[] = [];
    const listen = (e: Event) => heard.push(e as CustomEvent<CookieCharterChangeDetail>);
    document.addEventListener('cookie-charter-change', listen);
    try {
      await charter();
      await nothingMoreWithin(50);
      expect(heard).to.have.length(1);
      expect(heard[0].detail.choices).to.deep.equal({ statistics: true, media: true });
      document.cookie = 'cookies_preferences=; path=/; max-age=0';
      await charter();
      await nothingMoreWithin(50);
      expect(heard, 'no event without a choice').to.have.length(1);
    } finally {
      document.removeEventListener('cookie-charter-change', listen);
    }
  });

  it('show() opens the preferences and hide() closes them, storing nothing', async () => {
    const el = await charter();
    await el.show();
    const dialog = (await partRendered(el, 'preferences')) as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    el.hide();
    await el.updateComplete;
    expect(!!part(el, 'preferences')).to.equal(false);
    expect(!!part(el, 'banner'), 'the banner is still there').to.equal(true);
    expect(rawCookie()).to.equal(undefined);
  });

  it('the hidden attribute hides the banner for this page view only: no consent', async () => {
    const el = await charter();
    el.hidden = true;
    await el.updateComplete;
    expect(part(el, 'banner')!.checkVisibility()).to.equal(false);
    el.remove();
    expect(rawCookie()).to.equal(undefined);
    expect(shows(await charter(), 'banner'), 'next page view asks again').to.equal(true);
  });

  it('hide() with the preferences closed changes nothing', async () => {
    const el = await charter();
    el.hide();
    await el.updateComplete;
    expect(shows(el, 'banner')).to.equal(true);
    expect(rawCookie()).to.equal(undefined);
  });

  it('shows no banner when there is nothing optional to consent to', async () => {
    const el = await charter({ cookies: CONFIG.cookies.slice(0, 1) });
    expect(!!part(el, 'banner')).to.equal(false);
    const exemptOnly = await charter({ categories: [{ id: 'audience', label: 'Mesure exemptée', exempt: true }] });
    expect(!!part(exemptOnly, 'banner')).to.equal(false);
    expect(exemptOnly.has('audience'), 'exempt: on without asking').to.equal(true);
  });

  describe('two elements on one page', () => {
    it('share one state: a choice in one shows at once in the other', async () => {
      const banner = await charter();
      const charterMode = await charter(CONFIG, { mode: 'charter' });
      await partRendered(charterMode, 'charter');
      const second = await charter();
      expect(!!part(banner, 'banner')).to.equal(true);
      expect(!!part(second, 'banner')).to.equal(true);

      const heardBySecond = oneEvent(second, 'cookie-charter-change');
      part(banner, 'accept')!.click();
      await heardBySecond;
      await second.updateComplete;
      await charterMode.updateComplete;
      expect(!!part(second, 'banner')).to.equal(false);
      expect(second.choices).to.deep.equal({ statistics: true, media: true });
      const charterSwitch = charterMode.shadowRoot!.querySelector<HTMLInputElement>('#cc-switch-statistics')!;
      expect(charterSwitch.checked, 'the charter shows the new choice').to.equal(true);

      charterSwitch.click();
      charterMode.shadowRoot!.querySelector<HTMLElement>('.choices [part~=save]')!.click();
      await banner.updateComplete;
      expect(banner.has('statistics'), 'a withdrawal in the charter reaches the banner element').to.equal(false);
    });

    it('a charter element without JSON uses the page’s other element’s', async () => {
      await charter();
      const bare = document.createElement('cookie-charter');
      bare.setAttribute('mode', 'charter');
      document.body.append(bare);
      try {
        await partRendered(bare, 'charter');
        expect(bare.shadowRoot!.textContent).to.include('VISITOR_INFO1_LIVE');
      } finally {
        bare.remove();
      }
    });
  });

  describe('a charter element that borrows the JSON', () => {
    it('takes the page-level attributes it does not set itself, with it', async () => {
      const banner = await charter(CONFIG, {
        'platform-url': 'https://data.example.fr',
        'policy-url': '/pages/charte-cookies/',
        'cookie-name': 'portal_choice',
        'max-age-days': '30',
        'reload-on-withdraw': '',
        'heading-level': '3',
        lang: 'en',
      });
      const bare = addMarkup('<cookie-charter mode="charter" policy-url="/autre/"></cookie-charter>').querySelector('cookie-charter')!;
      const charterPart = await partRendered(bare, 'charter');
      expect(charterPart.textContent, 'the platform named').to.include('https://data.example.fr');
      expect(bare.cookieName).to.equal('portal_choice');
      expect(bare.maxAgeDays).to.equal(30);
      expect(bare.reloadOnWithdraw).to.equal(true);
      expect(bare.policyUrl, 'its own kept').to.equal('/autre/');
      expect(bare.headingLevel, 'not page-level: its own default').to.equal(2);
      expect(charterPart.textContent, 'lang is not page-level: its own, French').to.include('À quoi servent');

      bare.shadowRoot!.querySelector<HTMLElement>('.choices [part~=accept]')!.click();
      expect(rawCookie('portal_choice'), 'stored under the portal’s cookie name').to.not.equal(undefined);
      expect(rawCookie(), 'not under the default one').to.equal(undefined);
      await banner.updateComplete;
      expect(banner.has('statistics'), 'the banner element reads the same choice').to.equal(true);
      document.cookie = 'portal_choice=; path=/; max-age=0';
    });
  });

  describe('reopen links', () => {
    it('data-cookie-charter="open" opens the preferences instead of following the link', async () => {
      const el = await charter();
      el.acceptAll();
      const link = document.createElement('a');
      link.href = '#should-not-navigate';
      link.dataset.cookieCharter = 'open';
      link.textContent = 'Gestion des cookies';
      document.body.append(link);
      try {
        link.click();
        const dialog = await partRendered(el, 'preferences');
        expect(dialog.querySelector<HTMLInputElement>('#cc-preference-statistics')!.checked).to.equal(true);
        expect(location.hash).to.equal('');
      } finally {
        link.remove();
      }
    });

    it('works from a button inside another component’s shadow root, and from a charter-only page', async () => {
      const el = await charter(CONFIG, { mode: 'charter' });
      const host = document.createElement('div');
      const button = document.createElement('button');
      button.dataset.cookieCharter = 'open';
      host.attachShadow({ mode: 'open' }).append(button);
      document.body.append(host);
      try {
        button.click();
        await partRendered(el, 'preferences');
      } finally {
        host.remove();
      }
    });

    it('stops answering once the element is gone', async () => {
      const el = await charter();
      el.remove();
      const link = document.createElement('a');
      link.href = '#gone';
      link.dataset.cookieCharter = 'open';
      document.body.append(link);
      try {
        link.click();
        await waitUntil(() => location.hash == '#gone', 'the link navigates normally');
      } finally {
        link.remove();
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });
});
