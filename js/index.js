// Browser (and bundler) entry: `await init()` fetches and compiles the .wasm next to this file,
// or takes what you give it (URL, Response, bytes or a compiled WebAssembly.Module).
import initWasm, { initSync as initWasmSync } from './gongshi_wasm.js';
import * as glue from './gongshi_wasm.js';
import { _attach, isReady } from './core.js';

export { GongshiError, applyMasks, redact, validate, explain, check, version, isReady } from './core.js';

/** Loads the engine. Resolves at once when it is already loaded. */
export async function init(input) {
  if (isReady()) return;
  await initWasm(input === undefined ? undefined : { module_or_path: await input });
  _attach(glue);
}

/** Loads the engine synchronously from bytes or a compiled module (e.g. in a worker). */
export function initSync(bytesOrModule) {
  if (isReady()) return;
  initWasmSync({ module: bytesOrModule });
  _attach(glue);
}
