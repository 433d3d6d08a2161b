// Tests run in Debian's Chromium (never a downloaded browser), on the TypeScript sources through
// esbuild, and the built files in dist/ for the script-tag tests (npm test builds first).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { compileTemplates } from './scripts/compile-templates.mjs';
import { trimLit } from './scripts/trim-lit.mjs';

/** `executeServerCommand('browser-cookies')`: the context's cookies with their attributes, as Playwright sees them. */
const browserCookies = {
  name: 'browser-cookies',
  executeCommand({ command, session }) {
    if (command !== 'browser-cookies') return undefined;
    return session.browser.getPage(session.id).context().cookies();
  },
};

/** `executeServerCommand('clear-cookies')`: forgets every cookie of the context, whatever its domain and path. */
const clearCookies = {
  name: 'clear-cookies',
  executeCommand({ command, session }) {
    if (command !== 'clear-cookies') return undefined;
    return session.browser
      .getPage(session.id)
      .context()
      .clearCookies()
      .then(() => true);
  },
};

/**
 * A proof-of-consent receiver: POST /test/proof stores the body; `executeServerCommand('proofs')`
 * returns (and forgets) what came, as a portal's server would have stored it.
 */
const proofs = [];
async function receiveProof(context, next) {
  if (context.method !== 'POST' || context.path !== '/test/proof') return next();
  let body = '';
  for await (const chunk of context.req) body += chunk;
  proofs.push({ contentType: context.get('content-type'), body: JSON.parse(body) });
  context.status = 204;
}
const proofReceiver = {
  name: 'proof-receiver',
  executeCommand: ({ command }) => (command === 'proofs' ? proofs.splice(0) : undefined),
};

/**
 * Two other origins serving dist/ on this same server, as a CDN would: http://cdn.cookie-charter.test:<port>
 * sends `Access-Control-Allow-Origin: *` as public npm CDNs do, http://nocors.cookie-charter.test:<port>
 * sends no CORS header. They serve dist/ only, so that a page under test can load nothing else from them.
 */
const CDN_HOSTS = { 'cdn.cookie-charter.test': true, 'nocors.cookie-charter.test': false };
async function otherOrigins(context, next) {
  if (!(context.hostname in CDN_HOSTS)) return next();
  if (!context.path.startsWith('/dist/')) return void (context.status = 404);
  await next();
  // After the server's own middleware: its transform cache, keyed by path, replays the headers of the
  // first response for that path, whatever the host.
  if (CDN_HOSTS[context.hostname]) context.set('Access-Control-Allow-Origin', '*');
  else context.remove('Access-Control-Allow-Origin');
}
/**
 * Pages name those origins without a port (`http://cdn.cookie-charter.test/dist/…`): the server writes
 * its own port in, since it is free to pick another one when a suite already runs on the machine.
 */
const portInPages = {
  name: 'port-in-pages',
  transform(context) {
    if (context.path.startsWith('/test/pages/'))
      return context.body.replace(/(\/\/(?:cdn|nocors)\.cookie-charter\.test)\//g, `$1:${context.URL.port}/`);
  },
};

/**
 * The pages test/pages/csp*.html are served under the strict Content Security Policy with Trusted
 * Types that the README gives portals (the page's nonce is `test-nonce`). `?trusted-types=…`
 * replaces the allowed policy names, to see what a page that does not allow ours gets.
 */
const NONCE = 'test-nonce';
async function strictCsp(context, next) {
  await next();
  if (!context.path.startsWith('/test/pages/csp')) return;
  const policies = context.query['trusted-types'] ?? 'cookie-charter lit-html';
  context.set(
    'Content-Security-Policy',
    `script-src 'self' 'nonce-${NONCE}'; style-src 'self'; object-src 'none'; base-uri 'none'; ` +
      `require-trusted-types-for 'script'; trusted-types ${policies}`,
  );
}

/**
 * Lit trimmed as in dist/cookie-charter.js (scripts/trim-lit.mjs), and the sources' templates compiled
 * ahead of time as there (scripts/compile-templates.mjs), before esbuild: the tests run on the Lit that
 * ships. A page's own Lit (test/fixtures/own-lit.js) asks for Lit whole with `?whole`.
 */
const trimmedLit = {
  name: 'trim-lit',
  transform(context) {
    if (context.URL.searchParams.has('whole') || typeof context.body != 'string') return;
    const body = trimLit(context.body, context.path);
    if (body) return { body };
  },
};
const compiledTemplates = {
  name: 'compile-templates',
  transform(context) {
    const body = /^\/src\/.*\.ts$/.test(context.path) && compileTemplates(context.body, context.path);
    if (body) return { body };
  },
};

/**
 * The lazy part, fetched for test/pages/fallback.html, comes 300 ms late: the time during which the
 * charter element must keep showing its fallback (test/fallback.test.ts) is then long enough to be seen
 * on any machine.
 */
async function slowLazyPartForFallback(context, next) {
  if (context.path == '/dist/cookie-charter-lazy.js' && /\/test\/pages\/fallback\.html/.test(context.get('referer')))
    await new Promise((resolve) => setTimeout(resolve, 300));
  return next();
}

export default {
  files: 'test/**/*.test.ts',
  // Lit's production build (the one the script-tag build bundles), not its development build.
  nodeResolve: { exportConditions: ['production'] },
  middleware: [receiveProof, otherOrigins, strictCsp, slowLazyPartForFallback],
  plugins: [
    compiledTemplates,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    trimmedLit,
    browserCookies,
    clearCookies,
    proofReceiver,
    portInPages,
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        // Sub-domains of a real-looking site, for cookie-domain (Domain cookies on localhost are host-only).
        args: ['--host-resolver-rules=MAP *.cookie-charter.test 127.0.0.1'],
      },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
};
