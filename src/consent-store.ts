/**
 * The visitor's choice, kept in one cookie (`cookies_preferences` by default) that every element of
 * the page reads: the cookie is the shared state, and a write tells every element to read it again.
 */
import Cookies from 'js-cookie';
import { pageIsHttps } from './page-url.js';

/** The stored value, URI-encoded JSON. `rev` ties it to the categories shown; `date` and `id` prove it. */
export interface StoredChoice {
  v: 1;
  rev: string;
  date: string;
  id: string;
  choices: Record<string, boolean>;
}

export interface StoreOptions {
  name: string;
  domain?: string;
  rev: string;
  maxAgeDays: number;
  /**
   * Every optional category, in the configuration's order: the keys a stored choice may have. One it
   * lacks is undecided: the banner asks about it (an exempt one counts as on).
   */
  optional: string[];
}

const DAY = 864e5;

/** Told of every stored choice: `local` when it was stored on this page, not in another tab. */
type Listener = (local: boolean) => void;
const listeners = new Set<Listener>();
const reported = new Set<string>();
/** Per cookie name, a choice the browser would not keep (cookies refused): it applies for the page view. */
const unkept: Record<string, string> = {};

/**
 * The other tabs of the site hear of a choice at once (BroadcastChannel does not echo to the sender).
 * Opened on first use, not at import: a browser without it, or a context where it throws, only
 * loses the other tabs.
 */
let tabs: BroadcastChannel | undefined;
function channel(): BroadcastChannel | undefined {
  try {
    tabs ??= new BroadcastChannel('cookie-charter');
    tabs.onmessage = () => listeners.forEach((listener) => listener(false));
  } catch {
    // no other tab hears this one
  }
  return tabs;
}

/** Closes the channel once no element listens: nothing is left running for a page without elements. */
function closeIdleChannel(): void {
  if (!listeners.size) tabs = void tabs?.close();
}

/** Calls `listener` after every stored choice, from any element or tab, until `signal` aborts; the last one to go closes the channel. */
export function subscribe(listener: Listener, signal: AbortSignal): void {
  listeners.add(listener);
  channel();
  signal.addEventListener('abort', () => {
    listeners.delete(listener);
    closeIdleChannel();
  });
}

/**
 * The values of every cookie of `name` the page sees: there can be several (on a longer path, on the
 * host and on a parent domain, the name percent-encoded), in an order the page cannot choose. Names
 * and values URI-decoded (a cookie that cannot be is left out); none where `document.cookie` throws
 * (a sandboxed document).
 */
function values(name: string): string[] {
  const found = [];
  try {
    for (const cookie of document.cookie.split('; '))
      try {
        const [key, value] = cookie.split(/=(.*)/).map(decodeURIComponent);
        if (key == name) found.push(value);
      } catch {
        // not URI-decodable: not a value this version wrote
      }
  } catch {
    // no cookies at all
  }
  return found;
}

/**
 * The value as this version writes it: known keys in a fixed order, known categories in the
 * configuration's order, strict types. Throws on a value that cannot be one.
 */
export function canonical({ date, id, choices }: Omit<StoredChoice, 'v' | 'rev'>, { rev, optional }: StoreOptions): StoredChoice {
  if (Date.parse(date) > Date.now() + DAY) throw date;
  return {
    v: 1,
    rev,
    date: new Date(date).toISOString(),
    id: /^[\w-]{1,64}$/.exec(id)![0],
    choices: Object.fromEntries(optional.filter((key) => key in choices).map((key) => [key, choices[key] === true])),
  };
}

/**
 * `raw` as a valid stored choice, or null: empty, of another version or revision, or expired (ask
 * again, quietly); unparsable or forged, i.e. not exactly what this version writes (ask again, and
 * say so once).
 */
function valid(raw: string | undefined, options: StoreOptions): StoredChoice | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw);
    // Another version's value, or this version's for other categories: not an error, just stale.
    if (value.v !== 1 ? typeof value.v == 'number' : value.rev !== options.rev) return null;
    if (JSON.stringify(canonical(value, options)) == raw)
      return Date.now() - Date.parse(value.date) > options.maxAgeDays * DAY ? null : value;
  } catch {
    // reported below
  }
  if (!reported.has(raw)) console.error(`cookie-charter: the stored cookie ${options.name} is not a valid choice; asking again.`);
  reported.add(raw);
  return null;
}

/**
 * The stored choice: of every cookie of the name the page sees (and a choice the browser would not
 * keep), the valid one with the newest `date`; null when none is valid.
 */
export function readChoice(options: StoreOptions): StoredChoice | null {
  let newest: StoredChoice | null = null;
  for (const raw of [...values(options.name), unkept[options.name]]) {
    const choice = valid(raw, options);
    if (choice && !(newest && newest.date >= choice.date)) newest = choice;
  }
  return newest;
}

/**
 * Stores `choices` (keeping the consent id of a still valid choice) and tells every element. Returns
 * whether the browser keeps it; when not, it applies to this page view only.
 */
export function writeChoice(options: StoreOptions, choices: Record<string, boolean>): boolean {
  // Unique, not secret: a consent id identifies a record of consent; it grants nothing.
  const id = readChoice(options)?.id ?? Date.now().toString(36) + Math.random().toString(36).slice(2);
  const { name, domain } = options;
  const json = JSON.stringify(canonical({ date: new Date().toISOString(), id, choices }, options));
  // Other copies of the name on this site are removed by the enforcing part (enforce/shadows.ts); until
  // then, and for those it cannot remove, the newest date makes this one the choice read.
  try {
    // js-cookie URI-encodes the value (leaving the characters that cookies allow as they are), and
    // sets on `Path=/` unless told otherwise.
    Cookies.set(name, json, {
      domain,
      sameSite: 'Lax',
      secure: pageIsHttps(),
      'max-age': String(Math.round(options.maxAgeDays * 86400)), // js-cookie wants strings
    });
  } catch {
    // a sandboxed document: no cookie at all
  }
  // Read back: cookies disabled, or a `document.cookie` that drops writes, keep nothing.
  const kept = values(name).includes(json);
  if (!kept) unkept[name] = json;
  listeners.forEach((listener) => listener(true));
  // The other tabs in a task of its own: after a click, this page's banner goes first. A message posted
  // is delivered even if the channel is closed at once (a write with no element connected).
  setTimeout(() => {
    channel()?.postMessage(0);
    closeIdleChannel();
  });
  return kept;
}
