// `cookie-charter presets`: the service presets' ids and names, one a line, to pass to `cookie-charter add`.
import { presets } from '../presets/index.mjs';

/** @param {string[]} args @param {import('./main.mjs').Io} io */
export async function run(args, io) {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write('usage: cookie-charter presets\n\nLists the service presets: id, then name. Add them with cookie-charter add.\n');
    return 0;
  }
  if (args.length) {
    io.stderr.write(`cookie-charter: presets takes no argument, got "${args[0]}"\n`);
    return 2;
  }
  const width = Math.max(...Object.keys(presets).map((id) => id.length));
  for (const preset of Object.values(presets)) io.stdout.write(`${preset.id.padEnd(width)}  ${preset.name}\n`);
  return 0;
}
