// Tests run in Debian's Chromium (never a downloaded browser), on the TypeScript sources through
// esbuild, and the built files in dist/ for the script-tag tests (npm test builds first).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

/** `executeServerCommand('browser-cookies')`: the context's cookies with their attributes, as Playwright sees them. */
const browserCookies = {
  name: 'browser-cookies',
  executeCommand({ command, session }) {
    if (command !== 'browser-cookies') return undefined;
    return session.browser.getPage(session.id).context().cookies();
  },
};

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), browserCookies],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
};
