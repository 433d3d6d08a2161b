// Dispatch `cookie-charter <command> …` to cli/<command>.mjs. Exit codes: 0 done, 1 the input or the
// result is wrong (said on stderr), 2 the command could not run (usage, missing file or browser).

/** @typedef {{ stdin: NodeJS.ReadableStream, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream }} Io */

/** The commands, with their one-line usage, in the order `--help` lists them. */
export const commands = {
  import: '<file|->: a published "Charte cookies" (text or HTML) → the element’s JSON',
  render: '<config.json|-> --platform-url URL [--lang fr|en]: the charter’s HTML, for the element’s fallback',
  presets: 'list the service presets (Matomo, Google Analytics 4, YouTube…): id and name',
  add: '<config.json|-> <preset-id>… [--lang fr|en]: the configuration with the presets merged in, as JSON',
  scan: '<url> [--pages N] [--config charter.json] [--json] [--chromium PATH]: check what a portal sets against its charter',
};

const usage = () =>
  [
    'usage: cookie-charter <command> [options]',
    '',
    ...Object.entries(commands).map(([name, line]) => `  ${name.padEnd(8)} ${line}`),
    '',
    'cookie-charter <command> --help: that command’s options.',
  ].join('\n');

/**
 * @param {string[]} args the arguments after the program's name
 * @param {Io} io where the command reads and writes
 * @returns {Promise<number>} the exit code
 */
export async function main(args, io) {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h') {
    io[name ? 'stdout' : 'stderr'].write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (!Object.hasOwn(commands, name)) {
    io.stderr.write(`cookie-charter: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  const command = await import(`./${name}.mjs`);
  return command.run(rest, io);
}
