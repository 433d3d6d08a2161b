// What a command reads: a file, or its standard input when the name is `-`.
import { readFile } from 'node:fs/promises';

/**
 * @param {string} name a file's path, or `-`
 * @param {NodeJS.ReadableStream} stdin
 * @returns {Promise<string>} its text (UTF-8)
 */
export async function readInput(name, stdin) {
  if (name != '-') return readFile(name, 'utf8');
  let text = '';
  stdin.setEncoding('utf8');
  for await (const chunk of stdin) text += chunk;
  return text;
}
