/**
 * Styles of the charter and the preferences, shipped in the lazily loaded part as plain text (the
 * element adopts them as a constructed sheet). Same custom properties as cookie-charter.styles.ts.
 */
// Tagged (with an identity tag, Lit is not available at the top level here) so that the build minifies it.
const css = String.raw;

export const lazyStyles = css`
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
  }
  p {
    margin: 0 0 1rem;
  }
  .preferences {
    box-sizing: border-box;
    width: min(100% - 1rem, var(--cookie-charter-max-width, 64rem));
    max-width: none;
    max-height: calc(100dvh - 1rem);
    padding: 1rem 0.75rem 1.5rem;
    border: 0;
    /* Forced colours drop the shadow and paint a transparent outline: the dialog keeps an edge. */
    outline: 1px solid transparent;
    border-radius: var(--_radius);
    box-shadow: var(--cookie-charter-shadow, 0 -0.25rem 1rem #0004);
    background: var(--_bg);
    color: var(--_fg);
    color-scheme: light dark;
    line-height: 1.5;
  }
  .preferences::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .dialog-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-bottom: 0.5rem;
  }
  /* Beside the close button when both fit, else above it; long words (Préférences at 200 % text on
     a phone) break rather than overflow. */
  .dialog-head h2 {
    flex: 1 1 8em;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .close {
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .categories {
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .categories li {
    padding: 0.75rem 0;
    border-top: 1px solid color-mix(in srgb, currentColor 35%, transparent);
  }
  .categories p {
    margin: 0.25rem 0 0;
  }
  .switch-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    font-weight: 600;
  }
  .always-on {
    font-size: 0.875em;
    font-weight: normal;
  }
  [role='switch'] {
    appearance: none;
    position: relative;
    flex: none;
    box-sizing: border-box;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border: 2px solid currentColor;
    border-radius: 1rem;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  [role='switch']::before {
    content: '';
    position: absolute;
    top: 0.1875rem;
    left: 0.1875rem;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: currentColor;
    transition: transform 0.15s;
  }
  [role='switch']:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  [role='switch']:checked::before {
    background: var(--_on-accent);
    transform: translateX(1.25rem);
  }
  [role='switch']:disabled {
    cursor: default;
    opacity: 0.7;
  }
  @media (prefers-reduced-motion: reduce) {
    [role='switch']::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [role='switch']::before,
    [role='switch']:checked::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
    [role='switch']:checked {
      background: Highlight;
    }
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    min-height: 1.5rem;
    color: var(--_accent);
    cursor: pointer;
  }
  .table-scroll {
    overflow-x: auto;
    margin: 0.5rem 0 1rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  th,
  td {
    padding: 0.5rem;
    border: 1px solid color-mix(in srgb, currentColor 40%, transparent);
    text-align: start;
    vertical-align: top;
  }
  th {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  /* A cookie name breaks only when it cannot fit: "anywhere" would also let the table squeeze its
     column and break names that had room. The table scrolls sideways instead. */
  code {
    font-size: 0.95em;
    overflow-wrap: break-word;
  }
  /* The charter is part of the page: it follows the page's colour scheme (not the visitor's, as the
     banner and the dialog do), where light-dark() exists; else the light colours. */
  .charter {
    --_accent: var(--cookie-charter-accent, #000091);
    --_on-accent: var(--cookie-charter-accent-contrast, #fff);
  }
  @supports (color: light-dark(#000, #fff)) {
    .charter {
      --_accent: var(--cookie-charter-accent, light-dark(#000091, #a5a5ff));
      --_on-accent: var(--cookie-charter-accent-contrast, light-dark(#fff, #000));
    }
  }
  .charter {
    max-width: var(--cookie-charter-max-width, 64rem);
    color: var(--cookie-charter-color, inherit);
    background: var(--cookie-charter-background, transparent);
    line-height: 1.5;
  }
  .charter .rank0 {
    font-size: 1.75em;
  }
  .charter :is(.rank0, .rank1, .rank2) {
    overflow-wrap: anywhere;
  }
  .charter .rank1 {
    margin: 1.5em 0 0.5em;
    font-size: 1.375em;
  }
  .charter .rank2 {
    margin: 1.25em 0 0.5em;
    font-size: 1.125em;
  }
  .charter li {
    margin-bottom: 0.5em;
  }
  .charter .categories li {
    margin: 0;
  }
`;
