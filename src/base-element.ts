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

  /** Lit's connecting (the shadow root, its styles, then the first update), when it waits for the next task. */
  private _litConnect?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    // Lit's connecting, then the first render, in a task of their own: on a slow phone, loading the
    // script, defining and connecting the element, attaching its shadow root and styles, then rendering
    // the banner, in one task, block the page for longer than the 50 ms a task may take before input
    // waits (and that task is also, for a deferred script, the one in which the browser first lays the
    // page out). What must be synchronous (the tags' consent defaults) is done on connect; the shadow
    // root and the render follow in the next task, before the page's next frame as a rule.
    // Not while the element's own content is on screen: the shadow root hides it until the first render
    // puts a <slot> there, so both come at once.
    clearTimeout(this._litConnect);
    if (this._showsContent()) super.connectedCallback();
    else this._litConnect = setTimeout(() => super.connectedCallback());
  }

  override disconnectedCallback(): void {
    clearTimeout(this._litConnect);
    super.disconnectedCallback();
  }

  /** The shadow root, made now if Lit's connecting still waits for its task (Lit then keeps it). */
  protected _shadowRoot(): ShadowRoot {
    const element = this as { renderRoot?: HTMLElement | DocumentFragment };
    return (element.renderRoot ??= this.createRenderRoot()) as ShadowRoot;
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
