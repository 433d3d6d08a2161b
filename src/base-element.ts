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

  constructor() {
    super();
    // The first render in a task of its own: on a slow phone, loading the script, defining and connecting
    // the element, then rendering the banner, in one task, blocks the page for longer than the 50 ms a
    // task may take before input waits. What must be synchronous (the tags' consent defaults) is done on
    // connect; the render follows in the next task, before the page's next frame as a rule.
    // Lit's gate for the first update is the resolver it puts on the instance, called on every connect.
    // Not while the element's own content is on screen: the shadow root, attached on connect, hides it
    // until the first render puts a <slot> there.
    const enable = this.enableUpdating;
    this.enableUpdating = (requested) => (this._showsContent() ? enable(requested) : setTimeout(enable, 0, requested));
  }

  /** The element's children are on screen until its first render (a fallback): render at once. */
  protected _showsContent(): boolean {
    return false;
  }

  protected override update(changed: PropertyValues): void {
    const template = this.render();
    super.update(changed);
    render(template, this.renderRoot, { host: this });
  }
}
