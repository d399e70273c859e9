// Node entry: the engine loads synchronously at import, so `init()` is optional here.
import { readFileSync } from 'node:fs';
import { initSync as initWasmSync } from './gongshi_wasm.js';
import * as glue from './gongshi_wasm.js';
import { _attach, isReady } from './core.js';

export {
  GongshiError,
  applyMasks,
  redact,
  validate,
  explain,
  check,
  publication,
  addWorkingDays,
  checkRecord,
  rulebookInfo,
  version,
  isReady,
} from './core.js';
// For DOM-like environments (jsdom) and for an engine with the same asynchronous API as in
// browsers (Node has no Web Worker, so `createEngine` checks on the calling thread).
export { guardForm, defineGuardElement } from './guard.js';
export { createEngine } from './engine.js';

initWasmSync({ module: readFileSync(new URL('./gongshi_wasm_bg.wasm', import.meta.url)) });
_attach(glue);

/** Resolves at once: in Node the engine is loaded when the module is imported. */
export async function init() {}

/** Does nothing: in Node the engine is loaded when the module is imported. */
export function initSync() {}
