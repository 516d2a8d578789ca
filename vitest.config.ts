// Unit tests: shared/, the host (store, services, dispatcher, bridge) against real SQLite files, and the renderer's
// pure rules (tests/unit/renderer; those that read HTML run in jsdom, named at the top of their file); and the slow
// system tests (tests/system: written files printed through LibreOffice), which `npm run test:unit` runs too.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/system/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Many tests start real processes (the CLI, a host, LibreOffice) and open real files: on a loaded machine that
    // takes far more than Vitest's 5 s default. A timeout here catches a hang, never a slow run.
    testTimeout: 60_000,
  },
});
