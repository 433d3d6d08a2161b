/**
 * The parts the main file fetches when first needed, once each (see parts.ts): the charter and
 * preferences, the enforcing part, the banner's English texts. A failure is reported here; the callers
 * only fall back.
 */
import { fetchPart, type Parts } from './parts.js';

const loading: Record<string, Promise<unknown>> = {};

export function load<Name extends keyof Parts>(name: Name): Promise<Parts[Name]> {
  return (loading[name] ??= fetchPart(name).catch((error) => {
    delete loading[name]; // let a later call try again
    console.error(`cookie-charter: could not load ${name}: ${error}`);
    throw error;
  })) as Promise<Parts[Name]>;
}
