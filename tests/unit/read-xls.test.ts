// The .xls/.et reader: every sample saved as .xls imports field for field as its .xlsx twin; the reader against
// LibreOffice's reading of the same files; the records other writers use, written by hand; and damaged, locked and
// too old files refused with their Chinese messages, in bounded time.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { importFile, readSheets } from '../../shared/xlsx/read-file';
import type { SheetGrid } from '../../shared/xlsx/sheet-grid';
import {
  BOF,
  cell,
  compoundFile,
  concat,
  EOF,
  f64,
  rec,
  u16,
  u32,
  workbookStream,
  xlsFile,
  xlString,
  type BiffSheet,
} from '../support/biff-writer';
import { RETURNS_DIR, SAMPLES_DIR, XLS_DIR } from '../support/fixtures';
import { cleanupTemp, tempDir } from './temp-data';

afterAll(cleanupTemp);

const xlsFiles = readdirSync(XLS_DIR).map((f) => join(XLS_DIR, f));
const twinOf = (file: string) => {
  const name = basename(file).replace(/\.(xls|et)$/, '.xlsx');
  return name.startsWith('突破事项-') ? join(RETURNS_DIR, name) : join(SAMPLES_DIR, name);
};
const bytes = (path: string) => new Uint8Array(readFileSync(path));

async function say(name: string, data: Uint8Array): Promise<string> {
  try {
    await importFile(data, name);
    return 'OK';
  } catch (e) {
    return e instanceof AppError ? messageOf(e.code, e.params) : `CRASH ${String(e)}`;
  }
}

/** A sheet as the reader gives it, in a form two readings can be compared by. */
function shape(g: SheetGrid) {
  const texts: Record<string, string> = {};
  g.cells.forEach((line, r) => line.forEach((t, c) => t !== '' && (texts[`${r},${c}`] = t)));
  return {
    name: g.name,
    hidden: g.hidden,
    texts,
    merges: g.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort(),
    hiddenRows: [...g.hiddenRows].filter((r) => (g.cells[r] ?? []).length > 0).sort((a, b) => a - b),
    hiddenCols: [...g.hiddenCols].sort((a, b) => a - b),
  };
}

