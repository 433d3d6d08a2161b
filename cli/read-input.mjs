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
 * Bytes as text: UTF-16 when they start with its byte-order mark (Windows Notepad's "Unicode", Excel's
 * "Unicode text"), else UTF-8 (its own mark dropped), or null when they are not UTF-8.
 * @param {Buffer} bytes
 */
export function text(bytes) {
  if (bytes[0] == 0xff && bytes[1] == 0xfe) return decode('utf-16le', bytes);
  if (bytes[0] == 0xfe && bytes[1] == 0xff) return decode('utf-16be', bytes);
  return utf8(bytes);
}

/** Bytes in an encoding, or null when they are not. */
function decode(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes as UTF-8 text, or null when they are not UTF-8 (a text saved as Windows-1252, "ANSI", by
 * an older editor: its accented letters would come out as U+FFFD).
 * @param {Buffer} bytes
 */
export const utf8 = (bytes) => decode('utf-8', bytes);
