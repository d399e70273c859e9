// Loads the engine in a browser, a worker or a bundler build: `init()` fetches and compiles the
// .wasm next to this file (`new URL(…, import.meta.url)` inside the glue, which Vite and webpack
// copy as an asset), or takes what it is given (URL, Response, bytes or a WebAssembly.Module).
import initWasm, { initSync as initWasmSync } from './gongshi_wasm.js';
import * as glue from './gongshi_wasm.js';
import { _attach, isReady } from './core.js';

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
