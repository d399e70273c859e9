// gongshi from a bundler: tests/bundler/vite is what an integrator writes (`import { guardForm }
// from 'gongshi'`), built with Vite (worker and .wasm become hashed assets), served under the
// strict CSP, and driven in Chromium: the guard runs in the bundled worker and posts masked text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './harness.mjs';
import { STRICT_CSP } from '../../tools/serve.mjs';

const project = fileURLToPath(new URL('../bundler/vite/', import.meta.url));
const dist = join(project, 'dist');

/** The test project's dependencies are installed by `tools/setup.sh --browser`, like the rest. */
function requireInstalled() {
  const stamp = join(project, 'node_modules', '.gongshi-lock');
  const sum = createHash('sha256').update(readFileSync(join(project, 'package-lock.json'))).digest('hex');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== sum) {
    throw new Error('tests/bundler/vite is not installed (or its lock file changed): run `bash tools/setup.sh --browser`');
  }
}

function serve(root, onPost) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const headers = { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' };
    if (req.method === 'POST') {
      onPost(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { ...headers, 'content-type': types['.html'] });
      res.end('<!doctype html><p id="submitted">ok</p>');
      return;
    }
    const path = new URL(req.url, 'http://x').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

test('a Vite build of a page using guardForm works under the strict CSP and posts only masked text', async () => {
  requireInstalled();
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { cwd: project, stdio: 'inherit' });
  const posts = [];
  const server = await serve(dist, (b) => posts.push(new URLSearchParams(b)));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = await mkdtemp(join(tmpdir(), 'gongshi-vite-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    const page = context.pages()[0] ?? (await context.newPage());
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.gongshiGuard.engine), 'worker');
    const files = requests.map((u) => new URL(u).pathname);
    assert.ok(files.some((f) => /^\/assets\/worker-.*\.js$/.test(f)) && files.some((f) => /\.wasm$/.test(f)), files.join());
    await page.fill('#body', '身份证号：11010519491231002X，电话 138 0013 8000');
    assert.equal(await page.evaluate(() => window.gongshiGuard.submit()), false);
    assert.equal(posts.length, 0);
    await page.evaluate(() => window.gongshiGuard.acceptMasking());
    await page.click('#submit');
    await page.waitForSelector('#submitted', { timeout: 10_000 });
    assert.equal(posts.length, 1);
    assert.equal(posts[0].get('body'), '身份证号：[身份证号码]，电话 [手机号码]');
    for (const u of requests) assert.ok(u.startsWith(url), `request to another origin: ${u}`);
    assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  } finally {
    await context?.close().catch(() => {});
    await new Promise((ok) => server.close(ok));
    await rm(profile, { recursive: true, force: true });
  }
});
