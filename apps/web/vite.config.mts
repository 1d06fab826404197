/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  // The accessibility statement's contact (src/settings.ts) is set like the server's settings.
  envPrefix: ['VITE_', 'LEITSTAND_ACCESSIBILITY_'],
  resolve: {
    alias: {
      '@leitstand/shared-domain': fileURLToPath(new URL('../../libs/shared/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 4200,
    host: '127.0.0.1',
    proxy: {
      '/graphql': apiTarget,
      '/health': apiTarget,
      '/auth': apiTarget,
      '/api': apiTarget,
    },
  },
  preview: { port: 4300, host: '127.0.0.1' },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    sourcemap: true,
    // Lets tools/web-bundle-size.mjs add up what each route loads first.
    manifest: true,
  },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    reporters: ['default'],
  },
});
