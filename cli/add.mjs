// `cookie-charter add <config.json|-> <id>… [--lang fr|en]`: the configuration with the presets merged
// in (presets/index.mjs, applyPresets), as JSON on stdout; what each preset asks of the page on stderr.
import { readFile } from 'node:fs/promises';
import { applyPresets, presets } from '../presets/index.mjs';

const USAGE = `usage: cookie-charter add <config.json|-> <preset-id>… [--lang fr|en]

Prints the configuration (a file, or - for stdin) with the presets' categories, cookie rows and
Consent Mode / Matomo settings merged in, as JSON. --lang: the language of the rows (fr by default).
The presets: cookie-charter presets.
`;

/** The text of stdin, whole. */
async function readAll(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

/** @param {string[]} args @param {import('./main.mjs').Io} io */
export async function run(args, io) {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const rest = [...args];
  let lang = 'fr';
  const at = rest.indexOf('--lang');
  if (at >= 0) {
    lang = rest.splice(at, 2)[1];
    if (lang != 'fr' && lang != 'en') {
      io.stderr.write(`cookie-charter: --lang must be fr or en, got "${lang ?? ''}"\n`);
      return 2;
    }
  }
  const [file, ...ids] = rest;
  if (!file || !ids.length) {
    io.stderr.write(USAGE);
    return 2;
  }
  let text;
  try {
    text = file == '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (error) {
    io.stderr.write(`cookie-charter: cannot read ${file}: ${error.code ?? error.message}\n`);
    return 2;
  }
  let config;
  try {
    config = text.trim() ? JSON.parse(text) : {};
  } catch (error) {
    io.stderr.write(`cookie-charter: ${file == '-' ? 'stdin' : file} is not JSON: ${error.message}\n`);
    return 1;
  }
  if (!config || typeof config != 'object' || Array.isArray(config)) {
    io.stderr.write(`cookie-charter: ${file == '-' ? 'stdin' : file}: expected the element's JSON object\n`);
    return 1;
  }
  let merged;
  try {
    merged = applyPresets(config, ids, { lang });
  } catch (error) {
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
  io.stdout.write(JSON.stringify(merged, null, 2) + '\n');
  for (const id of new Set(ids)) {
    const { note, placeholder } = presets[id];
    if (note) io.stderr.write(`${id}: ${note}\n`);
    if (placeholder) io.stderr.write(`${id}: in the page:\n${placeholder.snippet}\n`);
  }
  return 0;
}
