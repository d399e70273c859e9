// Shared by the browser tests: a local server for www/ + pkg/ and Debian's Chromium driven by
// playwright-core. Everything is torn down in `finally`, so a failed launch cannot hang a run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Runs `fn({ page, server, requests, consoleErrors })` with a fresh browser profile.
 * `requests` collects every request the page makes: `{ url, method, postData }`.
 */
export async function withPage(fn, { csp = false, onRequest } = {}) {
  const server = await startServer({ port: 0, csp, onRequest });
  const profile = await mkdtemp(join(tmpdir(), 'gongshi-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const requests = [];
    const consoleErrors = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), postData: r.postData() ?? '' }));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await fn({ page, server, requests, consoleErrors });
  } finally {
    await context?.close().catch(() => {});
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Every form of `value` a request could carry it in. */
export function encodings(value) {
  return [value, encodeURIComponent(value), encodeURIComponent(value).replace(/%20/g, '+'), value.replace(/ /g, '+')];
}
