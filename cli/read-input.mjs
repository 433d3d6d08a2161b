// What a command reads: a file, or its standard input when the name is `-`.
import { readFile } from 'node:fs/promises';

/**
 * @param {string} name a file's path, or `-`
 * @param {NodeJS.ReadableStream} stdin
 * @returns {Promise<Buffer>} its bytes
 */
export async function readBytes(name, stdin) {
  if (name != '-') return readFile(name);
  const chunks = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * @param {string} name a file's path, or `-`
 * @param {NodeJS.ReadableStream} stdin
 * @returns {Promise<string>} its text (UTF-8)
 */
export const readInput = async (name, stdin) => (await readBytes(name, stdin)).toString('utf8');

/**
 * Bytes as UTF-8 text, or null when they are not UTF-8 (a text saved as Windows-1252, "ANSI", by
 * an older editor: its accented letters would come out as U+FFFD).
 * @param {Buffer} bytes
 */
export function utf8(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
