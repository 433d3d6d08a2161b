/**
 * Gated frames: `<iframe data-cookie-category="media" data-src="…" title="…">` gets its `src` once its
 * category is granted, `<iframe data-cookie-category="media" data-srcdoc="…">` its `srcdoc` (a frame
 * with a real `srcdoc` attribute shows it before any script could gate it). Until then a placeholder
 * stands in the frame's box: it says what the frame is, who provides it, and offers to accept its
 * category. When the category is withdrawn, a loaded frame goes back to its placeholder, emptied.
 * A `data-src` that is not an http(s) URL (`javascript:`, `data:`…) is never loaded, and reported.
 */
import { fill } from '../format.js';
import { report } from '../report.js';
import { assigned, pageCode } from './trusted-types.js';

export interface PlaceholderTexts {
  placeholderText: string;
  placeholderButton: string;
}

export interface FrameCategory {
  label: string;
  providers: string;
}

/** What a gated frame loads: its `src` or its `srcdoc`, and the value. */
type Source = ['src' | 'srcdoc', string];

const placeholders = new WeakMap<HTMLIFrameElement, HTMLElement>();
/** The frames this part loaded, with what from: a withdrawal puts it back in its data- attribute. */
const loaded = new WeakMap<HTMLIFrameElement, Source>();
/** Frames that cannot be loaded (reported once each): left as they are. */
const refused = new WeakSet<HTMLIFrameElement>();

/** The element's custom properties the placeholder follows (its defaults: those of a light page). */
const THEMED = ['font', 'color', 'background', 'accent', 'accent-contrast', 'radius'];
const PLACEHOLDER_STYLE = `
  :host { box-sizing: border-box; display: flex; flex-direction: column; align-items: center; justify-content: center;
    gap: 0.75rem; min-height: 150px; padding: 1rem; border: 1px solid #8a8a8a;
    background: var(--cookie-charter-background, #f0f0f0); color: var(--cookie-charter-color, #161616);
    font: var(--cookie-charter-font, inherit); text-align: center; }
  p { margin: 0; max-width: 40rem; }
  button { min-height: 2.75rem; padding: 0.5rem 1rem; border: 2px solid var(--cookie-charter-accent, #000091);
    border-radius: var(--cookie-charter-radius, 0.25rem); background: var(--cookie-charter-accent, #000091);
    color: var(--cookie-charter-accent-contrast, #fff); font: inherit; font-weight: 600; cursor: pointer; }
  button:focus-visible { outline: 3px solid var(--cookie-charter-accent, #000091); outline-offset: 2px; }
`;
/**
 * A constructed style sheet, adopted by each placeholder's shadow root: a `<style>` element would be
 * blocked by a CSP's `style-src 'self'`, an adopted sheet is not.
 */
let sheet: CSSStyleSheet | undefined;

/**
 * `granted(category)`: true to load, false to show the placeholder (and put back a loaded frame),
 * undefined when nobody can say (the element is gone): nothing loads, nothing loaded is put back.
 */
export function gateFrames(
  granted: (category: string) => boolean | undefined,
  describe: (category: string, frame: HTMLIFrameElement) => [FrameCategory, PlaceholderTexts, string, CSSStyleDeclaration],
  accept: (category: string) => void,
): void {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-cookie-category]')) {
    if (refused.has(frame)) continue;
    // One frame that cannot be gated does not keep the others from their turn.
    try {
      gateFrame(frame, granted(frame.dataset.cookieCategory!), describe, accept);
    } catch (error) {
      refuse(frame, `${error}`);
    }
  }
}

