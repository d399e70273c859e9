// An asynchronous checking engine: `check` runs in a module Web Worker (`worker.js`) when the
// page can start one, and on the main thread otherwise (no Worker, a CSP without
// `worker-src 'self'`, a worker that cannot load). Both give the same `Report`.
import { init } from './init.js';
import { check as checkNow, version, GongshiError } from './core.js';

const READY_TIMEOUT_MS = 15_000;

function toError(m) {
  return new GongshiError(m.code ?? 'internal', m.message ?? 'gongshi worker error');
}

/** The engine on the main thread (the fallback, and the choice when `worker: false`). */
function mainThreadEngine(wasm) {
  let loading = null;
  const ready = () => (loading ??= init(wasm).catch((e) => {
    loading = null;
    throw e;
  }));
  return {
    mode: 'main',
    ready: () => ready().then(() => 'main'),
    async check(text, options) {
      await ready();
      const t0 = performance.now();
      const report = checkNow(text, options);
      return { report, ms: performance.now() - t0 };
    },
    version: () => ready().then(() => version()),
    destroy() {},
  };
}

/** Starts the worker; resolves to a worker engine, or `null` when the worker cannot be used. */
function startWorker(workerUrl, wasm) {
  return new Promise((resolve) => {
    let worker;
    try {
      worker = workerUrl
        ? new Worker(workerUrl, { type: 'module', name: 'gongshi' })
        : // Written out literally so that Vite and webpack see and bundle the worker.
          new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'gongshi' });
    } catch {
      resolve(null); // no Worker, or a CSP that forbids it (some browsers throw)
      return;
    }
    const pending = new Map();
    let nextId = 1;
    let settled = false;
    let dead = false;
    let fallback = null;
    let workerVersion = '';
    const fail = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(null);
    };
    const timer = setTimeout(fail, READY_TIMEOUT_MS);
    worker.addEventListener('error', (e) => {
      e.preventDefault?.();
      if (!settled) return fail();
      // The worker died after it was ready: fail what is pending, carry on in the page.
      dead = true;
      for (const p of pending.values()) p.reject(new GongshiError('internal', 'gongshi worker failed'));
      pending.clear();
    });
    worker.addEventListener('messageerror', fail);
    worker.addEventListener('message', (event) => {
      const m = event.data;
      if (m?.type === 'ready' && !settled) {
        settled = true;
        clearTimeout(timer);
        workerVersion = m.version;
        resolve(engine);
      } else if (m?.type === 'error' && m.id === null) {
        fail();
      } else if (m?.type === 'result' || m?.type === 'error') {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.type === 'result') p.resolve({ report: m.report, ms: m.ms });
        else p.reject(toError(m));
      }
    });
    const engine = {
      mode: 'worker',
      ready: () => Promise.resolve('worker'),
      check(text, options) {
        if (dead) return (fallback ??= mainThreadEngine(wasm)).check(text, options);
        return new Promise((ok, no) => {
          const id = nextId++;
          pending.set(id, { resolve: ok, reject: no });
          worker.postMessage({ type: 'check', id, text, options });
        });
      },
      version: () => Promise.resolve(workerVersion),
      dead: () => dead,
      destroy() {
        worker.terminate();
        for (const p of pending.values()) p.reject(new GongshiError('internal', 'gongshi engine destroyed'));
        pending.clear();
      },
    };
    worker.postMessage({ type: 'init', wasm: wasm === undefined ? undefined : String(wasm) });
  });
}

/**
 * Creates an asynchronous engine. `worker`: `'auto'` (default: a worker when possible, else the
 * main thread), `true` (a worker or an error), `false` (main thread). `workerUrl` overrides the
 * worker script; `wasm` the URL of the `.wasm`.
 */
export function createEngine({ worker = 'auto', workerUrl, wasm } = {}) {
  let inner = null;
  let destroyed = false;
  const useWorker = worker !== false && typeof Worker !== 'undefined';
  const starting = (async () => {
    if (useWorker) {
      const w = await startWorker(workerUrl, wasm);
      if (w) return w;
      if (worker === true) throw new GongshiError('internal', 'gongshi 无法启动 Web Worker。The gongshi worker could not start.');
    } else if (worker === true) {
      throw new GongshiError('internal', '此环境不支持 Web Worker。Web Workers are not available here.');
    }
    const m = mainThreadEngine(wasm);
    await m.ready();
    return m;
  })().then((e) => {
    inner = e;
    if (destroyed) e.destroy();
    return e;
  });
  starting.catch(() => {});
  return {
    /** `'worker'` or `'main'` once ready, `null` before. */
    get mode() {
      return inner ? (inner.dead?.() ? 'main' : inner.mode) : null;
    },
    /** Resolves with the mode once the engine can check. */
    ready: () => starting.then((e) => e.mode),
    /** Runs `check(text, options)`; resolves with `{ report, ms }`. */
    async check(text, options) {
      const e = await starting;
      if (destroyed) throw new GongshiError('internal', 'gongshi engine destroyed');
      return e.check(text, options);
    },
    /** The engine version. */
    version: () => starting.then((e) => e.version()),
    /** Stops the worker. */
    destroy() {
      destroyed = true;
      inner?.destroy();
    },
  };
}

let shared = null;
let sharedUsers = 0;

/** @internal One worker for every guard on the page; stopped when the last guard is destroyed. */
export function acquireSharedEngine() {
  shared ??= createEngine();
  sharedUsers += 1;
  let released = false;
  const engine = shared;
  return {
    engine,
    release() {
      if (released) return;
      released = true;
      sharedUsers -= 1;
      if (sharedUsers === 0 && shared === engine) {
        shared.destroy();
        shared = null;
      }
    },
  };
}
