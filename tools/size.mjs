// Prints the size of a .wasm file raw, gzip -9 and brotli (quality 11).
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const file = process.argv[2];
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KiB';
console.log(`${file}: raw ${kb(raw.length)}, gzip ${kb(gz)}, brotli ${kb(br)} (budget: gzip <= 380 KiB)`);
if (gz > 380 * 1024) {
  console.error('the gzip size is over the 380 KiB budget');
  process.exit(1);
}
