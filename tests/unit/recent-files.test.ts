// Recent files: newest first, each once, at most ten, the last folder remembered; a damaged list starts anew.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  RECENT_LIMIT,
  addRecent,
  fileFromArgv,
  isImportable,
  parseRecentFiles,
  readRecentFiles,
  writeRecentFiles,
} from '../../electron/host/desktop/recent-files';
import { cleanupTemp, tempDir } from './temp-data';

afterEach(cleanupTemp);

describe('addRecent', () => {
  it('puts the file first, once, and remembers its folder', () => {
    let r = addRecent({ files: [] }, '/docs/a.xlsx', 'linux');
    r = addRecent(r, '/docs/2026/b.xlsx', 'linux');
    r = addRecent(r, '/docs/a.xlsx', 'linux');
    expect(r).toEqual({ files: ['/docs/a.xlsx', '/docs/2026/b.xlsx'], lastFolder: '/docs' });
  });

  it('keeps the folder of the last export', () => {
    const r = addRecent({ files: [], lastSaveFolder: '/out' }, '/docs/a.xlsx', 'linux');
    expect(r).toEqual({ files: ['/docs/a.xlsx'], lastFolder: '/docs', lastSaveFolder: '/out' });
  });

  it('treats paths that differ only in case as one file on Windows', () => {
    const r = addRecent({ files: ['C:\\文件\\配档表.xlsx'] }, 'c:\\文件\\配档表.XLSX', 'win32');
    expect(r.files).toEqual(['c:\\文件\\配档表.XLSX']);
  });

  it(`keeps the last ${RECENT_LIMIT}`, () => {
    let r = parseRecentFiles(null);
    for (let i = 0; i < 15; i++) r = addRecent(r, `/d/${i}.xlsx`, 'linux');
    expect(r.files).toHaveLength(RECENT_LIMIT);
    expect(r.files[0]).toBe('/d/14.xlsx');
  });
});

describe('the recent-files file', () => {
  it('round-trips, and reads a missing or damaged file as an empty list', () => {
    const file = join(tempDir(), 'recent-files.json');
    expect(readRecentFiles(file)).toEqual({ files: [] });
    writeRecentFiles(file, { files: ['/d/清单.xlsx'], lastFolder: '/d' });
    expect(readRecentFiles(file)).toEqual({ files: ['/d/清单.xlsx'], lastFolder: '/d' });
    writeFileSync(file, '{"files": [1, 2]}');
    expect(readRecentFiles(file)).toEqual({ files: [] });
    writeFileSync(file, 'not json');
    expect(readRecentFiles(file)).toEqual({ files: [] });
  });
});

describe('files named on the command line', () => {
  it('opens the workbook Windows passes as the last argument, if it exists', () => {
    const dir = tempDir();
    const book = join(dir, '重点工作清单.xlsx');
    writeFileSync(book, 'x');
    expect(fileFromArgv(['peidang.exe', book])).toBe(book);
    expect(fileFromArgv(['peidang.exe', '--inspect', book])).toBe(book);
    expect(fileFromArgv(['peidang.exe', join(dir, 'gone.xlsx')])).toBeNull();
    expect(fileFromArgv(['peidang.exe'])).toBeNull();
    expect(fileFromArgv(['electron', '.'])).toBeNull();
  });

  it('knows the kinds of file the importer reads', () => {
    expect(['a.xlsx', 'b.CSV', 'c.xls', 'd.et', 'e.xlsm', 'f.docx', 'g.DOC', 'h.wps'].every(isImportable)).toBe(true);
    expect(['a.pdf', 'b.pptx', 'noext', 'xlsx'].some(isImportable)).toBe(false);
  });
});
