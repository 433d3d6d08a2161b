// The scan tests' web server: the portals of test/fixtures/scan/ under /portals/, the demo under
// /demo/ and the built element under /dist/, on a random port. Every host name the tests use
// (*.test, mapped to 127.0.0.1 in the scanned browser) reaches it; the portals' pages get a
// `sessionid` cookie by Set-Cookie, as a platform's server sets one.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const roots = { portals: 'test/fixtures/scan', demo: 'demo', dist: 'dist' };
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** @returns {Promise<{ port: number, close: () => Promise<void> }>} */
export async function startServer() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Another site's tracker: any path answers, with nothing.
    if (/scan-third\.test/.test(request.headers.host ?? '')) {
      response.writeHead(200, { 'content-type': url.pathname.endsWith('.js') ? 'text/javascript' : 'text/plain' }).end('');
      return;
    }
    const [, root, ...rest] = url.pathname.split('/');
    const relative = normalize(rest.join('/') || 'index.html');
    if (!Object.hasOwn(roots, root) || relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(roots[root], relative));
      const headers = { 'content-type': types[extname(relative)] ?? 'application/octet-stream' };
      if (root === 'portals' && extname(relative) === '.html') headers['set-cookie'] = 'sessionid=s3cr3t; Path=/; HttpOnly';
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
