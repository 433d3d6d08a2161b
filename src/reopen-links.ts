/**
 * Links and buttons with `data-cookie-charter="open"` (a footer's "Gestion des cookies") open the
 * preferences: one click listener for the page, answered by the first banner-mode element (else the
 * first element) still connected.
 */
interface Opener {
  mode: string;
  show(): unknown;
}

const openers: Opener[] = [];

function onClick(event: Event): void {
  const link = event.composedPath().find((node) => (node as Element).matches?.('[data-cookie-charter="open"]'));
  const opener = openers.find((o) => o.mode != 'charter') ?? openers[0];
  if (link && opener) {
    event.preventDefault();
    opener.show();
  }
}

/** Lets `opener` answer reopen links until the returned function is called. */
export function answerReopenLinks(opener: Opener): () => void {
  if (!openers.length) document.addEventListener('click', onClick);
  openers.push(opener);
  return () => {
    openers.splice(openers.indexOf(opener), 1);
    if (!openers.length) document.removeEventListener('click', onClick);
  };
}
