/** One console error for any number of problems, prefixed so that a portal's developer can search for it. */
export function report(problems: string[]): void {
  if (problems.length)
    console.error(`cookie-charter: ${problems.length > 1 ? `${problems.length} problems:\n  - ${problems.join('\n  - ')}` : problems[0]}`);
}
