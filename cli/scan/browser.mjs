// Which Chromium the scan drives: one already on the machine, never a download.
import { accessSync, constants } from 'node:fs';

/** The usual install paths, in the order they are tried after --chromium and $CHROME_PATH. */
export const usualPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const runnable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * @param {string | undefined} option the --chromium option
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ path: string } | { error: string }}
 */
export function findChromium(option, env) {
  // A path the user gave is used or refused, never silently replaced by another browser.
  if (option) return runnable(option) ? { path: option } : { error: `--chromium ${option}: no runnable file there` };
  if (env.CHROME_PATH) {
    return runnable(env.CHROME_PATH) ? { path: env.CHROME_PATH } : { error: `$CHROME_PATH ${env.CHROME_PATH}: no runnable file there` };
  }
  const found = usualPaths.find(runnable);
  if (found) return { path: found };
  return { error: `no Chromium found (tried ${usualPaths.join(', ')}): give one with --chromium PATH or $CHROME_PATH` };
}
