import { unsafeCSS } from '@lit/reactive-element';

// Our own constant CSS, so unsafeCSS is safe, and it spares the banner's path the `css` tag (its
// checks and error message). The identity tag lets the build minify the text like any css``.
const css = String.raw;

/**
 * Styles of everything on the banner's path (the charter's and the dialog's are in views/lazy.styles.ts).
 * Every themable value is `var(--cookie-charter-…, default)`, so a page can set it anywhere up the
 * tree. The banner and the dialog follow the visitor's colour scheme; the charter, part of the page,
 * follows the page's (see views/lazy.styles.ts).
 */
export const styles = unsafeCSS(css`
  :host {
    display: block;
    font: var(--cookie-charter-font, inherit);
    --_fg: var(--cookie-charter-color, #161616);
    --_bg: var(--cookie-charter-background, #fff);
    --_accent: var(--cookie-charter-accent, #000091);
    --_on-accent: var(--cookie-charter-accent-contrast, #fff);
    --_radius: var(--cookie-charter-radius, 0.25rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--cookie-charter-color, #eee);
      --_bg: var(--cookie-charter-background, #1e1e1e);
      --_accent: var(--cookie-charter-accent, #a5a5ff);
      --_on-accent: var(--cookie-charter-accent-contrast, #000);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: var(--cookie-charter-z-index, 2147483000);
    box-sizing: border-box;
    max-width: var(--cookie-charter-max-width, 64rem);
    max-height: 100dvh;
    overflow: auto;
    margin: auto;
    padding: 0.625rem 0.75rem;
    border-radius: var(--_radius) var(--_radius) 0 0;
    box-shadow: var(--cookie-charter-shadow, 0 -0.25rem 1rem #0004);
    /* Forced colours drop the shadow and paint a transparent outline: the banner keeps an edge. */
    outline: 1px solid transparent;
    background: var(--_bg);
    color: var(--_fg);
    font-size: max(0.875rem, 14px);
    line-height: 1.35;
  }
  /* The heading runs into the text: one line less on a phone. */
  .banner :is(h2, p) {
    display: inline;
    font-size: 1em;
  }
  a {
    color: var(--_accent);
  }
  /* A target of at least 24 px, even inside the text. */
  .banner a {
    display: inline-block;
    min-height: 24px;
  }
  /* Equal columns, as many as fit (three on a wide screen, two on a phone, one at large text sizes):
     Tout accepter and Tout refuser always get the same box. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5em), 1fr));
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .actions button {
    padding: 0.375em 0.5em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`);
