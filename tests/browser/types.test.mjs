// The guard's type declarations, compiled with the repository's TypeScript (the package's own
// declaration test lives in tests/types/; this one covers guardForm, createEngine and friends).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('the guard declarations type-check, and misuse is a type error', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  try {
    execFileSync('node_modules/.bin/tsc', ['--noEmit', '-p', 'tests/browser/types'], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});
