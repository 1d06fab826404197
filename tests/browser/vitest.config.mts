import { defineConfig } from 'vitest/config';

// The browser suite: the built server on a fresh embedded database, driven in Debian's Chromium.
export default defineConfig({
  test: {
    name: 'browser',
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.browser-spec.ts'],
    globalSetup: ['./support/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 200_000,
    fileParallelism: false,
  },
});