function gateFrame(
  frame: HTMLIFrameElement,
  granted: boolean | undefined,
  describe: (category: string, frame: HTMLIFrameElement) => [FrameCategory, PlaceholderTexts, string, CSSStyleDeclaration],
  accept: (category: string) => void,
): void {
  const category = frame.dataset.cookieCategory!;
  if (loaded.has(frame)) {
    if (granted === false) unload(frame, loaded.get(frame)!);
    else return;
  }
  const source = sourceOf(frame);
  if (!source) return;
  if (granted) {
    const [attribute, value] = source;
    const code = pageCode();
    // srcdoc is a Trusted Types sink (HTML); src is not.
    if (!assigned(() => (attribute == 'src' ? (frame.src = value) : (frame.srcdoc = code.createHTML(value))))) {
      refused.add(frame);
      return;
    }
    frame.removeAttribute(`data-${attribute}`);
    loaded.set(frame, source);
    frame.style.removeProperty('display');
    placeholders.get(frame)?.remove();
    placeholders.delete(frame);
  } else if (!placeholders.has(frame)) {
    const [{ label, providers }, t, lang, theme] = describe(category, frame);
    const box = document.createElement('div');
    box.className = `cookie-charter-placeholder ${frame.className}`.trim();
    box.lang = lang;
    // The frame's box: its class brings what the page's CSS says; its width and height attributes, a
    // box of that ratio up to that width. Inline (through the CSSOM, which a CSP's style-src allows),
    // so that the page's CSS for the class cannot make the placeholder anything but a centred column.
    box.style.display = 'flex';
    if (+frame.width && +frame.height)
      // (min-height auto: an aspect-ratio box then grows to fit its text on a narrow screen.)
      Object.assign(box.style, {
        width: '100%',
        maxWidth: `${frame.width}px`,
        aspectRatio: `${frame.width} / ${frame.height}`,
        height: 'auto',
        minHeight: 'auto',
      });
    // The element's custom properties, set on it or anywhere above it: the placeholder is elsewhere in the
    // page, where those set on the element do not reach by inheritance.
    for (const name of THEMED) {
      const value = theme.getPropertyValue(`--cookie-charter-${name}`);
      if (value) box.style.setProperty(`--cookie-charter-${name}`, value);
    }
    const root = box.attachShadow({ mode: 'open' });
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(PLACEHOLDER_STYLE);
    root.adoptedStyleSheets = [sheet];
    const text = document.createElement('p');
    const title = frame.title || (source[0] == 'src' ? new URL(source[1], document.baseURI).host : label);
    text.textContent = fill(t.placeholderText, { title, category: label, providers });
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = fill(t.placeholderButton, { category: label });
    button.addEventListener('click', () => accept(category));
    root.append(text, button);
    // Not `hidden`: a page's `display` for the frame's class would win over it.
    frame.style.setProperty('display', 'none', 'important');
    frame.before(box);
    placeholders.set(frame, box);
  }
}

/**
 * What the frame is to load: its `data-srcdoc` (which wins, as `srcdoc` does over `src`), else its
 * `data-src`, only when that is an http(s) URL (a `javascript:` or `data:` URL would run code in the
 * page's name rather than show a third party's content). Null when it has neither (not gated, or
 * loaded by the page itself) or the URL is refused.
 */
function sourceOf(frame: HTMLIFrameElement): Source | null {
  const { src, srcdoc } = frame.dataset;
  if (srcdoc !== undefined) return ['srcdoc', srcdoc];
  if (src === undefined) return null;
  let url: URL | undefined;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    // Reported below, as any URL that is not http(s).
  }
  if (url?.protocol == 'http:' || url?.protocol == 'https:') return ['src', src];
  refuse(frame, `data-src ${JSON.stringify(src)} is not an http(s) URL: never loaded`);
  return null;
}

function refuse(frame: HTMLIFrameElement, problem: string): void {
  refused.add(frame);
  report([`iframe${frame.title ? ` "${frame.title}"` : ''}[data-cookie-category="${frame.dataset.cookieCategory}"]: ${problem}`]);
}

/** Withdrawn: the frame gets back its data- attribute, and loses the third party's document. */
function unload(frame: HTMLIFrameElement, [attribute, value]: Source): void {
  loaded.delete(frame);
  frame.removeAttribute(attribute);
  frame.setAttribute(`data-${attribute}`, value);
  // Taken out of the page, a frame loses its document (and the third party its scripts); put back
  // in the same place without src, it holds an empty one.
  const { parentNode, nextSibling } = frame;
  frame.remove();
  parentNode?.insertBefore(frame, nextSibling);
}
