/**
 * Gated frames: a placeholder until their category is granted, then their `data-src` or
 * `data-srcdoc`; back to the placeholder when it is withdrawn. A `data-src` that is not http(s) is
 * never loaded, and one bad frame does not keep the others from loading.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { addMarkup, charter, consoleErrors, nothingMoreWithin, part, storedChoice } from './helpers.js';

/** Appends markup to the page (removed after the test). */
const page = addMarkup;

const placeholderOf = (holder: HTMLElement) => holder.querySelector<HTMLElement>('.cookie-charter-placeholder');
/** What the frame shows: the text of its document's paragraph (same-origin fixtures), '' for an empty document. */
const shown = (frame: HTMLIFrameElement) => frame.contentDocument?.querySelector('p')?.textContent ?? '';

type Flags = { __framedRuns?: number };
const flags = window as unknown as Flags;

afterEach(() => {
  delete flags.__framedRuns;
});

describe('gated frames', () => {
  it('show a placeholder that says what they are, then load on consent from it', async () => {
    const holder = page(
      '<iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Vidéo de présentation" width="320" height="180"></iframe>',
    );
    const frame = holder.querySelector('iframe')!;
    const el = await charter();
    const placeholder = await waitUntil(() => holder.querySelector<HTMLElement>('.cookie-charter-placeholder'), 'a placeholder').then(() =>
      holder.querySelector<HTMLElement>('.cookie-charter-placeholder')!,
    );
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(getComputedStyle(frame).display).to.equal('none');
    expect(placeholder.getBoundingClientRect().width).to.be.closeTo(320, 1);
    expect(placeholder.getBoundingClientRect().height).to.be.closeTo(180, 1);
    const text = placeholder.shadowRoot!.textContent!;
    expect(text).to.include('Vidéo de présentation').and.include('YouTube').and.include('Vidéos');
    await expect(placeholder).to.be.accessible();
    placeholder.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => frame.getAttribute('src') == '/test/fixtures/frame.html', 'the frame loads');
    expect(getComputedStyle(frame).display).to.equal('inline');
    expect(placeholder.isConnected).to.equal(false);
    expect(storedChoice().choices).to.deep.equal({ media: true });
    expect(el.has('media')).to.equal(true);
  });

  it('load at once when already granted', async () => {
    const first = await charter();
    first.acceptAll();
    first.remove();
    const holder = page('<iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Vidéo"></iframe>');
    await charter();
    await waitUntil(() => holder.querySelector('iframe')!.getAttribute('src'), 'the frame loads');
    expect(holder.querySelector('.cookie-charter-placeholder')).to.equal(null);
  });
});

describe("a placeholder's button", () => {
  it('stores its own category only, and the banner goes on asking about the others, which stay undecided', async () => {
    const holder = page('<iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Vidéo"></iframe>');
    const frame = holder.querySelector('iframe')!;
    const el = await charter();
    await waitUntil(() => placeholderOf(holder), 'a placeholder');
    placeholderOf(holder)!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => frame.getAttribute('src') == '/test/fixtures/frame.html', 'the frame loads');
    expect(storedChoice().choices, 'nothing but the clicked category').to.deep.equal({ media: true });
    expect(el.has('statistics')).to.equal(false);
    await el.updateComplete;
    expect(part(el, 'banner'), 'the banner still asks').to.not.equal(null);
    // It names every category its buttons decide: Tout accepter and Tout refuser decide them all.
    expect(part(el, 'description')!.textContent).to.include('Mesure d’audience').and.include('Vidéos');

    // The next page too: a stored choice without a category is no error, that category is asked about.
    const errors = await consoleErrors(async () => {
      const next = await charter();
      expect(part(next, 'banner')).to.not.equal(null);
      expect(next.choices).to.deep.equal({ media: true });
    });
    expect(errors).to.deep.equal([]);

    // Its Tout refuser refuses every category, the frame's included (the contract: after Tout refuser
    // no gated frame loads): the frame goes back behind its placeholder.
    part(el, 'reject')!.click();
    await el.updateComplete;
    expect(storedChoice().choices).to.deep.equal({ statistics: false, media: false });
    expect(part(el, 'banner')).to.equal(null);
    await waitUntil(() => placeholderOf(holder), 'the frame back behind its placeholder');
    expect(frame.hasAttribute('src')).to.equal(false);
  });
});

