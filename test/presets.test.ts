/**
 * Service presets (presets/index.mjs): each one, alone and all together, read by the element's own
 * config reader with no problem, its banner shown and every row in the charter's tables; and
 * applyPresets' merge (categories kept, no duplicate row, settings merged, unknown ids refused).
 */
import { expect } from '@open-wc/testing';
import { applyPresets, presets } from '../presets/index.mjs';
import type { CookieCharter } from '../src/cookie-charter.js';
import { CONFIG, charter, consoleErrors, part, partRendered } from './helpers.js';

/** The rows of the rendered charter, as "name | purpose" lines. */
const charterRows = (el: CookieCharter) =>
  [...part(el, 'charter')!.querySelectorAll('tbody tr')].map((tr) => {
    const cells = [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim());
    return `${cells[2]} | ${cells[3]}`;
  });

describe('service presets', () => {
  for (const [id, preset] of Object.entries(presets)) {
    for (const lang of ['fr', 'en']) {
      it(`${id} (${lang}): no problem, a banner (or none for exempt measurement), every row in the charter`, async () => {
        const config = applyPresets({}, [id], { lang });
        let banner!: CookieCharter;
        let page!: CookieCharter;
        const errors = await consoleErrors(async () => {
          banner = await charter(config, { lang });
          page = await charter(config, { lang, mode: 'charter' });
          await partRendered(page, 'charter');
        });
        expect(errors).to.deep.equal([]);
        // An exempt category asks nothing: no banner (README "Exempt audience measurement").
        expect(!!part(banner, 'banner'), 'banner shown').to.equal(!preset.category.exempt);
        const rows = charterRows(page);
        for (const row of preset.cookiesIn[lang]) expect(rows).to.include(`${row.name} | ${row.purpose}`);
        expect(preset.sources.length).to.be.greaterThan(0);
        for (const source of preset.sources) expect(source).to.match(/^https:\/\/[^ ]+$/);
      });
    }
  }

  it('all of them at once, on a portal’s own configuration: no problem, every row once', async () => {
    const config = applyPresets(CONFIG, Object.keys(presets));
    const errors = await consoleErrors(async () => {
      const el = await charter(config, { mode: 'charter' });
      await partRendered(el, 'charter');
      for (const table of part(el, 'charter')!.querySelectorAll('table')) {
        const names = [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[2].textContent);
        expect(new Set(names).size, 'no duplicate row').to.equal(names.length);
      }
    });
    expect(errors).to.deep.equal([]);
  });
});

describe('presets are authoring data', () => {
  it('none of their rows is in the files a page loads', async () => {
    const names = Object.values(presets).flatMap((p) => p.cookies.map((r) => r.name));
    for (const file of ['', '-lazy', '-enforce', '-en']) {
      const text = await (await fetch(`/dist/cookie-charter${file}.js`)).text();
      expect(text.length, file).to.be.greaterThan(300);
      for (const name of ['VISITOR_INFO1_LIVE', 'personalization_id', '_pcid', 'mtm_consent_removed']) {
        expect(names).to.include(name);
        expect(text, `cookie-charter${file}.js`).not.to.include(name);
      }
    }
  });
});

describe('README “Service presets”', () => {
  it('lists every preset, by id, in the order of presets/index.mjs', async () => {
    const readme = await (await fetch('/README.md')).text();
    const start = readme.indexOf('\n## Service presets\n');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    expect([...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1])).to.deep.equal(Object.keys(presets));
  });
});

describe('applyPresets', () => {
  it('keeps the portal’s category and rows, adds the missing ones, changes nothing in its argument', () => {
    const before = JSON.stringify(CONFIG);
    const merged = applyPresets(CONFIG, ['matomo', 'youtube']);
    expect(JSON.stringify(CONFIG)).to.equal(before);
    expect(merged.categories!.map((c) => c.id)).to.deep.equal(['statistics', 'media']);
    expect(merged.categories![0]).to.deep.equal(CONFIG.categories[0]);
    expect(merged.cookies!.slice(0, 3)).to.deep.equal(CONFIG.cookies);
    expect(merged.cookies!.map((r) => r.name)).to.deep.equal([
      'sessionid',
      '_pk_id.*',
      'VISITOR_INFO1_LIVE',
      '_pk_ses.*',
      '_pk_ref.*',
      'YSC',
      'PREF',
    ]);
  });

  it('adds a row once: twice the same preset, two presets with the same cookie, a cookie the portal already lists', () => {
    const once = applyPresets({}, ['youtube']);
    expect(applyPresets(once, ['youtube', 'youtube-nocookie']).cookies).to.deep.equal(once.cookies);
    expect(applyPresets({}, ['matomo', 'matomo-integration']).cookies!.filter((r) => r.name == '_pk_id.*')).to.have.length(1);
  });

  it('never adds a name the configuration lists in another category: it stays there, and the caller is told', () => {
    const skipped: unknown[] = [];
    const onSkipped = (s: { preset: string; row: { name: string }; category: string }) => skipped.push([s.preset, s.row.name, s.category]);
    const ads = {
      categories: [{ id: 'ads', label: 'Publicité' }],
      cookies: [{ provider: 'Régie', service: 'Pub', name: '_ga', purpose: 'Cibler', category: 'ads' }],
    };
    const merged = applyPresets(ads, ['ga4'], { onSkipped });
    expect(merged.cookies!.filter((r) => r.name == '_ga')).to.deep.equal(ads.cookies);
    expect(merged.cookies!.map((r) => r.name)).to.deep.equal(['_ga', '_ga_*']);
    const necessary = { cookies: [{ provider: 'Portail', service: 'Stats', name: '_pk_id.*', purpose: 'Compter' }] };
    const exempt = applyPresets(necessary, ['matomo-exempt'], { onSkipped });
    expect(exempt.cookies!.filter((r) => r.name == '_pk_id.*')).to.deep.equal(necessary.cookies);
    // Two presets in one call: the first one's category keeps the name.
    applyPresets({}, ['matomo', 'matomo-exempt'], { onSkipped });
    expect(skipped).to.deep.equal([
      ['ga4', '_ga', 'ads'],
      ['matomo-exempt', '_pk_id.*', 'necessary'],
      ['matomo-exempt', '_pk_id.*', 'statistics'],
      ['matomo-exempt', '_pk_ses.*', 'statistics'],
    ]);
  });

  it('merges Consent Mode types and Matomo’s setting into the category', () => {
    const merged = applyPresets({ consentMode: { statistics: ['ad_storage'] } }, ['ga4', 'gtm', 'matomo-integration']);
    expect(merged.consentMode).to.deep.equal({ statistics: ['ad_storage', 'analytics_storage'] });
    expect(merged.categories!.find((c) => c.id == 'statistics')!.matomo).to.equal(true);
  });

  it('refuses unknown ids, naming them and the known ones', () => {
    expect(() => applyPresets({}, ['youtube', 'tiktok', 'myspace'])).to.throw(
      /^cookie-charter: unknown presets "tiktok", "myspace" \(known: matomo, .*google-maps\)$/,
    );
  });
});
