// `cookie-charter add <config.json|-> <id>… [--lang fr|en]`: the configuration with the presets merged
// in (presets/index.mjs, applyPresets), as JSON on stdout; what each preset asks of the page on stderr.
import { readFile } from 'node:fs/promises';
import { applyPresets, presets } from '../presets/index.mjs';
import { configProblems } from './config-check.mjs';

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

/**
 * The arguments: the file, the preset ids, `--lang fr|en` (or `--lang=en`); an error for any other option.
 * @returns {{ file?: string, ids: string[], lang: string } | { error: string }}
 */
function parse(args) {
  const options = { ids: [], lang: 'fr' };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg == '--lang' || arg.startsWith('--lang=')) {
      const lang = arg == '--lang' ? args[++index] : arg.slice('--lang='.length);
      if (lang != 'fr' && lang != 'en') return { error: `--lang must be fr or en, got "${lang ?? ''}"` };
      options.lang = lang;
    } else if (arg.startsWith('-') && arg != '-') return { error: `unknown option ${arg}` };
    else if (options.file === undefined) options.file = arg;
    else options.ids.push(arg);
  }
  return options;
}

/** @param {string[]} args @param {import('./main.mjs').Io} io */
export async function run(args, io) {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const options = parse(args);
  if ('error' in options) {
    io.stderr.write(`cookie-charter: ${options.error}\n${USAGE}`);
    return 2;
  }
  const { file, ids, lang } = options;
  if (!file || !ids.length) {
    io.stderr.write(USAGE);
    return 2;
  }
  const source = file == '-' ? 'stdin' : file;
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
    io.stderr.write(`cookie-charter: ${source} is not JSON: ${error.message}\n`);
    return 1;
  }
  // What the element would report, in its words: merging into it would only carry the problem on.
  const problems = await configProblems(config);
  if (problems.length) {
    io.stderr.write(problems.map((line) => `cookie-charter: ${source}: ${line}\n`).join(''));
    return 1;
  }
  let merged;
  const skipped = [];
  try {
    merged = applyPresets(config, ids, { lang, onSkipped: (s) => skipped.push(s) });
  } catch (error) {
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
  io.stdout.write(JSON.stringify(merged, null, 2) + '\n');
  for (const { preset, row, category } of skipped)
    io.stderr.write(
      `cookie-charter: ${preset}: the row "${row.name}" is not added to "${row.category ?? 'necessary'}": ` +
        `${source} lists it in "${category}", where it stays (a name in two categories would be deleted when either is refused)\n`,
    );
  for (const id of new Set(ids)) {
    const { note, placeholder } = presets[id];
    if (note) io.stderr.write(`${id}: ${note}\n`);
    if (placeholder) io.stderr.write(`${id}: in the page:\n${placeholder.snippet}\n`);
  }
  return 0;
}
