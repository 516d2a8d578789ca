// Unit tests: shared/ and the host (store, services, dispatcher, bridge) against real SQLite files.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
