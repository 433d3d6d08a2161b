// `cookie-charter scan <url>`: visits a portal in a real Chromium as an inspection does (no choice,
// after Tout refuser, after Tout accepter) and compares the cookies, storage keys and requests to
// other sites it sees with what the charter declares. Exit 0: no problem; 1: problems; 2: the scan
// could not run.
import { readFile } from 'node:fs/promises';
import { configProblems } from './config-check.mjs';
import { findChromium } from './scan/browser.mjs';
import { compare, declaration, rowFor } from './scan/compare.mjs';
import { crawl, readDeclaration } from './scan/crawl.mjs';
import { jsonReport, textReport } from './scan/report.mjs';
import { suggestRows } from './scan/suggest.mjs';

export const usage = `usage: cookie-charter scan <url> [--pages N] [--config charter.json] [--json] [--chromium PATH]

Visits <url> and up to N same-origin pages linked from it (default 5) in three fresh browser
contexts (no choice, after Tout refuser, after Tout accepter) and reports the cookies, storage keys
and requests to other sites that the charter does not declare or that come before consent or after
a refusal. The charter is the page's <cookie-charter> JSON, or --config's file.

  --pages N         how many linked pages to visit besides <url> (default 5)
  --config FILE     the charter's JSON, for a site that does not use the element yet
  --json            one JSON object { url, pages, states: { none, refused, accepted }, problems }
  --chromium PATH   the browser to drive (default: $CHROME_PATH, else the usual install paths)

Exit code: 0 no problem, 1 problems, 2 the scan could not run.`;

/** @returns {{ url?: string, pages: number, config?: string, json: boolean, chromium?: string, help?: boolean } | { error: string }} */
function parse(args) {
  const options = { pages: 5, json: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    const value = () => inline ?? args[++index];
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--json') options.json = true;
    else if (flag === '--pages') {
      const text = value();
      if (!/^\d+$/.test(text ?? ''))
        return { error: `--pages: expected a whole number, got ${text === undefined ? 'nothing' : `"${text}"`}` };
      options.pages = Number(text);
    } else if (flag === '--config' || flag === '--chromium') {
      const text = value();
      if (!text) return { error: `${flag}: expected a path` };
      options[flag.slice(2)] = text;
    } else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else if (options.url) return { error: `one URL only (got ${options.url} and ${arg})` };
    else options.url = arg;
  }
  return options;
}

/** The package's service presets, when this install has them (they ship beside cli/). */
async function loadPresets() {
  try {
    return (await import('../presets/index.mjs')).presets ?? null;
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

/**
 * @param {string[]} args
 * @param {import('./main.mjs').Io} io
 * @returns {Promise<number>}
 */
export async function run(args, io) {
  const options = parse(args);
  const fail = (reason) => {
    io.stderr.write(`cookie-charter scan: ${reason}\n`);
    return 2;
  };
  if ('error' in options) return fail(`${options.error}\n${usage}`);
  if (options.help) {
    io.stdout.write(usage + '\n');
    return 0;
  }
  if (!options.url || !/^https?:\/\//i.test(options.url)) return fail(`expected an http(s) URL to scan\n${usage}`);
  let url;
  try {
    url = new URL(options.url).href;
  } catch {
    return fail(`expected an http(s) URL to scan, got "${options.url}"\n${usage}`);
  }

  let configured = null;
  if (options.config) {
    try {
      configured = JSON.parse(await readFile(options.config, 'utf8'));
    } catch (error) {
      return fail(`--config ${options.config}: ${error.message}`);
    }
    // A charter the element would report: the scan would compare the site with what it cannot read.
    const problems = await configProblems(configured);
    if (problems.length) return fail(problems.map((line) => `--config ${options.config}: ${line}`).join('\n'));
  }

  const chromium = findChromium(options.chromium, process.env);
  if ('error' in chromium) return fail(chromium.error);
  const { chromium: driver } = await import('playwright-core');
  // Test-only: map the test servers' host names (*.test) to this machine.
  const hostRules = process.env.COOKIE_CHARTER_SCAN_HOST_RULES;
  let browser;
  try {
    browser = await driver.launch({
      executablePath: chromium.path,
      headless: true,
      args: hostRules ? [`--host-resolver-rules=${hostRules}`] : [],
    });
  } catch (error) {
    return fail(`${chromium.path} did not start: ${String(error.message).split('\n')[0]}`);
  }

  try {
    /** @type {{ config: any, text: string | null, cookieName: string | null, page: string }[]} */
    const found = [];
    const none = await crawl(browser, 'none', {
      url,
      pages: options.pages,
      onPage: async (page, pageUrl) => {
        const declared = await readDeclaration(page);
        if (declared) found.push({ ...declared, page: pageUrl });
      },
    });
    if (none.error) return fail(none.error);
    const linked = none.pages.slice(1);
    // The two choices in two contexts side by side: they share nothing but the browser.
    const [refused, accepted] = await Promise.all([
      crawl(browser, 'refused', { url, pages: options.pages, linked }),
      crawl(browser, 'accepted', { url, pages: options.pages, linked }),
    ]);
    if (refused.error || accepted.error) return fail(refused.error ?? accepted.error);

    const configs = [];
    if (configured) configs.push(configured);
    else {
      for (const { config, text, page } of found) {
        if (config) configs.push(config);
        else if (text !== null) {
          try {
            configs.push(JSON.parse(text));
          } catch (error) {
            return fail(`${page}: the <cookie-charter> JSON does not parse (${error.message}); fix it, or give --config`);
          }
        }
      }
      if (!configs.length) return fail(`${url}: no <cookie-charter> JSON on the scanned pages; give the charter with --config`);
    }
    const declared = declaration(configs, [...new Set(found.map((f) => f.cookieName).filter(Boolean))]);
    const states = { none: none.record, refused: refused.record, accepted: accepted.record };
    const problems = compare(states, declared);

    if (options.json) io.stdout.write(jsonReport({ url, pages: none.pages, states, problems }));
    else {
      const undeclared = new Map();
      for (const record of Object.values(states)) {
        for (const cookie of record.cookies)
          if (!rowFor(declared.rows, cookie.name) && !undeclared.has(cookie.name)) undeclared.set(cookie.name, cookie);
      }
      const presets = undeclared.size ? await loadPresets() : null;
      const suggestions = suggestRows([...undeclared.values()], presets);
      const failures = [...new Set([...none.failures, ...refused.failures, ...accepted.failures])];
      io.stdout.write(textReport({ url, pages: none.pages, states, problems, suggestions, failures, presetsMissing: !presets }));
    }
    return problems.length ? 1 : 0;
  } catch (error) {
    // The browser crashed or was closed under the scan: it could not run.
    return fail(`the scan stopped: ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    await browser.close();
  }
}
