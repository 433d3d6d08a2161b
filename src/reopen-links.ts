/**
 * Links and buttons with `data-cookie-charter="open"` (a footer's "Gestion des cookies") open the
 * preferences: one click listener for the page while an element is connected, answered by the first
 * connected; the last one to go removes it.
 */
interface Opener extends Element {
  show(): unknown;
}

const openers: Opener[] = [];

function onClick(event: MouseEvent): void {
  if (event.composedPath().some((node) => (node as Element).matches?.('[data-cookie-charter="open"]'))) {
    event.preventDefault();
    openers[0].show();
  }
}

/** Lets `opener` answer reopen links until `signal` aborts (when it is disconnected). */
export function answerReopenLinks(opener: Opener, signal: AbortSignal): void {
  if (!openers.length) document.addEventListener('click', onClick);
  openers.push(opener);
  signal.addEventListener('abort', () => {
    openers.splice(openers.indexOf(opener), 1);
    if (!openers.length) document.removeEventListener('click', onClick);
  });
}
