// Builds everything the app runs: the renderer (Vite) and the host, Electron main and preload (esbuild).
import { build as viteBuild } from 'vite';
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3', 'electron'],
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __IMPORT_WORKER__: JSON.stringify('import-worker.cjs') },
  logLevel: 'warning',
};

await viteBuild({ logLevel: 'warn' });
await Promise.all([
  build({ ...common, entryPoints: ['electron/host/serve.ts'], outfile: 'dist/host/serve.cjs' }),
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    platform: 'browser',
    external: ['electron'],
  }),
  // The importer's worker thread (electron/host/read-isolated.ts), beside each bundle that starts it.
  build({ ...common, entryPoints: ['electron/host/import-worker.ts'], outfile: 'dist/host/import-worker.cjs' }),
  build({ ...common, entryPoints: ['electron/host/import-worker.ts'], outfile: 'dist/electron/import-worker.cjs' }),
]);
