/**
 * One visitor, one choice: several cookies of the choice's name can be visible at once (on a longer
 * path set by another page, host-only beside the `cookie-domain` one, the name percent-encoded), and
 * pages and servers read them in an order they cannot choose. After a choice is stored on this page,
 * the others that this site owns are removed: every copy of the name the page sees, on the host and
 * on `cookie-domain`, at each path a visible cookie can have (the prefixes of this page's path), but
 * the one just written (`Path=/`, on `cookie-domain` or the host). A parent domain's copy belongs to
 * the sites that share it and stays; the newer date wins over it (consent-store.ts).
 */
export function removeShadows(name: string, domain?: string | null): void {
  const path = location.pathname.split('/');
  const scopes = ['', domain ? `;domain=${domain}` : ''];
  try {
    for (const cookie of document.cookie.split('; ')) {
      const key = cookie.split('=')[0];
      if (decoded(key) == name)
        for (let i = path.length; i--;)
          for (const end of ['', '/'])
            for (const scope of scopes) {
              // (An empty Path would mean this page's directory: it is one of the others.)
              const at = path.slice(0, i + 1).join('/') + end;
              if (at && (key != name || at != '/' || scope != scopes[1])) document.cookie = `${key}=;max-age=0;path=${at}${scope}`;
            }
    }
  } catch {
    // a sandboxed document has no cookies
  }
}

function decoded(name: string): string | undefined {
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined; // not a name this version reads
  }
}
