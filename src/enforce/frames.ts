/**
 * Gated frames: `<iframe data-cookie-category="media" data-src="…" title="…">` gets its `src` once its
 * category is granted. Until then a placeholder stands in the frame's box: it says what the frame is,
 * who provides it, and offers to accept its category.
 */
import { fill } from '../format.js';

export interface PlaceholderTexts {
  placeholderText: string;
  placeholderButton: string;
}

const placeholders = new WeakMap<HTMLIFrameElement, HTMLElement>();

const PLACEHOLDER_STYLE = `
  :host { box-sizing: border-box; display: flex; flex-direction: column; align-items: center; justify-content: center;
    gap: 0.75rem; min-height: 150px; padding: 1rem; border: 1px solid #8a8a8a; background: #f0f0f0; color: #161616;
    font: inherit; text-align: center; }
  p { margin: 0; max-width: 40rem; }
  button { min-height: 2.75rem; padding: 0.5rem 1rem; border: 2px solid #000091; border-radius: 0.25rem;
    background: #000091; color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
  button:focus-visible { outline: 3px solid #000091; outline-offset: 2px; }
`;

export interface FrameCategory {
  label: string;
  providers: string;
}

export function gateFrames(
  granted: (category: string) => boolean,
  describe: (category: string, frame: HTMLIFrameElement) => [FrameCategory, PlaceholderTexts, string],
  accept: (category: string) => void,
): void {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-cookie-category][data-src]')) {
    const category = frame.dataset.cookieCategory!;
    const placeholder = placeholders.get(frame);
    if (granted(category)) {
      frame.src = frame.dataset.src!;
      frame.removeAttribute('data-src');
      frame.style.removeProperty('display');
      placeholder?.remove();
    } else if (!placeholder) {
      const [{ label, providers }, t, lang] = describe(category, frame);
      const box = document.createElement('div');
      box.className = `cookie-charter-placeholder ${frame.className}`.trim();
      box.lang = lang;
      // The frame's box: its class brings what the page's CSS says; its width and height attributes, a
      // box of that ratio up to that width. Inline, so that the page's CSS for the class cannot make
      // the placeholder anything but a centred column.
      box.style.display = 'flex';
      if (+frame.width && +frame.height)
        // (min-height auto: an aspect-ratio box then grows to fit its text on a narrow screen.)
        Object.assign(box.style, { width: '100%', maxWidth: `${frame.width}px`, aspectRatio: `${frame.width} / ${frame.height}`, height: 'auto', minHeight: 'auto' });
      const root = box.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = PLACEHOLDER_STYLE;
      const text = document.createElement('p');
      text.textContent = fill(t.placeholderText, { title: frame.title || new URL(frame.dataset.src!, location.href).host, category: label, providers });
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = fill(t.placeholderButton, { category: label });
      button.addEventListener('click', () => accept(category));
      root.append(style, text, button);
      // Not `hidden`: a page's `display` for the frame's class would win over it.
      frame.style.setProperty('display', 'none', 'important');
      frame.before(box);
      placeholders.set(frame, box);
    }
  }
}
