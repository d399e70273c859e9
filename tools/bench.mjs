// The benchmark table: the WebAssembly build in Node (and its start-up in headless Chromium)
// next to the native figures from examples/bench.rs, with the wasm/native ratio and the
// targets of the speed issue. Written to bench-results/bench.md and bench-results/bench.json.
//
//   node tools/bench.mjs --native-json '{…}' --wasm pkg/gongshi_wasm_bg.wasm
//        [--corpus PATH] [--runs N] [--quick] [--no-browser]
//
// The synthetic inputs are the corpus documents joined by blank lines up to a size, cut on a
// character boundary: the same construction as `archive` in examples/bench.rs.
import { readFileSync, mkdirSync, writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const get = (flag, dflt) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : dflt;
};
const quick = args.includes('--quick');
const native = JSON.parse(get('--native-json', '{}'));
const wasmPath = get('--wasm', 'pkg/gongshi_wasm_bg.wasm');
const corpus = get('--corpus', '../shared/corpus/dev.jsonl');
const runs = Number(get('--runs', '7'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.round((s.length - 1) * p))];
};
const utf8 = (s) => Buffer.byteLength(s);

const texts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const bytes = texts.reduce((n, t) => n + utf8(t), 0);

/** Corpus documents joined by blank lines until `size` UTF-8 bytes, cut on a character boundary. */
function archive(size) {
  const parts = [];
  let n = 0;
  outer: for (;;) {
    for (const t of texts) {
      if (n >= size) break outer;
      parts.push(t, '\n\n');
      n += utf8(t) + 2;
    }
  }
  const buf = Buffer.from(parts.join(''), 'utf8');
  let cut = Math.min(size, buf.length);
  while (cut > 0 && (buf[cut] & 0xc0) === 0x80) cut--;
  return buf.subarray(0, cut).toString('utf8');
}

const api = await import('gongshi');
// The instance the package uses (the glue returns it when already initialised): its linear
// memory is the wasm side of the memory row.
const glue = await import(new URL('../pkg/gongshi_wasm.js', import.meta.url));
const wasmExports = glue.initSync({ module: readFileSync(wasmPath) });
const big = { maxInputBytes: 64 << 20 };
const throughput = (op, inputs, n) => {
  const total = inputs.reduce((s, t) => s + utf8(t), 0);
  const mbps = [];
  for (let r = 0; r < n; r++) {
    const t0 = performance.now();
    for (const t of inputs) api[op](t, big);
    mbps.push(total / ((performance.now() - t0) / 1000) / 1e6);
  }
  return median(mbps);
};

const rows = [];
const row = (measure, nat, wasm, unit, target = '') => {
  const ratio = typeof nat === 'number' && typeof wasm === 'number' && nat > 0 ? (wasm / nat).toFixed(2) : '–';
  const f = (x) => (typeof x === 'number' ? (x >= 100 ? x.toFixed(0) : x.toFixed(x >= 10 ? 1 : 2)) : x ?? '–');
  rows.push([measure, f(nat), f(wasm), ratio, unit, target]);
};

const archiveText = archive(quick ? 1 << 20 : 5 << 20);
for (const op of ['redact', 'validate', 'explain', 'check']) {
  const target = op === 'redact' ? '≥ 100 MB/s wasm; wasm ≥ 50% of native' : 'wasm ≥ 50% of native';
  row(`${op} throughput, dev corpus`, native[`${op}_mbps`], throughput(op, texts, runs), 'MB/s', target);
  row(`${op} throughput, ${(utf8(archiveText) / 1e6).toFixed(1)} MB archive`, native[`${op}_archive_mbps`], throughput(op, [archiveText], Math.min(runs, 5)), 'MB/s');
}

// Latency of check.
const typical = texts.reduce((a, t) => (Math.abs(utf8(t) - 3072) < Math.abs(utf8(a) - 3072) ? t : a), texts[0]);
const long = archive(200 * 1024);
for (const [key, text, n, target] of [
  ['check_3k', typical, quick ? 50 : 300, '≤ 1 ms p50 (Node)'],
  ['check_200k', long, quick ? 5 : 40, ''],
]) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    api.check(text, big);
    ms.push(performance.now() - t0);
  }
  const kb = (utf8(text) / 1024).toFixed(0);
  row(`check latency p50, ${kb} KB decision`, native[`${key}_p50_ms`], percentile(ms, 0.5), 'ms', target);
  row(`check latency p99, ${kb} KB decision`, native[`${key}_p99_ms`], percentile(ms, 0.99), 'ms');
}