describe('gated srcdoc frames', () => {
  it('data-srcdoc: a placeholder and nothing rendered until consent, then the document', async () => {
    const holder = page('<iframe data-cookie-category="media" data-srcdoc="<p>Une carte.</p>" title="Carte des équipements"></iframe>');
    const frame = holder.querySelector('iframe')!;
    const el = await charter();
    await waitUntil(() => placeholderOf(holder), 'a placeholder');
    expect(placeholderOf(holder)!.shadowRoot!.textContent).to.include('Carte des équipements').and.include('YouTube');
    expect(frame.hasAttribute('srcdoc')).to.equal(false);
    expect(shown(frame)).to.equal('');
    placeholderOf(holder)!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => shown(frame) == 'Une carte.', 'the frame shows its document');
    expect(placeholderOf(holder)).to.equal(null);
    expect(storedChoice().choices).to.deep.equal({ media: true });
    expect(el.has('media')).to.equal(true);
  });
});

describe('gated frames cannot be turned against the visitor', () => {
  it('a data-src that is not http(s) is never loaded and is reported; the frames after it are still gated and load', async () => {
    const holder = page(`
      <iframe data-cookie-category="media" data-src="javascript:parent.__framedRuns=1" title="Script"></iframe>
      <iframe data-cookie-category="media" data-src="data:text/html,<p>data</p>" title="Data"></iframe>
      <iframe data-cookie-category="media" data-src="http://["></iframe>
      <iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Vidéo"></iframe>`);
    const frames = [...holder.querySelectorAll('iframe')];
    const errors = await consoleErrors(async () => {
      await charter();
      await waitUntil(() => placeholderOf(holder), 'the good frame gets its placeholder');
    }, 3);
    expect(errors).to.have.length(3);
    expect(errors[0]).to.equal(
      'cookie-charter: iframe "Script"[data-cookie-category="media"]: data-src "javascript:parent.__framedRuns=1" is not an http(s) URL: never loaded',
    );
    expect(errors[1]).to.include('iframe "Data"').and.include('"data:text/html,<p>data</p>" is not an http(s) URL');
    expect(errors[2]).to.include('iframe[data-cookie-category="media"]: data-src "http://[" is not an http(s) URL');
    expect(holder.querySelectorAll('.cookie-charter-placeholder'), 'only the good frame has one').to.have.length(1);

    const later = await consoleErrors(async () => {
      document.querySelector('cookie-charter')!.acceptAll();
      await waitUntil(() => shown(frames[3]) == 'La vidéo.', 'the good frame loads');
    });
    expect(later, 'each reported once').to.deep.equal([]);
    for (const frame of frames.slice(0, 3)) expect(frame.hasAttribute('src'), frame.dataset.src).to.equal(false);
    expect(flags.__framedRuns, 'the javascript: URL never ran').to.equal(undefined);
  });

  it('a withdrawn category puts its loaded frames back behind their placeholder, emptied, without a reload', async () => {
    const holder = page(`
      <iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Vidéo"></iframe>
      <iframe data-cookie-category="media" data-srcdoc="<p>Une carte.</p>" title="Carte"></iframe>`);
    const [video, map] = holder.querySelectorAll('iframe');
    const el = await charter();
    el.acceptAll();
    await waitUntil(() => shown(video) == 'La vidéo.' && shown(map) == 'Une carte.', 'both frames show');
    el.save({ media: false });
    await waitUntil(() => holder.querySelectorAll('.cookie-charter-placeholder').length == 2, 'the placeholders are back');
    expect(shown(video), 'the third party’s document is gone').to.equal('');
    expect(shown(map)).to.equal('');
    expect(video.hasAttribute('src')).to.equal(false);
    expect(video.dataset.src).to.equal('/test/fixtures/frame.html');
    expect(map.hasAttribute('srcdoc')).to.equal(false);
    expect(map.dataset.srcdoc).to.equal('<p>Une carte.</p>');
    expect(getComputedStyle(video).display).to.equal('none');
    el.save({ media: true });
    await waitUntil(() => shown(video) == 'La vidéo.' && shown(map) == 'Une carte.', 'granted again, both show again');
    expect(placeholderOf(holder)).to.equal(null);
  });

  it('a loaded frame stays when the element is removed (nobody withdrew anything); with no element left, the page is no longer watched', async () => {
    const holder = page('<iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Vidéo"></iframe>');
    const frame = holder.querySelector('iframe')!;
    const el = await charter();
    el.acceptAll();
    await waitUntil(() => shown(frame) == 'La vidéo.', 'the frame shows');
    el.remove();
    const later = page(
      '<iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Une autre"></iframe>',
    ).querySelector('iframe')!;
    await nothingMoreWithin(200);
    expect(shown(frame)).to.equal('La vidéo.');
    // The page's watcher stopped with the last element: the new frame is left as the page wrote it,
    // unloaded (data-src is no src), with no placeholder.
    expect(later.hasAttribute('src'), 'not loaded').to.equal(false);
    expect(document.querySelectorAll('.cookie-charter-placeholder').length).to.equal(0);
    // A new element watches again: the choice still grants the frame.
    await charter();
    page('<iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Une troisième"></iframe>');
    await waitUntil(() => later.getAttribute('src'), 'the frames load again under the new element');
  });
});