describe('old Excel (.xls) and WPS (.et) workbooks', () => {
  it('imports every sample saved as .xls (and .et) by LibreOffice field for field as its .xlsx twin', async () => {
    expect(xlsFiles.length).toBeGreaterThanOrEqual(8);
    for (const file of [...xlsFiles, join(SAMPLES_DIR, '配档表-百日攻坚行动（旧格式）.xls')]) {
      const twin = file.includes('旧格式') ? join(SAMPLES_DIR, '配档表-百日攻坚行动.xlsx') : twinOf(file);
      const ours = await importFile(bytes(file), basename(twin));
      const expected = await importFile(bytes(twin), basename(twin));
      expect(ours, basename(file)).toEqual(expected);
    }
  });

  it(
    'reads each .xls cell for cell as LibreOffice reads it (the same file saved by LibreOffice as .xlsx)',
    { timeout: 180_000 },
    async () => {
      const dir = tempDir();
      const inputs = xlsFiles
        .filter((f) => f.endsWith('.xls'))
        .map((f) => {
          const copy = join(dir, basename(f));
          copyFileSync(f, copy);
          return copy;
        });
      const out = join(dir, 'out');
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          out,
          ...inputs,
        ],
        {
          stdio: 'ignore',
          timeout: 170_000,
        },
      );
      let cells = 0;
      for (const f of inputs) {
        const ours = (await readSheets(bytes(f), basename(f))).map(shape);
        const libre = (await readSheets(bytes(join(out, basename(f).replace(/\.xls$/, '.xlsx'))), basename(f))).map(
          shape,
        );
        expect(ours, basename(f)).toEqual(libre);
        cells += ours.reduce((n, s) => n + Object.keys(s.texts).length, 0);
      }
      expect(cells).toBeGreaterThan(900);
    },
  );

  it('reads the records other writers use: CONTINUE-split shared strings, GBK labels, RK and MULRK, formulas, booleans, errors, dates, 1904', async () => {
    // Shared strings: the third runs on into a CONTINUE record, its first part 8-bit, the rest UTF-16.
    const long = 'abc' + '完成时限'.repeat(3);
    const sstHead = [...u32(3), ...u32(3), ...xlString('行动措施'), ...xlString('牵头处室')];
    const split = [...u16(long.length), 0, ...[...'abc'].map((c) => c.charCodeAt(0))];
    const rest = [1, ...[...long.slice(3)].flatMap((c) => u16(c.charCodeAt(0)))];
    const globals = [
      rec(0x0042, u16(936)),
      rec(0x0022, u16(0)),
      rec(0x041e, [...u16(176), ...xlString('yyyy"年"m"月"d"日"')]),
      rec(0x00e0, [...u16(0), ...u16(0), ...new Array(16).fill(0)]),
      rec(0x00e0, [...u16(0), ...u16(176), ...new Array(16).fill(0)]),
      rec(0x00e0, [...u16(0), ...u16(10), ...new Array(16).fill(0)]),
      rec(0x00fc, [...sstHead, ...split]),
      rec(0x003c, rest),
    ];
    // 医政处 in GBK, as an 8-bit LABEL under CODEPAGE 936.
    const yizheng = [0xd2, 0xbd, 0xd5, 0xfe, 0xb4, 0xa6];
    // An RK integer (bit 1), and one divided by 100 (bit 0 too).
    const rk = (n: number) => u32(((n << 2) | 2) >>> 0);
    const rk100 = (n: number) => u32(((n << 2) | 3) >>> 0);
    const sheet: BiffSheet = {
      name: '表一',
      records: [
        rec(0x00fd, [...cell(0, 0), ...u32(0)]),
        rec(0x00fd, [...cell(0, 1), ...u32(1)]),
        rec(0x00fd, [...cell(0, 2), ...u32(2)]),
        rec(0x0204, [...cell(1, 0), ...xlString('', { bytes: yizheng })]),
        rec(0x00d6, [...cell(1, 1), ...xlString('富文本'), ...u16(0)]),
        rec(0x0203, [...cell(1, 2, 1), ...f64(46112)]),
        rec(0x027e, [...cell(2, 0), ...rk(42)]),
        rec(0x027e, [...cell(2, 1), ...rk100(1234)]),
        rec(0x00bd, [
          ...u16(3),
          ...u16(0),
          ...u16(0),
          ...rk(1),
          ...u16(0),
          ...rk100(10),
          ...u16(0),
          ...rk(-7),
          ...u16(2),
        ]),
        rec(0x0006, [...cell(4, 0), ...f64(0.5), ...u16(0), ...u32(0), ...u16(0)]),
        rec(0x0006, [...cell(4, 1), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
        rec(0x04bc, [0, 0, 0, 0]),
        rec(0x0207, xlString('公式文本')),
        rec(0x0006, [...cell(4, 2), 1, 0, 1, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
        rec(0x0006, [...cell(4, 3), 2, 0, 0x07, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
        rec(0x0006, [...cell(4, 4), 3, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
        rec(0x0205, [...cell(5, 0), 1, 0]),
        rec(0x0205, [...cell(5, 1), 0x2a, 1]),
        rec(0x0201, cell(5, 2)),
        rec(0x00be, [...u16(5), ...u16(3), ...u16(0), ...u16(0), ...u16(4)]),
      ],
    };
    const [grid] = await readSheets(xlsFile(workbookStream(globals, [sheet])), '手写.xls');
    expect(grid!.cells).toEqual([
      ['行动措施', '牵头处室', long],
      ['医政处', '富文本', '2026年3月31日'],
      ['42', '12.34'],
      ['1', '0.1', '-7'],
      ['0.5', '公式文本', 'TRUE', '#DIV/0!'],
      ['TRUE', '#N/A'],
    ]);
    const [old] = await readSheets(
      xlsFile(workbookStream([...globals.slice(0, 1), rec(0x0022, u16(1)), ...globals.slice(2)], [sheet])),
      '1904.xls',
    );
    expect(old!.cells[1]![2]).toBe('2030年4月1日');
  });

  it('keeps hidden sheets, rows and columns marked, merges, and leaves chart sheets and embedded charts out', async () => {
    const label = (r: number, c: number, t: string) => rec(0x0204, [...cell(r, c), ...xlString(t)]);
    const sheets: BiffSheet[] = [
      {
        name: '可见',
        records: [
          rec(0x007d, [...u16(1), ...u16(2), ...u16(0), ...u16(0), ...u16(1), 0, 0]),
          rec(0x0208, [...u16(2), ...u16(0), ...u16(4), ...u16(0), 0, 0, 0, 0, 0x20, 0x01, 0x0f, 0x00]),
          label(0, 0, '标题'),
          label(0, 1, '被合并'),
          label(2, 0, '隐藏行'),
          label(2, 3, '四'),
          // An embedded chart's substream inside the sheet's.
          BOF(0x0020),
          label(9, 9, '图表里的'),
          EOF,
          rec(0x00e5, [...u16(1), ...u16(0), ...u16(0), ...u16(0), ...u16(3)]),
        ],
      },
      { name: '隐藏', state: 1, records: [label(0, 0, '藏')] },
      { name: '图表', type: 2, records: [] },
    ];
    const grids = await readSheets(xlsFile(workbookStream([], sheets)), '隐藏.xls');
    expect(grids.map((g) => [g.name, g.hidden])).toEqual([
      ['可见', false],
      ['隐藏', true],
    ]);
    expect(grids[0]!.cells).toEqual([['标题'], [], ['隐藏行', '', '', '四']]);
    expect([...grids[0]!.hiddenRows]).toEqual([2]);
    expect([...grids[0]!.hiddenCols]).toEqual([1, 2]);
    expect(grids[0]!.merges).toEqual([{ top: 0, bottom: 0, left: 0, right: 3 }]);
  });

  it('says a workbook locked with a password, Excel 95 or older, an old Word document and a locked .xlsx each in Chinese', async () => {
    const sheet = { name: '表', records: [rec(0x0204, [...cell(0, 0), ...xlString('内容')])] };
    const locked = xlsFile(workbookStream([rec(0x002f, [0, 0, 1, 0, 1, 0, ...new Array(48).fill(7)])], [sheet]));
    expect(await say('加密.xls', locked)).toBe(
      '「加密.xls」设置了打开密码，无法读取。请在 Excel 或 WPS 中取消密码（文件→信息→保护工作簿）后另存，再导入。',
    );
    const tooOld =
      '是 Excel 95 或更早版本（Excel 5.0、4.0 等）保存的文件，格式太旧，无法读取。请在 Excel 或 WPS 中打开它，选择“另存为”→“Excel 工作簿（*.xlsx）”，再导入另存的文件。';
    const biff5 = workbookStream([], [sheet], 0x0500);
    expect(await say('excel95.xls', compoundFile([{ name: 'Book', data: biff5 }]))).toBe(`「excel95.xls」${tooOld}`);
    expect(await say('excel95b.xls', xlsFile(biff5))).toBe(`「excel95b.xls」${tooOld}`);
    expect(await say('旧文档.doc', compoundFile([{ name: 'WordDocument', data: new Uint8Array(4096) }]))).toMatch(
      /^「旧文档\.doc」是旧版 Word（\.doc）或 WPS 文字（\.wps）格式/,
    );
    expect(
      await say(
        '加密.xlsx',
        compoundFile([
          { name: 'EncryptionInfo', data: new Uint8Array(10) },
          { name: 'EncryptedPackage', data: new Uint8Array(10) },
        ]),
      ),
    ).toMatch(/设置了打开密码/);
    expect(await say('幻灯片.ppt', compoundFile([{ name: 'PowerPoint Document', data: new Uint8Array(10) }]))).toMatch(
      /^「幻灯片\.ppt」不是 Excel 表格文件/,
    );
  });

  it('says a damaged file is damaged: a FAT that loops, a file cut short, a record past the stream, a string index past the shared strings', async () => {
    const damaged = '「坏.xls」已损坏或不完整（可能没有下载或复制完），无法打开。请向发送单位重新索取文件。';
    const good = bytes(join(XLS_DIR, '突破事项-区疾控中心.xls'));
    // The FAT's entry for the directory's first sector pointed back at itself.
    const loop = good.slice();
    const view = new DataView(loop.buffer);
    const dirStart = view.getUint32(48, true);
    const fatSector = view.getUint32(76, true);
    view.setUint32(512 + fatSector * 512 + dirStart * 4, dirStart, true);
    expect(await say('坏.xls', loop)).toBe(damaged);
    expect(await say('坏.xls', good.slice(0, Math.floor(good.length / 2)))).toBe(damaged);
    const overlong = workbookStream(
      [],
      [
        {
          name: '表',
          records: [concat([Uint8Array.from([...u16(0x0204), ...u16(0xffff)]), Uint8Array.from(cell(0, 0))])],
        },
      ],
    );
    expect(await say('坏.xls', xlsFile(overlong))).toBe(damaged);
    const badIndex = workbookStream(
      [rec(0x00fc, [...u32(1), ...u32(1), ...xlString('一')])],
      [{ name: '表', records: [rec(0x00fd, [...cell(0, 0), ...u32(5)])] }],
    );
    expect(await say('坏.xls', xlsFile(badIndex))).toBe(damaged);
    // A count of shared strings far past what the record holds: the strings there are read, no more.
    const bigCount = workbookStream(
      [rec(0x00fc, [...u32(0xffffffff), ...u32(0xffffffff), ...xlString('行动措施')])],
      [{ name: '表', records: [rec(0x00fd, [...cell(0, 0), ...u32(0)])] }],
    );
    expect((await readSheets(xlsFile(bigCount), '多.xls'))[0]!.cells).toEqual([['行动措施']]);
  });

  it(
    'refuses a sheet past the importer’s limits before building it: too many cells, too many merged cells',
    { timeout: 60_000 },
    async () => {
      // A row of 250 numbers in one MULRK record, repeated on 4,100 rows.
      const row = rec(0x00bd, [
        ...u16(0),
        ...u16(0),
        ...Array.from({ length: 250 }, () => [...u16(0), ...u32(6)]).flat(),
        ...u16(249),
      ]);
      const mulrk = (r: number) => {
        const x = row.slice();
        x.set(u16(r), 4);
        return x;
      };
      const many = workbookStream([], [{ name: '表', records: Array.from({ length: 4100 }, (_, r) => mulrk(r)) }]);
      expect(await say('多.xls', xlsFile(many))).toMatch(/^「多\.xls」的工作表太大（超过 1000000 个单元格/);
      const merged = workbookStream(
        [],
        [{ name: '表', records: [rec(0x00e5, [...u16(1), ...u16(0), ...u16(65535), ...u16(0), ...u16(255)])] }],
      );
      expect(await say('合并.xls', xlsFile(merged))).toMatch(/^「合并\.xls」的工作表太大（合并了 16777216 个单元格/);
    },
  );
});