// Scaling: throughput by input size.
const sizes = quick ? [1 << 10, 10 << 10, 100 << 10, 1 << 20] : [1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20];
const label = (b) => (b >= 1 << 20 ? `${b >> 20} MB` : `${b >> 10} KB`);
for (const [i, size] of sizes.entries()) {
  const input = archive(size);
  const reps = Math.floor((1 << 20) / size) + 1;
  const batch = Array(reps).fill(input);
  const nat = native.scaling?.[i];
  for (const op of ['redact', 'check']) {
    row(`${op} throughput at ${label(size)}`, nat?.[`${op}_mbps`], throughput(op, batch, Math.min(runs, 5)), 'MB/s', i === 0 && op === 'redact' ? 'flat: linear cost' : '');
  }
}

// Memory: the wasm linear memory after checking the largest input (it only grows), and the
// native peak heap for the same input.
const largest = archive(sizes[sizes.length - 1]);
api.check(largest, big);
const wasmMemory = wasmExports.memory?.buffer.byteLength;
row(`peak memory, check of ${label(sizes[sizes.length - 1])}`, native.peak_heap_bytes / 1048576, wasmMemory ? wasmMemory / 1048576 : '–', 'MiB', 'native: peak heap; wasm: linear memory');

// Init = compile + instantiate + first call, in a fresh Node process each time.
const initScript = `
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const bytes = readFileSync(${JSON.stringify(wasmPath)});
const { initSync, redact } = await import('gongshi/web');
const t0 = performance.now();
initSync(new WebAssembly.Module(bytes));
redact('电话13800138000');
console.log(performance.now() - t0);`;
const inits = [];
for (let r = 0; r < runs; r++) {
  inits.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', initScript]).toString()));
}
row('wasm init (compile + instantiate + first call), Node', '–', median(inits), 'ms', '≤ 30 ms');

// The same in headless Chromium, from a page served on 127.0.0.1.
if (!args.includes('--no-browser') && existsSync('/usr/bin/chromium')) {
  try {
    const { init, imports } = await chromiumInit(runs);
    row('wasm init (fetch + compile + instantiate + first call), Chromium', '–', init, 'ms', '≤ 30 ms');
    row('JS module load (index.js and its 5 imports, uncached), Chromium', '–', imports, 'ms', '');
  } catch (e) {
    row('wasm init, Chromium', '–', `failed: ${String(e.message).split('\n')[0]}`, 'ms');
  }
}

const raw = readFileSync(wasmPath);
const gz = gzipSync(raw, { level: 9 }).length;
const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
rows.push(['.wasm size raw / gzip / brotli', '–', `${(raw.length / 1024).toFixed(1)} / ${(gz / 1024).toFixed(1)} / ${(br / 1024).toFixed(1)}`, '–', 'KiB', 'gzip ≤ 250 KB']);

const header = ['measure', 'native', 'wasm', 'wasm/native', 'unit', 'target'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const meta = `dev corpus: ${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB; medians of ${runs} runs (5 for the archive and scaling rows); node ${process.version}; ${new Date().toISOString()}`;
console.log(`\n${table}\n\n${meta}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.md', `${table}\n\n${meta}\n`);
writeFileSync('bench-results/bench.json', JSON.stringify({ native, rows, meta }, null, 2));
console.log('written to bench-results/bench.md and bench-results/bench.json');

/** Median init time (and JS module load time) in a fresh headless Chromium page per run. */
async function chromiumInit(n) {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./serve.mjs');
  const server = await startServer({ port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-bench-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const times = [];
    const loads = [];
    for (let i = 0; i < n; i++) {
      const page = await context.newPage();
      // A fresh URL each time so the module is fetched and compiled again.
      // A page of the origin that loads nothing itself (the package's manifest).
      await page.goto(`${server.url}pkg/package.json?bench=${i}`);
      // The module import is timed apart: it is JavaScript loading (one request per file over
      // the test server), not WebAssembly start-up, and a bundler or HTTP/2 changes it.
      const [load, ms] = await page.evaluate(async (i) => {
        const t0 = performance.now();
        const m = await import(`/pkg/index.js?bench=${i}`);
        const t1 = performance.now();
        await m.init(`/pkg/gongshi_wasm_bg.wasm?bench=${i}`);
        m.redact('电话13800138000');
        return [t1 - t0, performance.now() - t1];
      }, i);
      times.push(ms);
      loads.push(load);
      await page.close();
    }
    return { init: median(times), imports: median(loads) };
  } finally {
    await context?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
