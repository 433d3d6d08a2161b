/** docs/api.md's text, from the parsed custom-elements.json. */
export function apiMarkdown(manifest: unknown): string;
