/**
 * Links and buttons with `data-cookie-charter="open"` (a footer's "Gestion des cookies") open the
 * preferences: one click listener for the page, answered by the first element still connected.
 */
interface Opener extends Element {
  show(): unknown;
}

const openers: Opener[] = [];

/** Lets `opener` answer reopen links while it is connected. */
export function answerReopenLinks(opener: Opener): void {
  if (!openers.length)
    document.addEventListener('click', (event) => {
      const answer = openers.find((o) => o.isConnected);
      if (answer && event.composedPath().some((node) => (node as Element).matches?.('[data-cookie-charter="open"]'))) {
        event.preventDefault();
        answer.show();
      }
    });
  if (!openers.includes(opener)) openers.push(opener);
}
