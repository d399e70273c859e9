// The browser entry (`gongshi/web`), exercised in Node: init() must accept bytes and a
// compiled WebAssembly.Module, and calls before init() fail with a typed error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { init, initSync, redact, isReady, GongshiError } from 'gongshi/web';

const wasmPath = createRequire(import.meta.url).resolve('gongshi/gongshi_wasm_bg.wasm');

test('calls before init() throw not_initialized', () => {
  assert.equal(isReady(), false);
  assert.throws(() => redact('x'), (e) => e instanceof GongshiError && e.code === 'not_initialized');
});

test('init() accepts a compiled module; later init calls are no-ops', async () => {
  const module = await WebAssembly.compile(await readFile(wasmPath));
  await init(module);
  assert.equal(isReady(), true);
  await init(new Uint8Array([0, 1, 2])); // already loaded: ignored
  initSync(new Uint8Array([0, 1, 2]));
  assert.equal(redact('电话 13800138000').findings.length, 1);
});
