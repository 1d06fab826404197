import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'shared-domain',
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
