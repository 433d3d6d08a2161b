// `cookie-charter render <config.json|-> [--lang fr|en] [--platform-url URL] [--heading-level N]`: the
// charter's HTML, as the element renders it, to paste inside <cookie-charter mode="charter"> as the
// content shown without JavaScript.
import { parseArgs } from 'node:util';
import { readInput } from './read-input.mjs';

const USAGE = `usage: cookie-charter render <config.json|-> --platform-url URL [--lang fr|en] [--heading-level 1-4]

Writes the charter's HTML (its text and a table per category, as <cookie-charter mode="charter">
renders them) for the element's JSON in config.json ("-" reads stdin). Paste it inside the element:
it is the charter when scripts do not run, and the element replaces it when it does.
  --platform-url  the element's platform-url attribute (the platform the charter names)
  --lang          fr (default), en, or a language the JSON's "texts" gives
  --heading-level the element's heading-level attribute, 2 by default`;

/**
 * @param {string[]} args
 * @param {import('./main.mjs').Io} io
 * @returns {Promise<number>} the exit code
 */
export async function run(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'fr' },
        'platform-url': { type: 'string' },
        'heading-level': { type: 'string', default: '2' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`cookie-charter: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.stdout.write(USAGE + '\n'), 0);
  if (positionals.length != 1 || !values['platform-url']) return (io.stderr.write(USAGE + '\n'), 2);
  let text;
  try {
    text = await readInput(positionals[0], io.stdin);
  } catch (error) {
    io.stderr.write(`cookie-charter: cannot read ${positionals[0]}: ${error.message}\n`);
    return 2;
  }
  let renderCharter;
  try {
    ({ renderCharter } = await import('./render-charter.mjs'));
  } catch (error) {
    io.stderr.write(`cookie-charter: cannot load the element's views (run npm run build in a checkout): ${error.message}\n`);
    return 2;
  }
  try {
    const html = await renderCharter(text, {
      lang: values.lang,
      platformUrl: values['platform-url'],
      headingLevel: Number(values['heading-level']),
    });
    io.stdout.write(html);
    return 0;
  } catch (error) {
    if (!error.message.startsWith('cookie-charter: ')) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
}
