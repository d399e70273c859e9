// The gongshi Web Worker: runs `check` off the main thread so typing stays smooth on long
// documents. Started by `createEngine()` as a module worker from the same package folder, it
// loads the same `.wasm` as the page (next to `index.js`, or the URL it is given).
//
// Protocol (structured-clone messages):
//   page → worker  { type: 'init', wasm?: string }              → { type: 'ready', version }
//                  { type: 'check', id, text, options? }        → { type: 'result', id, report, ms }
//   errors         → { type: 'error', id (null for init), code, message }  (never document text)
import { init } from './init.js';
import { check, version } from './core.js';

let loading = null;

function post(message) {
  self.postMessage(message);
}

function errorMessage(id, e) {
  const code = e !== null && typeof e === 'object' && typeof e.code === 'string' ? e.code : 'internal';
  const message = e instanceof Error || (e !== null && typeof e === 'object') ? String(e.message) : String(e);
  return { type: 'error', id, code, message };
}

self.addEventListener('message', async (event) => {
  const m = event.data;
  if (m === null || typeof m !== 'object') return;
  if (m.type === 'init') {
    loading ??= init(m.wasm ?? undefined);
    try {
      await loading;
      post({ type: 'ready', version: version() });
    } catch (e) {
      loading = null;
      post(errorMessage(null, e));
    }
    return;
  }
  if (m.type === 'check') {
    try {
      await (loading ??= init());
      const t0 = performance.now();
      const report = check(m.text, m.options ?? undefined);
      post({ type: 'result', id: m.id, report, ms: performance.now() - t0 });
    } catch (e) {
      post(errorMessage(m.id, e));
    }
  }
});
