// electron-builder.yml: read as electron-builder reads it, valid against its own schema, and the installer the issue asks for.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { z } from 'zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaFile = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
const pkg = z
  .object({
    name: z.string(),
    productName: z.string(),
    version: z.string(),
    main: z.string(),
    scripts: z.record(z.string(), z.string()),
  })
  .parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));

async function config(): Promise<Configuration> {
  return getConfig(root, null, null);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('is valid against the configuration schema electron-builder ships', async () => {
    const schema: unknown = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
    const validate = ajv.compile(z.record(z.string(), z.unknown()).parse(schema));
    const cfg = await config();
    const ok = validate(cfg);
    expect(ajv.errorsText(validate.errors), 'schema errors').toBe('No errors');
    expect(ok).toBe(true);
  });

  it('passes the check electron-builder itself runs before a build', async () => {
    await expect(validateConfiguration(await config(), new DebugLogger(false))).resolves.toBeUndefined();
    // Loading electron-builder's schema takes seconds on a busy machine; this is a check of the file, not of speed.
  }, 60_000);

  it('rejects a misspelt option, so the schema check is real', () => {
    const schema: unknown = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const validate = new Ajv({ schemaId: 'auto' }).compile(z.record(z.string(), z.unknown()).parse(schema));
    expect(validate({ nsis: { perMashine: false } })).toBe(false);
  });

  it('builds an NSIS installer for Windows x64 in Chinese', async () => {
    const cfg = await config();
    const targets = z.array(z.object({ target: z.string(), arch: z.array(z.string()) })).parse(cfg.win?.target);
    expect(targets).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(cfg.nsis?.installerLanguages).toEqual(['zh_CN']);
    expect(cfg.nsis?.language).toBe('2052');
  });

  it('installs per user without administrator rights', async () => {
    const nsis = (await config()).nsis;
    expect(nsis?.perMachine).toBe(false);
    expect(nsis?.allowElevation).toBe(false);
    expect(nsis?.selectPerMachineByDefault).not.toBe(true);
  });

  it('creates desktop and start-menu shortcuts named after the app', async () => {
    const nsis = (await config()).nsis;
    expect(nsis?.createDesktopShortcut).toBe(true);
    expect(nsis?.createStartMenuShortcut).toBe(true);
    expect(nsis?.shortcutName).toBe(pkg.productName);
  });

  it("takes the app's name from package.json, its icon from build/ and its version from package.json", async () => {
    const cfg = await config();
    expect(cfg.productName).toBe(pkg.productName);
    expect(pkg.productName).toBe('配档助手');
    expect(cfg.win?.icon).toBe('build/icon.png');
    const { width, height } = pngSize(join(root, 'build', 'icon.png'));
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(256);
    // No override of the version anywhere: electron-builder then uses package.json's.
    expect(cfg.buildVersion ?? null).toBeNull();
    expect(cfg.extraMetadata ?? null).toBeNull();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(cfg.nsis?.artifactName).toContain('${version}');
  });

  it('rebuilds better-sqlite3 for Electron and keeps it out of the asar', async () => {
    const cfg = await config();
    expect(cfg.npmRebuild).toBe(true);
    const unpack = z.array(z.string()).parse(cfg.asarUnpack);
    const binary = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(unpack.some((p) => matchesGlob(binary, p))).toBe(true);
    expect(unpack.some((p) => matchesGlob('node_modules/better-sqlite3/lib/database.js', p))).toBe(true);
  });

  it('packs the built app that package.json names as main', async () => {
    // electron-builder hands the list back as one file set.
    const [set] = z.array(z.object({ filter: z.array(z.string()) })).parse((await config()).files);
    const files = set?.filter ?? [];
    expect(files.some((p) => matchesGlob(pkg.main, p))).toBe(true);
    expect(files).toContain('!dist/**/*.map');
  });

  it('turns off RunAsNode, NODE_OPTIONS, --inspect and file://’s extra privileges, and loads only the verified app.asar', async () => {
    expect((await config()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has npm run dist:win build the app, then the Windows x64 installer', () => {
    expect(pkg.scripts['dist:win']).toBe('npm run build && electron-builder --win --x64');
  });
});
