/**
 * The stored choice: what the buttons write in the real cookie, read back and parsed as a server
 * would; what a later page view does with it; and every malformed value, which asks again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CONFIG, browserCookies, charter, consoleErrors, part, partRendered, rawCookie, storeRaw, storedChoice } from './helpers.js';

const DAY = 864e5;

/** The revision the element derives for CONFIG: read from a choice it stored. */
async function currentRevision(): Promise<string> {
  const el = await charter();
  el.rejectAll();
  const { rev } = storedChoice();
  el.remove();
  document.cookie = 'cookies_preferences=; path=/; max-age=0';
  return rev;
}

/** A stored choice that the element accepts, with `changes` applied. */
async function validChoice(changes: Record<string, unknown> = {}) {
  return {
    v: 1,
    rev: await currentRevision(),
    date: new Date(Date.now() - 60_000).toISOString(),
    id: '0123456789abcdef0123456789abcdef',
    choices: { statistics: true, media: false },
    ...changes,
  };
}

describe('storage', () => {
  it('shows the banner when nothing is stored, and stores nothing by itself', async () => {
    const el = await charter();
    expect(!!part(el, 'banner')).to.equal(true);
    expect(rawCookie()).to.equal(undefined);
    expect(el.choices).to.equal(null);
  });

  it('stores a refusal: every optional category false, in the documented format', async () => {
    const el = await charter();
    const before = Date.now();
    part(el, 'reject')!.click();
    await el.updateComplete;

    const raw = rawCookie()!;
    const stored = JSON.parse(decodeURIComponent(raw));
    expect(raw, 'URI-encoded: only the characters a cookie value allows (RFC 6265)').to.match(
      /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/,
    );
    expect(decodeURIComponent(raw)).to.equal(JSON.stringify(stored));
    expect(Object.keys(stored)).to.deep.equal(['v', 'rev', 'date', 'id', 'choices']);
    expect(stored.v).to.equal(1);
    expect(stored.rev).to.be.a('string').and.not.empty;
    expect(Date.parse(stored.date)).to.be.within(before - 1000, Date.now() + 1000);
    expect(stored.id).to.match(/^[0-9a-z]{12,}$/);
    expect(stored.choices).to.deep.equal({ statistics: false, media: false });
    expect(!!part(el, 'banner'), 'banner hidden').to.equal(false);
    expect(el.has('statistics')).to.equal(false);
    expect(el.has('necessary')).to.equal(true);
  });

  it('stores an acceptance: every optional category true', async () => {
    const el = await charter();
    part(el, 'accept')!.click();
    await el.updateComplete;
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: true });
    expect(el.choices).to.deep.equal({ statistics: true, media: true });
    expect(!!part(el, 'banner')).to.equal(false);
  });

  it('writes the cookie with Path=/, SameSite=Lax and a Max-Age of max-age-days', async () => {
    const el = await charter(CONFIG, { 'max-age-days': '30' });
    el.acceptAll();
    const cookie = (await browserCookies()).find((c) => c.name == 'cookies_preferences')!;
    expect(cookie.path).to.equal('/');
    expect(cookie.sameSite).to.equal('Lax');
    expect(cookie.secure, 'no Secure on http').to.equal(false);
    expect(cookie.expires * 1000).to.be.within(Date.now() + 30 * DAY - 60_000, Date.now() + 30 * DAY + 60_000);
  });

  it('stores a customised choice from the preferences', async () => {
    const el = await charter();
    part(el, 'customize')!.click();
    const dialog = await partRendered(el, 'preferences');
    const statistics = dialog.querySelector<HTMLInputElement>('input[role=switch]#cc-preference-statistics')!;
    const media = dialog.querySelector<HTMLInputElement>('input[role=switch]#cc-preference-media')!;
    expect(statistics.checked, 'optional categories start refused').to.equal(false);
    expect(media.checked).to.equal(false);
    statistics.click();
    part(el, 'save')!.click();
    await el.updateComplete;
    expect(storedChoice().choices).to.deep.equal({ statistics: true, media: false });
    expect(!!part(el, 'preferences'), 'dialog closed').to.equal(false);
    expect(!!part(el, 'banner')).to.equal(false);
  });

  it('withdraws a consent as easily: the same switch, a new date, the same consent id', async () => {
    const el = await charter();
    el.acceptAll();
    const first = storedChoice();
    await waitUntil(() => new Date().toISOString() > first.date, 'the clock moved on');
    await el.show();
    const dialog = await partRendered(el, 'preferences');
    const statistics = dialog.querySelector<HTMLInputElement>('#cc-preference-statistics')!;
    expect(statistics.checked, 'shows the current choice').to.equal(true);
    statistics.click();
    part(el, 'save')!.click();
    await el.updateComplete;
    const second = storedChoice();
    expect(second.choices).to.deep.equal({ statistics: false, media: true });
    expect(second.id).to.equal(first.id);
    expect(Date.parse(second.date)).to.be.greaterThan(Date.parse(first.date));
    expect(el.has('statistics')).to.equal(false);
  });

  it('keeps the choice for the next page view', async () => {
    const first = await charter();
    first.rejectAll();
    first.remove();
    const next = await charter();
    expect(!!part(next, 'banner')).to.equal(false);
    expect(next.choices).to.deep.equal({ statistics: false, media: false });
  });

  it('asks again when the revision changes', async () => {
    const el = await charter(CONFIG, { revision: '2026-01' });
    el.acceptAll();
    el.remove();
    expect(!!part(await charter(CONFIG, { revision: '2026-01' }), 'banner')).to.equal(false);
    const next = await charter(CONFIG, { revision: '2026-02' });
    expect(!!part(next, 'banner')).to.equal(true);
    expect(next.choices).to.equal(null);
    expect(next.has('statistics')).to.equal(false);
  });

  it('asks again when a category is added (derived revision)', async () => {
    const el = await charter();
    el.acceptAll();
    el.remove();
    const more = { ...CONFIG, categories: [...CONFIG.categories, { id: 'ads', label: 'Publicité' }] };
    expect(!!part(await charter(more), 'banner')).to.equal(true);
  });

  it('asks again when the choice is older than max-age-days, quietly', async () => {
    storeRaw(JSON.stringify(await validChoice({ date: new Date(Date.now() - 31 * DAY).toISOString() })));
    const errors = await consoleErrors(async () => {
      expect(!!part(await charter(CONFIG, { 'max-age-days': '30' }), 'banner')).to.equal(true);
    });
    expect(errors).to.deep.equal([]);
    expect(!!part(await charter(CONFIG, { 'max-age-days': '32' }), 'banner')).to.equal(false);
  });

  it('accepts a valid stored choice, written by hand as a server would', async () => {
    storeRaw(JSON.stringify(await validChoice()));
    const el = await charter();
    expect(!!part(el, 'banner')).to.equal(false);
    expect(el.choices).to.deep.equal({ statistics: true, media: false });
  });

  it('a stored choice without a category that needs consent: that one is undecided, and the banner asks again (its buttons decide every category)', async () => {
    const valid = await validChoice();
    storeRaw(JSON.stringify({ ...valid, choices: { statistics: true } }));
    let el!: Awaited<ReturnType<typeof charter>>;
    const errors = await consoleErrors(async () => (el = await charter()));
    expect(errors).to.deep.equal([]);
    expect(el.choices).to.deep.equal({ statistics: true });
    expect(el.has('statistics')).to.equal(true);
    expect(el.has('media')).to.equal(false);
    expect(part(el, 'description')!.textContent).to.include('Vidéos').and.include('Mesure');
    part(el, 'accept')!.click();
    expect(el.choices).to.deep.equal({ statistics: true, media: true });
    expect(storedChoice().id, 'the same consent').to.equal(valid.id);
  });

  describe('asks again, without throwing, for every malformed value', () => {
    const forged: [string, (valid: Record<string, unknown>) => string][] = [
      ['not JSON', () => '{"v":1,'],
      ['JSON null', () => 'null'],
      ['a number', () => '42'],
      ['an array', () => '[1]'],
      ['an unknown top-level key', (v) => JSON.stringify({ ...v, admin: true })],
      ['a missing date', (v) => JSON.stringify({ ...v, date: undefined })],
      ['a date that is not ISO', (v) => JSON.stringify({ ...v, date: '23/11/2026' })],
      ['a date in the future', (v) => JSON.stringify({ ...v, date: new Date(Date.now() + 10 * DAY).toISOString() })],
      ['a numeric id', (v) => JSON.stringify({ ...v, id: 42 })],
      ['an id with markup', (v) => JSON.stringify({ ...v, id: '<img src=x>' })],
      ['choices as a string', (v) => JSON.stringify({ ...v, choices: 'all' })],
      ['choices null', (v) => JSON.stringify({ ...v, choices: null })],
      ['an unknown category', (v) => JSON.stringify({ ...v, choices: { statistics: true, media: true, ads: true } })],
      ['a "__proto__" category', (v) => `${JSON.stringify(v).slice(0, -2)},"__proto__":true}}`],
      ['a non-boolean choice', (v) => JSON.stringify({ ...v, choices: { statistics: 'yes', media: false } })],
      ['no version, and another revision', (v) => JSON.stringify({ rev: 'old', date: v.date, id: v.id, choices: v.choices })],
      ['a version that is not a number', (v) => JSON.stringify({ ...v, v: '1' })],
      ['keys in another order', (v) => JSON.stringify({ choices: v.choices, v: 1, rev: v.rev, date: v.date, id: v.id })],
    ];
    for (const [what, make] of forged) {
      it(`${what}: banner, and one cookie-charter error`, async () => {
        storeRaw(make(await validChoice()));
        let el!: Awaited<ReturnType<typeof charter>>;
        const errors = await consoleErrors(async () => (el = await charter()));
        expect(!!part(el, 'banner')).to.equal(true);
        expect(el.choices).to.equal(null);
        expect(el.has('statistics')).to.equal(false);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(/^cookie-charter: the stored cookie cookies_preferences is not a valid choice/);
      });
    }

    const stale: [string, (valid: Record<string, unknown>) => string][] = [
      ['another version', (v) => JSON.stringify({ ...v, v: 2 })],
      ['another revision', (v) => JSON.stringify({ ...v, rev: 'old' })],
      ['an empty value', () => ''],
    ];
    for (const [what, make] of stale) {
      it(`${what}: banner, quietly`, async () => {
        storeRaw(make(await validChoice()));
        let el!: Awaited<ReturnType<typeof charter>>;
        const errors = await consoleErrors(async () => (el = await charter()));
        expect(!!part(el, 'banner')).to.equal(true);
        expect(errors.filter((e) => e.includes('stored cookie'))).to.deep.equal([]);
      });
    }
  });

  it('asks again for a value that is not even URI-decodable', async () => {
    document.cookie = 'cookies_preferences=%E0%A4%A; path=/';
    const el = await charter();
    expect(!!part(el, 'banner')).to.equal(true);
    expect(el.choices).to.equal(null);
  });

  it('replaces a malformed value with the next choice', async () => {
    storeRaw('garbage');
    const el = await consoleErrors(() => charter()).then(() => document.querySelector('cookie-charter')!);
    el.rejectAll();
    await waitUntil(() => storedChoice()?.v === 1);
    expect(storedChoice().choices).to.deep.equal({ statistics: false, media: false });
  });

  it('uses cookie-name', async () => {
    const el = await charter(CONFIG, { 'cookie-name': 'consent' });
    el.acceptAll();
    expect(storedChoice('consent').choices).to.deep.equal({ statistics: true, media: true });
    expect(rawCookie()).to.equal(undefined);
  });
});
