// `cookie-charter import <file|->`: a published "Charte cookies" (its text copied from the page, or
// its HTML) → the element's JSON on stdout; the platform's URL, which the JSON has no key for (it is
// the `platform-url` attribute), as a hint line on stderr.
import { importCharter } from './import-charter.mjs';
import { readBytes, text as textOf } from './read-input.mjs';

const USAGE = `usage: cookie-charter import <file|->

Reads a "Charte cookies" as a portal publishes it: the text copied from its page (prose, the platform's
URL, the tab-separated rows of its tables) or the page's HTML with its <table>s; "-" reads stdin.
Writes the element's JSON on stdout, and on stderr the line "platform-url: <URL>" for the element's
platform-url attribute.`;

/**
 * @param {string[]} args
 * @param {import('./main.mjs').Io} io
 * @returns {Promise<number>} the exit code
 */
export async function run(args, io) {
  if (args[0] == '--help' || args[0] == '-h') return (io.stdout.write(USAGE + '\n'), 0);
  if (args.length != 1 || (args[0].startsWith('-') && args[0] != '-')) return (io.stderr.write(USAGE + '\n'), 2);
  let bytes;
  try {
    bytes = await readBytes(args[0], io.stdin);
  } catch (error) {
    io.stderr.write(`cookie-charter: cannot read ${args[0]}: ${error.message}\n`);
    return 2;
  }
  const text = textOf(bytes);
  // Not UTF-8 (nor UTF-16 with its mark) and no NUL byte: a text in another encoding (binary data is named by importCharter).
  if (text == null && !bytes.includes(0)) {
    io.stderr.write(
      `cookie-charter: ${args[0] == '-' ? 'the input' : args[0]} is not UTF-8 (saved as Windows-1252?): convert it, e.g. iconv -f windows-1252 -t utf-8\n`,
    );
    return 1;
  }
  let imported;
  try {
    imported = importCharter(text ?? bytes.toString('latin1'));
  } catch (error) {
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
  io.stdout.write(JSON.stringify(imported.config, null, 2) + '\n');
  io.stderr.write(
    imported.platformUrl
      ? `platform-url: ${imported.platformUrl}\n`
      : 'platform-url: not found in the charter (the element then names the page’s own origin)\n',
  );
  return 0;
}
