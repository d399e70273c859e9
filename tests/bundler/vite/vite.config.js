import { defineConfig } from 'vite';

export default defineConfig({
  // The worker imports ES modules: build it as an ES module worker.
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
