/**
 * The part of Lit's `LitElement` this element uses, on Lit's own `ReactiveElement` and `lit-html`:
 * render the template into the shadow root after each update. Left out, because nothing here needs
 * them: `renderBefore` (for browsers without adopted style sheets, which the element does not
 * support), the async-directive connection calls (no async directive is used), and the hydration and
 * polyfill hooks. Importing the two packages directly, rather than `lit`, saves about 200 B gzip
 * on every visitor's first page; the script-tag build also cuts what this element never uses out
 * of both packages (scripts/trim-lit.mjs).
 */
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { render } from 'lit-html';

export abstract class BaseElement extends ReactiveElement {
  /** The template of the element's shadow root. */
  protected abstract render(): unknown;

  protected override update(changed: PropertyValues): void {
    const template = this.render();
    super.update(changed);
    render(template, this.renderRoot, { host: this });
  }
}
