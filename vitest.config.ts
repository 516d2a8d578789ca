// Unit tests: shared/, the host (store, services, dispatcher, bridge) against real SQLite files, and the renderer's
// pure rules (tests/unit/renderer; those that read HTML run in jsdom, named at the top of their file).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
