/** One console error for a set of problems, prefixed so that a portal's developer can search for it. */
export function report(what: string, problems: string[]): void {
  if (problems.length) console.error(`cookie-charter: ${what}:\n  - ${problems.join('\n  - ')}`);
}
