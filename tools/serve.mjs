// A small static server for the demo and the browser tests: `www/` at `/`, the built package at
// `/pkg/`. Binds to 127.0.0.1 only and sends `.wasm` as application/wasm.
//
//   node tools/serve.mjs [--port 8080] [--csp]
//
// As a module: `const server = await startServer({ port: 0 })` → `server.url`, `server.close()`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MOUNTS = [
  ['/pkg/', join(ROOT, 'pkg')],
  ['/', join(ROOT, 'www')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
};
/** The strict policy the demo must work under (no inline script, no eval except wasm). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

function resolvePath(urlPath) {
  for (const [prefix, dir] of MOUNTS) {
    if (urlPath === prefix.slice(0, -1) || urlPath.startsWith(prefix)) {
      let rel = decodeURIComponent(urlPath.slice(prefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const full = normalize(join(dir, rel));
      if (full !== dir && !full.startsWith(dir + sep)) return null; // no escaping the mount
      return full;
    }
  }
  return null;
}

/**
 * Starts the server. `onRequest(req, body)` sees every request (the tests use it to capture
 * form posts). `csp: true` sends the strict Content-Security-Policy header on every response.
 */
export function startServer({ port = 8080, host = '127.0.0.1', csp = false, onRequest } = {}) {
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url, 'http://localhost');
    onRequest?.(req, body);
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (csp) headers['content-security-policy'] = STRICT_CSP;
    if (req.method === 'POST') {
      // Forms in the demo and tests post here; the server only acknowledges.
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>已提交</title><p id="submitted">已提交 submitted</p>');
      return;
    }
    const file = resolvePath(url.pathname);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const data = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('404 not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
        server,
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--port');
  const port = i >= 0 ? Number(args[i + 1]) : 8080;
  const { url } = await startServer({ port, csp: args.includes('--csp') });
  console.log(`gongshi demo: ${url}`);
}