describe('the placeholder follows the element’s custom properties', () => {
  afterEach(() => document.documentElement.style.removeProperty('--cookie-charter-font'));

  it('set on the element and on :root: colours, font, radius, focus ring', async () => {
    document.documentElement.style.setProperty('--cookie-charter-font', 'italic 20px Georgia, serif');
    const holder = page('<iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Vidéo"></iframe>');
    await charter(undefined, {
      style: [
        '--cookie-charter-accent: rgb(106, 27, 154)',
        '--cookie-charter-accent-contrast: rgb(255, 255, 0)',
        '--cookie-charter-background: rgb(1, 2, 3)',
        '--cookie-charter-color: rgb(250, 250, 250)',
        '--cookie-charter-radius: 0px',
      ].join(';'),
    });
    await waitUntil(() => placeholderOf(holder), 'a placeholder');
    const box = getComputedStyle(placeholderOf(holder)!);
    expect(box.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(box.color).to.equal('rgb(250, 250, 250)');
    expect(box.fontFamily).to.include('Georgia');
    expect(box.fontStyle).to.equal('italic');
    const button = placeholderOf(holder)!.shadowRoot!.querySelector('button')!;
    const style = getComputedStyle(button);
    expect(style.backgroundColor).to.equal('rgb(106, 27, 154)');
    expect(style.borderTopColor).to.equal('rgb(106, 27, 154)');
    expect(style.color).to.equal('rgb(255, 255, 0)');
    expect(style.borderTopLeftRadius).to.equal('0px');
    expect(style.fontFamily).to.include('Georgia');
    button.focus();
    expect(button.matches(':focus-visible'), 'focused from script: the ring shows').to.equal(true);
    expect(getComputedStyle(button).outlineColor).to.equal('rgb(106, 27, 154)');
  });

  it('unset: the light defaults it had', async () => {
    const holder = page('<iframe data-cookie-category="media" data-src="/test/fixtures/frame.html" title="Vidéo"></iframe>');
    await charter();
    await waitUntil(() => placeholderOf(holder), 'a placeholder');
    expect(getComputedStyle(placeholderOf(holder)!).backgroundColor).to.equal('rgb(240, 240, 240)');
    const button = getComputedStyle(placeholderOf(holder)!.shadowRoot!.querySelector('button')!);
    expect(button.backgroundColor).to.equal('rgb(0, 0, 145)');
    expect(button.color).to.equal('rgb(255, 255, 255)');
  });
});
