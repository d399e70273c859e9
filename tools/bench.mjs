// wasm benchmark in Node, tabulated next to the native figures from examples/bench.rs.
//   node tools/bench.mjs --native-json '{…}' --wasm pkg/gongshi_wasm_bg.wasm [--corpus PATH] [--runs N]
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const get = (flag, dflt) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : dflt;
};
const native = JSON.parse(get('--native-json', '{}'));
const wasmPath = get('--wasm', 'pkg/gongshi_wasm_bg.wasm');
const corpus = get('--corpus', '../shared/corpus/dev.jsonl');
const runs = Number(get('--runs', '7'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const texts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const api = await import('gongshi');
const rows = [];
for (const op of ['redact', 'validate', 'explain', 'check']) {
  const mbps = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of texts) api[op](t);
    mbps.push(bytes / ((performance.now() - t0) / 1000) / 1e6);
  }
  const w = median(mbps);
  const n = native[`${op}_mbps`];
  rows.push([`${op} throughput (dev corpus)`, n?.toFixed(1) ?? '–', w.toFixed(1), n ? (w / n).toFixed(2) : '–', 'MB/s']);
}

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
rows.push(['wasm init (compile + instantiate + first call, Node)', '–', median(inits).toFixed(1), '–', 'ms']);

const raw = readFileSync(wasmPath);
const gz = gzipSync(raw, { level: 9 }).length;
const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
rows.push(['.wasm size raw / gzip / brotli', '–', `${(raw.length / 1024).toFixed(1)} / ${(gz / 1024).toFixed(1)} / ${(br / 1024).toFixed(1)}`, '–', 'KiB']);

const header = ['measure', 'native', 'wasm (Node)', 'wasm/native', 'unit'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const meta = `corpus: ${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB; median of ${runs} runs; node ${process.version}; ${new Date().toISOString()}`;
console.log(`\n${table}\n\n${meta}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.md', `${table}\n\n${meta}\n`);
writeFileSync('bench-results/bench.json', JSON.stringify({ native, rows, meta }, null, 2));
console.log('written to bench-results/bench.md and bench-results/bench.json');
