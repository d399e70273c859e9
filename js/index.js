// Browser (and bundler) entry: `await init()` fetches and compiles the .wasm next to this file,
// or takes what you give it (URL, Response, bytes or a compiled WebAssembly.Module).
export { init, initSync } from './init.js';
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
// The form guard and the asynchronous (Web Worker) engine.
export { guardForm, defineGuardElement } from './guard.js';
export { createEngine } from './engine.js';
