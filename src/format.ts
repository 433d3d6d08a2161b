/** Replaces `{name}` in a text with `values.name`; unknown names stay as they are. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name) => String(values[name] ?? all));
